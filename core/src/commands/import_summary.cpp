#include "commands/import_summary.hpp"

#include <fmt/format.h>

#include <iostream>

#include "thuky/error.hpp"

namespace thuky::host {

int print_import_summary(const std::filesystem::path& file, int added, int updated,
                         const table::ImportReport& report) {
  std::cout << fmt::format("Imported '{}': {} added, {} updated.\n", file.string(), added, updated);
  if (report.rejected > 0) {
    std::cout << fmt::format("{} not imported; see '{}' (column \"Lỗi\").\n", report.rejected,
                             report.rejects_file.string());
    return kExitUserError;
  }
  return kExitOk;
}

}  // namespace thuky::host
