#include "thuky/table/source.hpp"

#include <fmt/format.h>

#include <algorithm>

#include "table/csv_source.hpp"
#include "table/table_messages.hpp"
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
    throw MessageError(Message(msg::kOldExcel, {{"file", file.string()}}));
  }
  if (ext == ".ods") {
    throw MessageError(Message(msg::kOpenDocument, {{"file", file.string()}}));
  }
  throw MessageError(Message(msg::kNotATable, {{"file", file.string()}}));
}

}  // namespace thuky::table
