#pragma once
// One error of an input file as an import keeps it: its row and column, and its words in both
// languages (the command line's and the pages').

#include <string>

#include "thuky/message.hpp"
#include "thuky/table/import.hpp"

namespace thuky::table {

struct Problem {
  int row = 0;         // the line (.csv) or row (.xlsx) number
  int column = 0;      // 1 = A; 0: the whole row
  std::string header;  // the column's header, when it has one
  Message message;

  ImportProblem in_english() const { return {row, column, header, message.english()}; }
};

}  // namespace thuky::table
