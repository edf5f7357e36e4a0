// Excel workbooks in and out at a million rows: rows per second and peak memory of the .xlsx
// writer and reader, each case in a fresh process. The baselines read the same sheet with
// libzip alone (inflating) and with libzip + expat and no handlers (inflating and parsing):
// the floor under any streaming reader built on them.
//
// bench_xlsx [ROWS]   every case (default 1000000 rows × 8 columns), figures on stdout
#include <expat.h>
#include <fmt/format.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>
#include <xlsxwriter.h>
#include <zip.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <functional>
#include <string>
#include <vector>

#include "thuky/table/source.hpp"
#include "thuky/table/writer.hpp"

namespace {

namespace fs = std::filesystem;
using thuky::table::ColumnType;

const std::vector<thuky::table::OutputColumn> kColumns = {
    {"STT", ColumnType::kInteger},     {"Họ và tên", ColumnType::kText},
    {"Ngày sinh", ColumnType::kDate},  {"Giới tính", ColumnType::kText},
    {"Đơn vị", ColumnType::kText},     {"Điện thoại", ColumnType::kText},
    {"Phụ cấp", ColumnType::kDecimal}, {"Ghi chú", ColumnType::kText},
};

std::vector<std::string> row_of(int i) {
  static const char* family[] = {"Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Đặng", "Vũ", "Bùi"};
  static const char* given[] = {"An", "Bình", "Cường", "Dung", "Em", "Giang", "Hùng", "Thuỷ"};
  return {std::to_string(i),
          fmt::format("{} Văn {} {}", family[i % 8], given[(i / 8) % 8], i),  // unique
          fmt::format("{}-{:02}-{:02}", 1950 + i % 50, 1 + i % 12, 1 + i % 28),
          i % 2 ? "Nam" : "Nữ",
          fmt::format("Tổ dân phố {}, phường Kỳ Thịnh", i % 50),
          fmt::format("09{:08}", i),
          fmt::format("{}.5", 1000000 + i % 1000),
          i % 10 ? "" : "Vắng có lý do"};
}

long peak_rss_mib() {
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  return usage.ru_maxrss / 1024;
}

void report(const char* what, int rows, std::chrono::steady_clock::duration took) {
  const double seconds = std::chrono::duration<double>(took).count();
  std::printf("%-44s %9.0f rows/s  %6.2f s  peak RSS %5ld MiB\n", what, rows / seconds, seconds,
              peak_rss_mib());
  std::fflush(stdout);
}

// Runs `body` in a child so that each case's peak memory is its own.
void in_child(const std::function<void()>& body) {
  std::fflush(stdout);
  const pid_t pid = fork();
  if (pid == 0) {
    body();
    std::fflush(stdout);
    _exit(0);
  }
  int status = 0;
  waitpid(pid, &status, 0);
  if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) {
    std::fprintf(stderr, "a case failed\n");
    std::exit(1);
  }
}

void write_thuky(const fs::path& file, int rows) {
  const auto start = std::chrono::steady_clock::now();
  auto writer = thuky::table::create_table_file(file, kColumns);
  for (int i = 1; i <= rows; ++i)
    writer->add_row(row_of(i));
  writer->finish();
  report("write: thuky writer (inline strings)", rows, std::chrono::steady_clock::now() - start);
}

// The same table as Excel saves it: every text in the shared strings table.
void write_shared_strings(const fs::path& file, int rows) {
  lxw_workbook* book = workbook_new(file.c_str());
  lxw_worksheet* sheet = workbook_add_worksheet(book, nullptr);
  lxw_format* date = workbook_add_format(book);
  format_set_num_format(date, "dd/mm/yyyy");
  for (std::size_t c = 0; c < kColumns.size(); ++c)
    worksheet_write_string(sheet, 0, static_cast<lxw_col_t>(c), kColumns[c].header.c_str(),
                           nullptr);
  for (int i = 1; i <= rows; ++i) {
    const auto row = row_of(i);
    const auto r = static_cast<lxw_row_t>(i);
    worksheet_write_number(sheet, r, 0, i, nullptr);
    worksheet_write_string(sheet, r, 1, row[1].c_str(), nullptr);
    lxw_datetime when = {1950 + i % 50, 1 + i % 12, 1 + i % 28, 0, 0, 0};
    worksheet_write_datetime(sheet, r, 2, &when, date);
    for (lxw_col_t c : {3, 4, 5})
      worksheet_write_string(sheet, r, c, row[c].c_str(), nullptr);
    worksheet_write_number(sheet, r, 6, std::atof(row[6].c_str()), nullptr);
    if (!row[7].empty())
      worksheet_write_string(sheet, r, 7, row[7].c_str(), nullptr);
  }
  if (workbook_close(book) != LXW_NO_ERROR)
    std::exit(1);
}

void read_thuky(const fs::path& file, int rows, const char* what) {
  const auto start = std::chrono::steady_clock::now();
  auto source = thuky::table::open_rows(file);
  thuky::table::Row row;
  long cells = 0;
  int count = 0;
  while (source->next(row)) {
    ++count;
    cells += static_cast<long>(row.cells.size());
  }
  if (count != rows + 1) {
    std::fprintf(stderr, "read %d rows, expected %d\n", count, rows + 1);
    std::exit(1);
  }
  report(what, rows, std::chrono::steady_clock::now() - start);
}

// Baselines: the sheet part inflated, and inflated + parsed by expat without handlers.
void read_raw(const fs::path& file, int rows, bool parse) {
  const auto start = std::chrono::steady_clock::now();
  int error = 0;
  zip_t* zip = zip_open(file.c_str(), ZIP_RDONLY, &error);
  zip_file_t* part = zip_fopen(zip, "xl/worksheets/sheet1.xml", 0);
  XML_Parser parser = XML_ParserCreateNS(nullptr, '|');
  std::vector<char> buffer(64 * 1024);
  zip_int64_t got = 0;
  do {
    got = zip_fread(part, buffer.data(), buffer.size());
    if (parse && XML_Parse(parser, buffer.data(), static_cast<int>(got), got == 0) != XML_STATUS_OK)
      std::exit(1);
  } while (got > 0);
  XML_ParserFree(parser);
  zip_fclose(part);
  zip_discard(zip);
  report(parse ? "baseline: libzip inflate + expat, no handlers" : "baseline: libzip inflate only",
         rows, std::chrono::steady_clock::now() - start);
}

}  // namespace

int main(int argc, char** argv) {
  const int rows = argc > 1 ? std::atoi(argv[1]) : 1000000;
  const fs::path dir = fs::temp_directory_path() / fmt::format("thuky-bench-xlsx-{}", getpid());
  fs::create_directories(dir);
  const fs::path ours = dir / "thuky.xlsx";
  const fs::path shared = dir / "shared.xlsx";
  std::printf("%d rows x %zu columns\n", rows, kColumns.size());
  in_child([&] { write_thuky(ours, rows); });
  std::printf("  file: %.1f MiB\n", static_cast<double>(fs::file_size(ours)) / (1 << 20));
  in_child([&] { read_raw(ours, rows, false); });
  in_child([&] { read_raw(ours, rows, true); });
  in_child([&] { read_thuky(ours, rows, "read: thuky reader, inline strings"); });
  in_child([&] { write_shared_strings(shared, rows); });
  in_child([&] { read_raw(shared, rows, true); });
  in_child([&] { read_thuky(shared, rows, "read: thuky reader, shared strings (as Excel)"); });
  fs::remove_all(dir);
  return 0;
}
