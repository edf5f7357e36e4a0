#pragma once
// Excel workbooks (.xlsx, Office Open XML) read row by row. No Debian package reads .xlsx for
// C++, so this is built on libzip (the container) and expat (a streaming XML parser): the
// sheet XML is parsed as it is inflated, so memory is bounded by the shared strings table and
// one row, never the sheet.

#include <filesystem>
#include <memory>
#include <string>

#include "thuky/table/source.hpp"

namespace thuky::table {

// The sheet named `sheet`, or the first sheet when empty. Throws UserError naming the file
// (not a workbook, damaged, encrypted, no such sheet — with the sheet names it has).
std::unique_ptr<RowSource> open_xlsx(const std::filesystem::path& file, const std::string& sheet);

}  // namespace thuky::table
