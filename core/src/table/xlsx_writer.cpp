// .xlsx output with libxlsxwriter in constant-memory mode: each row goes to disk as it is
// written. The first rows are held back to measure the column widths, which Excel wants
// before the data (it never fits them itself).
#include "table/xlsx_writer.hpp"

#include <fmt/format.h>
#include <xlsxwriter.h>

#include <algorithm>
#include <cctype>
#include <charconv>
#include <cmath>
#include <cstdio>
#include <optional>
#include <string_view>

#include "atomic_file.hpp"
#include "table/excel_values.hpp"
#include "thuky/error.hpp"
#include "thuky/table/cell.hpp"
#include "thuky/text/date.hpp"
#include "thuky/text/utf8.hpp"

namespace thuky::table {
namespace {

constexpr std::size_t kMeasuredRows = 1000;
constexpr double kMinWidth = 6;
constexpr double kMaxWidth = 60;
constexpr std::size_t kMaxSheetName = 31;     // characters
constexpr std::size_t kMaxCellChars = 32767;  // Excel's limit for one cell
constexpr const char* kDefaultSheet = "Danh sách";

// Decodes the code point at `i` (advancing it); U+FFFD for a bad byte.
char32_t next_code_point(std::string_view text, std::size_t& i) {
  const auto byte = [&](std::size_t at) { return static_cast<unsigned char>(text[at]); };
  const unsigned char lead = byte(i);
  int length = lead < 0x80           ? 1
               : (lead >> 5) == 0x6  ? 2
               : (lead >> 4) == 0xE  ? 3
               : (lead >> 3) == 0x1E ? 4
                                     : 0;
  if (length == 0 || i + static_cast<std::size_t>(length) > text.size()) {
    ++i;
    return 0xFFFD;
  }
  char32_t cp = length == 1 ? lead : lead & (0x7F >> length);
  for (int k = 1; k < length; ++k)
    cp = (cp << 6) | (byte(i + static_cast<std::size_t>(k)) & 0x3F);
  i += static_cast<std::size_t>(length);
  return cp;
}

// How many character cells the text takes in a spreadsheet column: combining marks (NFD
// Vietnamese tones) take none, East Asian wide characters two.
double display_width(std::string_view text) {
  double width = 0;
  for (std::size_t i = 0; i < text.size();) {
    const char32_t cp = next_code_point(text, i);
    if ((cp >= 0x300 && cp <= 0x36F) || (cp >= 0x1AB0 && cp <= 0x1AFF) ||
        (cp >= 0x1DC0 && cp <= 0x1DFF) || (cp >= 0x20D0 && cp <= 0x20FF) ||
        (cp >= 0xFE20 && cp <= 0xFE2F) || cp == 0x200B)
      continue;
    const bool wide = (cp >= 0x1100 && cp <= 0x115F) || (cp >= 0x2E80 && cp <= 0xA4CF) ||
                      (cp >= 0xAC00 && cp <= 0xD7A3) || (cp >= 0xF900 && cp <= 0xFAFF) ||
                      (cp >= 0xFF00 && cp <= 0xFF60) || (cp >= 0xFFE0 && cp <= 0xFFE6) ||
                      cp >= 0x20000;
    width += wide ? 2 : 1;
  }
  return width;
}

// A name Excel accepts: at most 31 characters, none of []:*?/\, not starting or ending with
// an apostrophe; "Danh sách" when nothing is left.
std::string sheet_name(std::string_view wanted) {
  std::string name;
  std::size_t count = 0;
  for (std::size_t i = 0; i < wanted.size() && count < kMaxSheetName; ++count) {
    const std::size_t start = i;
    const char32_t cp = next_code_point(wanted, i);
    if (cp < 0x20 || cp == 0xFFFD) {
      name += ' ';
    } else if (cp < 0x80 &&
               std::string_view("[]:*?/\\").find(static_cast<char>(cp)) != std::string_view::npos) {
      name += '-';
    } else {
      name.append(wanted.substr(start, i - start));
    }
  }
  const auto trim = [](char c) { return c == ' ' || c == '\''; };
  while (!name.empty() && trim(name.back()))
    name.pop_back();
  const auto first = std::find_if_not(name.begin(), name.end(), trim);
  name.erase(name.begin(), first);
  return name.empty() ? kDefaultSheet : name;
}

// Spreadsheets read "_x0041_" in a cell's text as the escape of "A"; a text that holds such a
// sequence itself has its "_" written as "_x005F_" (libxlsxwriter leaves it as it is). Returns
// `text`, or `scratch` holding the protected text.
const std::string& protect_escapes(const std::string& text, std::string& scratch) {
  const std::size_t at = text.find("_x");
  if (at == std::string::npos)
    return text;
  const auto is_escape = [&](std::size_t i) {
    if (i + 7 > text.size() || text.compare(i, 2, "_x") != 0 || text[i + 6] != '_')
      return false;
    for (std::size_t k = i + 2; k < i + 6; ++k) {
      if (!std::isxdigit(static_cast<unsigned char>(text[k])))
        return false;
    }
    return true;
  };
  scratch.assign(text, 0, at);
  for (std::size_t i = at; i < text.size(); ++i) {
    if (is_escape(i))
      scratch += "_x005F_";
    else
      scratch += text[i];
  }
  return scratch;
}

// "2020-09-15" or "2020-09-15T08:30[:00]" as an Excel serial; nullopt for anything else, or a
// date before 1900 that Excel cannot hold.
std::optional<double> parse_date(std::string_view text, bool& has_time) {
  const auto parsed = excel::parse_iso_date_time(text);
  if (!parsed || !parsed->date || parsed->date->year < 1900)
    return std::nullopt;
  has_time = parsed->seconds != 0;
  return static_cast<double>(excel::serial_of(*parsed->date)) + parsed->seconds / 86400.0;
}

class XlsxWriter final : public TableWriter {
 public:
  XlsxWriter(const std::filesystem::path& file, std::vector<OutputColumn> columns,
             const std::string& sheet)
      : file_(file), name_(file.string()), columns_(std::move(columns)) {
    if (columns_.size() > static_cast<std::size_t>(LXW_COL_MAX)) {
      throw UserError(fmt::format("cannot write '{}': {} columns, more than Excel's {}", name_,
                                  columns_.size(), LXW_COL_MAX));
    }
    widths_.reserve(columns_.size());
    for (const OutputColumn& column : columns_)
      widths_.push_back(display_width(column.header) * 1.1);  // bold
    const std::string title = sheet_name(sheet);
    lxw_workbook_options options{};
    options.constant_memory = LXW_TRUE;
    const std::string temp = file_.temp_path().string();
    workbook_ = workbook_new_opt(temp.c_str(), &options);
    if (workbook_ != nullptr)
      worksheet_ = workbook_add_worksheet(workbook_, title.c_str());
    if (worksheet_ == nullptr) {
      lxw_workbook_free(workbook_);  // NULL is fine
      workbook_ = nullptr;
      throw UserError(
          fmt::format("cannot write '{}': libxlsxwriter could not start a workbook "
                      "with the sheet '{}'",
                      name_, title));
    }
    bold_ = workbook_add_format(workbook_);
    format_set_bold(bold_);
    date_ = workbook_add_format(workbook_);
    format_set_num_format(date_, "dd/mm/yyyy");
    date_time_ = workbook_add_format(workbook_);
    format_set_num_format(date_time_, "dd/mm/yyyy hh:mm");
  }

