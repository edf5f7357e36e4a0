#pragma once
// Reading the rows of a table file one at a time, whatever its size: CSV as spreadsheets save
// it and Excel workbooks (.xlsx). Memory stays bounded by the longest row, never the file.

#include <filesystem>
#include <memory>
#include <string>

#include "thuky/export.hpp"
#include "thuky/table/cell.hpp"

namespace thuky::table {

class THUKY_API RowSource {
 public:
  virtual ~RowSource() = default;
  // The next row that has at least one non-blank cell; false at the end of the table.
  // Throws UserError naming the file, row and column when the file cannot be read on.
  virtual bool next(Row& row) = 0;
  // How much of the input has been read, 0 to 1 (for progress on long files).
  virtual double fraction_read() const = 0;
  // The file as messages name it.
  virtual const std::string& name() const = 0;
};

struct THUKY_API SourceOptions {
  std::string sheet;  // .xlsx: the sheet to read; the first sheet when empty
};

// Opens `file` by its extension: .csv, .tsv or .txt as CSV (delimiter `,`, `;` or tab, found
// from the header line), .xlsx as an Excel workbook. Refuses other formats (.xls, .ods) with a
// message that says how to save the file instead. Throws UserError naming the file.
THUKY_API std::unique_ptr<RowSource> open_rows(const std::filesystem::path& file,
                                               const SourceOptions& options = {});

}  // namespace thuky::table
