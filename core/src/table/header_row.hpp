#pragma once
// Finding the header row of a table and which field each column holds. Offices put a title,
// a date or a blank line above the header (often merged cells); those rows are skipped.

#include <optional>
#include <string>
#include <vector>

#include "thuky/export.hpp"
#include "thuky/message.hpp"
#include "thuky/table/cell.hpp"
#include "thuky/table/schema.hpp"

namespace thuky::table {

// "Họ và tên (*)", "HỌ VÀ TÊN", "Ho_va_ten" → "ho va ten": how headers are compared.
THUKY_API std::string header_key(std::string_view header);

struct THUKY_API ColumnBinding {
  int column = 0;      // 1-based
  int field = -1;      // index in the schema; -1 for a column that is ignored (STT)
  std::string header;  // as written in the file
};

struct THUKY_API HeaderRow {
  Row row;  // the header row as read
  std::vector<ColumnBinding> columns;
  std::vector<int> field_columns;  // per schema field: its column, or 0 when absent
};

// Binds `row` as the header, or returns the problem when it is not one: an unknown
// or repeated column, or a required column missing. `matches` counts the cells that name a
// field (title rows have none).
THUKY_API std::optional<Message> bind_header(const TableSchema& schema, const Row& row,
                                             HeaderRow& out, int& matches);

// "Họ và tên, Chức vụ, Đơn vị (or Mã, Họ, Tên)": the columns a schema accepts, for messages.
THUKY_API Message expected_columns(const TableSchema& schema);

}  // namespace thuky::table
