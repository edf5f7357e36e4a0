#pragma once
// CSV for Excel: UTF-8 with a BOM (without it Excel reads the Vietnamese letters as Windows-1252),
// CRLF line ends, every field that needs it quoted.

#include <filesystem>
#include <memory>
#include <vector>

#include "thuky/export.hpp"
#include "thuky/table/writer.hpp"

namespace thuky::table {

std::unique_ptr<TableWriter> create_csv_writer(const std::filesystem::path& file,
                                               std::vector<OutputColumn> columns);

// `value` quoted as CSV needs it (appended to `out`).
THUKY_API void append_csv_field(std::string& out, std::string_view value);
// Whether a spreadsheet would take `value` for a formula (see append_csv_field).
THUKY_API bool runs_as_formula(std::string_view value);

}  // namespace thuky::table
