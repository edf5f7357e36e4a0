#pragma once
// The options every import command offers, named the same in every plugin.

#include <CLI/CLI.hpp>

#include "thuky/table/import.hpp"

namespace thuky::table {

// Adds --skip-invalid and --sheet NAME to `command`.
inline void add_import_options(CLI::App& command, ImportOptions& options) {
  command.add_flag("--skip-invalid", options.skip_invalid,
                   "Import the valid rows; write the others, with the reason, to "
                   "NAME.rejected.csv beside the file");
  command.add_option("--sheet", options.sheet, "The .xlsx sheet to read (default: the first)");
}

}  // namespace thuky::table