  ~XlsxWriter() override {
    if (workbook_ == nullptr)
      return;
    // Abandoned: free without writing (the temporary file goes with file_). libxlsxwriter
    // leaves a constant-memory sheet's temporary file open when freeing.
    if (worksheet_ != nullptr && worksheet_->optimize_tmpfile != nullptr)
      std::fclose(worksheet_->optimize_tmpfile);
    lxw_workbook_free(workbook_);
  }

  XlsxWriter(const XlsxWriter&) = delete;
  XlsxWriter& operator=(const XlsxWriter&) = delete;

  void add_row(std::span<const std::string> values) override {
    if (workbook_ == nullptr)
      throw std::logic_error("XlsxWriter::add_row after finish()");
    if (!streaming_) {
      measure(values);
      held_.emplace_back(values.begin(), values.end());
      if (held_.size() >= kMeasuredRows)
        start_streaming();
      return;
    }
    write_row(values);
  }

  void finish() override {
    if (workbook_ == nullptr)
      throw std::logic_error("XlsxWriter::finish twice");
    if (!streaming_)
      start_streaming();
    if (!columns_.empty()) {
      check(worksheet_autofilter(worksheet_, 0, 0, next_row_ - 1,
                                 static_cast<lxw_col_t>(columns_.size() - 1)),
            "the filter");
    }
    lxw_workbook* workbook = workbook_;
    workbook_ = nullptr;  // workbook_close frees it, whatever it returns
    worksheet_ = nullptr;
    const lxw_error error = workbook_close(workbook);
    if (error != LXW_NO_ERROR)
      throw UserError(fmt::format("cannot write '{}': {}", name_, lxw_strerror(error)));
    file_.commit();
  }

