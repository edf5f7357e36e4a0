#pragma once
// One row of a table file (.csv or .xlsx) as the file holds it, before any schema is applied.

#include <string>
#include <vector>
#include "thuky/export.hpp"

namespace thuky::table {

enum class CellKind { kEmpty, kText, kNumber, kBoolean, kDate };

// CSV cells are always text; .xlsx cells carry the type Excel stored.
struct THUKY_API Cell {
  CellKind kind = CellKind::kEmpty;
  // The value as text: the text itself; a number in its shortest decimal form ("12", "0.5",
  // "84912345678"); a boolean "TRUE"/"FALSE"; a date as ISO "2020-09-15" (with
  // "T08:30:00" when the cell also holds a time).
  std::string text;
  double number = 0;  // kNumber, kBoolean (0/1), kDate (days since 1899-12-30)
  int column = 0;     // 1-based: A = 1
  int offset = 0;     // CSV only: the 1-based character column in the line where the field starts
};

struct THUKY_API Row {
  // As the user sees it: the Excel row number, or the CSV line on which the row starts.
  int number = 0;
  std::vector<Cell> cells;  // cells[i].column == i + 1: gaps are filled with empty cells

  // The cell in `column` (1-based), or an empty one past the end of the row.
  const Cell& at(int column) const;
  bool blank() const;  // every cell empty or white space
};

// 1 → "A", 26 → "Z", 27 → "AA": the column letters a spreadsheet shows.
THUKY_API std::string column_letter(int column);

}  // namespace thuky::table
