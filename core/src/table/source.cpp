#include "thuky/table/source.hpp"

#include <fmt/format.h>

#include <algorithm>

#include "table/csv_source.hpp"
#include "table/xlsx_source.hpp"
#include "thuky/error.hpp"

namespace thuky::table {

std::unique_ptr<RowSource> open_rows(const std::filesystem::path& file,
                                     const SourceOptions& options) {
  std::string ext = file.extension().string();
  std::transform(ext.begin(), ext.end(), ext.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  if (ext == ".csv" || ext == ".tsv" || ext == ".txt")
    return open_csv(file);
  if (ext == ".xlsx" || ext == ".xlsm")
    return open_xlsx(file, options.sheet);
  if (ext == ".xls") {
    throw UserError(fmt::format(
        "'{}' is an old Excel 97-2003 workbook (.xls); open it in Excel or LibreOffice and save "
        "it as .xlsx (Excel Workbook) or as CSV UTF-8",
        file.string()));
  }
  if (ext == ".ods") {
    throw UserError(fmt::format(
        "'{}' is an OpenDocument spreadsheet (.ods); save it in LibreOffice as .xlsx or as CSV "
        "(UTF-8)",
        file.string()));
  }
  throw UserError(
      fmt::format("'{}': a table must be a .csv (UTF-8) or an .xlsx file", file.string()));
}

}  // namespace thuky::table