 private:
  void measure(std::span<const std::string> values) {
    for (std::size_t c = 0; c < values.size() && c < widths_.size(); ++c) {
      const double width = columns_[c].type != ColumnType::kDate ? display_width(values[c])
                           : values[c].size() > 10               ? 16  // dd/mm/yyyy hh:mm
                                                                 : 10;
      widths_[c] = std::max(widths_[c], width);
    }
  }

  void start_streaming() {
    streaming_ = true;
    for (std::size_t c = 0; c < columns_.size(); ++c) {
      const auto column = static_cast<lxw_col_t>(c);
      const double width = std::clamp(std::ceil(widths_[c]) + 2, kMinWidth, kMaxWidth);
      check(worksheet_set_column(worksheet_, column, column, width, nullptr), "a column width");
      check(worksheet_write_string(worksheet_, 0, column,
                                   protect_escapes(columns_[c].header, scratch_).c_str(), bold_),
            "the header", c);
    }
    worksheet_freeze_panes(worksheet_, 1, 0);
    for (const auto& row : held_)
      write_row(row);
    held_.clear();
    held_.shrink_to_fit();
  }

  void write_row(std::span<const std::string> values) {
    if (next_row_ >= LXW_ROW_MAX) {
      throw UserError(
          fmt::format("cannot write '{}': more than {} rows, the most an Excel sheet "
                      "holds (write a .csv file instead)",
                      name_, LXW_ROW_MAX - 1));
    }
    const lxw_row_t row = next_row_++;
    for (std::size_t c = 0; c < values.size() && c < columns_.size(); ++c) {
      const std::string& value = values[c];
      if (value.empty())
        continue;  // a blank cell
      const auto column = static_cast<lxw_col_t>(c);
      switch (columns_[c].type) {
        case ColumnType::kInteger:
        case ColumnType::kDecimal:
          if (const auto number = excel::parse_number(value)) {
            check(worksheet_write_number(worksheet_, row, column, *number, nullptr), "a number", c,
                  row);
            continue;
          }
          break;
        case ColumnType::kDate: {
          bool has_time = false;
          if (const auto serial = parse_date(value, has_time)) {
            check(worksheet_write_number(worksheet_, row, column, *serial,
                                         has_time ? date_time_ : date_),
                  "a date", c, row);
            continue;
          }
          break;
        }
        case ColumnType::kText:
          break;
      }
      // Text, and a value that is not what its column says (kept as the text it is).
      if (value.size() > kMaxCellChars &&
          static_cast<std::size_t>(text::count_characters(value)) > kMaxCellChars) {
        throw UserError(fmt::format(
            "cannot write '{}': row {}, column '{}' has more than {} characters, the most an "
            "Excel cell holds",
            name_, row + 1, columns_[c].header, kMaxCellChars));
      }
      check(worksheet_write_string(worksheet_, row, column,
                                   protect_escapes(value, scratch_).c_str(), nullptr),
            "a text", c, row);
    }
  }

  void check(lxw_error error, const char* what, std::size_t column = 0, lxw_row_t row = 0) const {
    if (error == LXW_NO_ERROR)
      return;
    throw UserError(fmt::format("cannot write '{}': {} (writing {} in row {}, column {})", name_,
                                lxw_strerror(error), what, row + 1,
                                column_letter(static_cast<int>(column) + 1)));
  }

  host::AtomicFile file_;
  std::string name_;
  std::vector<OutputColumn> columns_;
  lxw_workbook* workbook_ = nullptr;
  lxw_worksheet* worksheet_ = nullptr;
  lxw_format* bold_ = nullptr;
  lxw_format* date_ = nullptr;
  lxw_format* date_time_ = nullptr;
  std::vector<double> widths_;  // in characters, measured on the first rows
  std::vector<std::vector<std::string>> held_;
  bool streaming_ = false;
  lxw_row_t next_row_ = 1;  // row 0 is the header
  std::string scratch_;
};

}  // namespace

std::unique_ptr<TableWriter> create_xlsx_writer(const std::filesystem::path& file,
                                                std::vector<OutputColumn> columns,
                                                const std::string& sheet) {
  return std::make_unique<XlsxWriter>(file, std::move(columns), sheet);
}

}  // namespace thuky::table
