#pragma once
// The options every import and list command offers, named the same in every plugin.

#include <CLI/CLI.hpp>

#include "thuky/table/import.hpp"
#include "thuky/table/list_output.hpp"

namespace thuky::table {

// Adds --skip-invalid and --sheet NAME to `command`.
inline void add_import_options(CLI::App& command, ImportOptions& options) {
  command.add_flag("--skip-invalid", options.skip_invalid,
                   "Import the valid rows; write the others, with the reason, to "
                   "NAME.rejected.csv beside the file");
  command.add_option("--sheet", options.sheet, "The .xlsx sheet to read (default: the first)");
}

// Adds --out FILE (.csv or .xlsx) and --json to a list command. The global `thuky --json`
// works too: pass `ctx.json_output() || options.json` on.
inline void add_list_options(CLI::App& command, ListOptions& options) {
  command.add_option("--out", options.out, "Write the list to FILE.xlsx or FILE.csv");
  command.add_flag("--json", options.json, "Print the list as JSON");
}

}  // namespace thuky::table
