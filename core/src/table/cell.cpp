#include "thuky/table/cell.hpp"

namespace thuky::table {

const Cell& Row::at(int column) const {
  static const Cell empty;
  return column >= 1 && static_cast<std::size_t>(column) <= cells.size()
             ? cells[static_cast<std::size_t>(column - 1)]
             : empty;
}

bool Row::blank() const {
  for (const Cell& cell : cells) {
    for (char c : cell.text) {
      if (c != ' ' && c != '\t' && c != '\r' && c != '\n')
        return false;
    }
  }
  return true;
}

std::string column_letter(int column) {
  std::string letters;
  for (; column > 0; column = (column - 1) / 26)
    letters.insert(letters.begin(), static_cast<char>('A' + (column - 1) % 26));
  return letters;
}

}  // namespace thuky::table
