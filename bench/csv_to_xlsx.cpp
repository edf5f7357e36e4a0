// A CSV table as the .xlsx workbook Excel would save of it: every text in the shared strings
// table (libxlsxwriter's default mode), empty cells left out. For bench/import_bench.sh, which
// imports the same people file as .csv and as .xlsx.
//
//   bench_csv_to_xlsx IN.csv OUT.xlsx
#include <xlsxwriter.h>

#include <cstdio>

#include "thuky/table/source.hpp"

int main(int argc, char** argv) {
  if (argc != 3) {
    std::fprintf(stderr, "usage: bench_csv_to_xlsx IN.csv OUT.xlsx\n");
    return 2;
  }
  auto source = thuky::table::open_rows(argv[1]);
  lxw_workbook* book = workbook_new(argv[2]);
  lxw_worksheet* sheet = workbook_add_worksheet(book, nullptr);
  thuky::table::Row row;
  lxw_row_t r = 0;
  while (source->next(row)) {
    for (const thuky::table::Cell& cell : row.cells) {
      if (!cell.text.empty())
        worksheet_write_string(sheet, r, static_cast<lxw_col_t>(cell.column - 1), cell.text.c_str(),
                               nullptr);
    }
    ++r;
  }
  if (workbook_close(book) != LXW_NO_ERROR) {
    std::fprintf(stderr, "%s: cannot write\n", argv[2]);
    return 1;
  }
  return 0;
}
