#pragma once
// One way for every command that prints a list: plain lines on the terminal (tab-separated, for
// reading and for `cut`), `--json`, or `--out FILE.csv|.xlsx` for Excel. Rows stream through,
// so a list of a million voters takes the memory of one row whatever the output.
//
//   table::ListOutput out("people", {{"code", "Mã"}, {"name", "Họ và tên"}}, options);
//   for (...) out.add({p.code, p.full_name});
//   out.finish();

#include <filesystem>
#include <iosfwd>
#include <memory>
#include <string>
#include <vector>

#include "thuky/export.hpp"
#include "thuky/table/writer.hpp"

namespace thuky::table {

struct THUKY_API ListColumn {
  std::string key;     // the JSON member: "birth_date"
  std::string header;  // the spreadsheet header: "Ngày sinh"
  ColumnType type = ColumnType::kText;
  bool on_terminal = true;  // false: only in --json and --out (phone, email: keep lines short)
};

struct THUKY_API ListOptions {
  bool json = false;
  std::filesystem::path out;  // when set, the list goes to this .csv or .xlsx file
};

class THUKY_API ListOutput {
 public:
  // `what` names the list: the JSON object's member ("people") and the .xlsx sheet.
  ListOutput(std::string what, std::vector<ListColumn> columns, ListOptions options,
             std::ostream& terminal);
  ~ListOutput();
  ListOutput(const ListOutput&) = delete;
  ListOutput& operator=(const ListOutput&) = delete;

  // One row, a value per column. Dates are stored forms ("1970-09-15", or "1970-09"/"1970"
  // when partial): printed dd/mm/yyyy on the terminal and in CSV, Excel dates in .xlsx.
  void add(const std::vector<std::string>& values);
  // Completes the output; returns the number of rows.
  std::size_t finish();

 private:
  std::string what_;
  std::vector<ListColumn> columns_;
  ListOptions options_;
  std::ostream& terminal_;
  std::unique_ptr<TableWriter> file_;
  std::size_t rows_ = 0;
};

// `text` as a JSON string literal, quotes included.
THUKY_API std::string json_string(std::string_view text);

}  // namespace thuky::table
