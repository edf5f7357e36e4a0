#pragma once
// Writing a list to a file a spreadsheet opens right: .csv (UTF-8 with a BOM, so Excel reads
// the Vietnamese letters) or .xlsx (header row bold and frozen, column widths to content,
// dates as Excel dates). Streams: a million rows do not stay in memory.

#include <filesystem>
#include <memory>
#include <span>
#include <string>
#include <vector>
#include "thuky/export.hpp"

namespace thuky::table {

enum class ColumnType {
  kText,
  kInteger,  // value "1841" → a number cell
  kDecimal,  // value "45.37" (C locale) → a number cell
  kDate,     // value ISO "2020-09-15" (or empty) → a date cell shown dd/mm/yyyy
};

struct THUKY_API OutputColumn {
  std::string header;  // as printed: "Họ và tên"
  ColumnType type = ColumnType::kText;
};

class THUKY_API TableWriter {
 public:
  virtual ~TableWriter() = default;
  // One row, a value per column (text as stored; see ColumnType for the others).
  virtual void add_row(std::span<const std::string> values) = 0;
  // Completes the file: written to a temporary name, then renamed into place. Without
  // finish() (an exception on the way) nothing appears under the final name.
  virtual void finish() = 0;
};

// A writer for `file`, chosen by its extension (.csv or .xlsx); UserError for another one or a
// place that cannot be written. `sheet` names the .xlsx sheet ("Danh sách" when empty).
THUKY_API std::unique_ptr<TableWriter> create_table_file(const std::filesystem::path& file,
                                                         std::vector<OutputColumn> columns,
                                                         const std::string& sheet = {});

}  // namespace thuky::table
