#pragma once
// `thuky names sort` in bounded memory: lines are read into a NameList until it holds
// `budget` bytes; a full list is sorted and written to a temporary file (a run), and the runs
// are merged at the end (an external merge sort of the ICU sort keys). A list that fits is
// sorted in memory and no file is written. Equal keys keep their input order.

#include <cstdio>
#include <vector>

#include "commands/line_reader.hpp"
#include "commands/name_list.hpp"

namespace thuky::host {

// Reads every line of `in` (errors are thrown before anything is printed), then writes the
// lines in `order` to `out`. Temporary files go to TMPDIR (or /tmp) and are unlinked as soon as
// they are made: none survives the command, even when it is killed.
void sort_names(LineReader& in, const text::NameOrder& order, std::size_t budget_bytes,
                std::FILE* out);

}  // namespace thuky::host
