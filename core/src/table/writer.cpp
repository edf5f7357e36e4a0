#include "thuky/table/writer.hpp"

#include <fmt/format.h>

#include <algorithm>

#include "table/csv_writer.hpp"
#include "table/xlsx_writer.hpp"
#include "thuky/error.hpp"

namespace thuky::table {

std::unique_ptr<TableWriter> create_table_file(const std::filesystem::path& file,
                                               std::vector<OutputColumn> columns,
                                               const std::string& sheet) {
  std::string ext = file.extension().string();
  std::transform(ext.begin(), ext.end(), ext.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  if (ext == ".csv")
    return create_csv_writer(file, std::move(columns));
  if (ext == ".xlsx")
    return create_xlsx_writer(file, std::move(columns), sheet);
  throw UserError(fmt::format(
      "'{}': a list can be written as .csv or .xlsx (the file name says which)", file.string()));
}

}  // namespace thuky::table
