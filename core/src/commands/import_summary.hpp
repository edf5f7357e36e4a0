#pragma once
// What an import of the host's tables (areas, organisations) prints when it is done.

#include <filesystem>

#include "thuky/table/import.hpp"

namespace thuky::host {

// "Imported 'x.csv': 3 added, 1 updated." and, when rows were rejected (--skip-invalid), where
// they went; returns the exit code (1 when some rows were not imported).
int print_import_summary(const std::filesystem::path& file, int added, int updated,
                         const table::ImportReport& report);

}  // namespace thuky::host
