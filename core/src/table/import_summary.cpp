#include "thuky/table/import_summary.hpp"

#include <fmt/format.h>

#include "thuky/error.hpp"

namespace thuky::table {

int report_rejected_rows(std::ostream& out, AuditLog& audit, const ImportReport& report) {
  if (report.rejected == 0)
    return kExitOk;
  if (!report.rejects_file.empty())
    audit.document(report.rejects_file);
  const bool one = report.rejected == 1;
  out << fmt::format(
      "{} {} not imported; {} in '{}' with the reason in the column \"Lỗi\": correct {} there "
      "and import that file.\n",
      report.rejected, one ? "row was" : "rows were", one ? "it is" : "they are",
      report.rejects_file.string(), one ? "it" : "them");
  return kExitOk;  // the user's choice (--skip-invalid): see the header
}

int print_import_summary(std::ostream& out, AuditLog& audit, const std::filesystem::path& file,
                         std::size_t added, std::size_t updated, const ImportReport& report) {
  out << fmt::format("Imported '{}': {} added, {} updated.\n", file.string(), added, updated);
  return report_rejected_rows(out, audit, report);
}

}  // namespace thuky::table
