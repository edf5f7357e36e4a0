#include "table/csv_writer.hpp"

#include <fmt/format.h>

#include <cerrno>
#include <cstdio>
#include <cstring>

#include "atomic_file.hpp"
#include "thuky/error.hpp"
#include "thuky/text/partial_date.hpp"

namespace thuky::table {
namespace {

class CsvWriter final : public TableWriter {
 public:
  CsvWriter(const std::filesystem::path& file, std::vector<OutputColumn> columns)
      : output_(file), columns_(columns.size()) {
    for (const auto& c : columns)
      dates_.push_back(c.type == ColumnType::kDate);
    out_ = std::fopen(output_.temp_path().c_str(), "wb");
    if (!out_) {
      throw UserError(fmt::format("cannot write '{}': {}", file.string(), std::strerror(errno)));
    }
    line_ = "\xEF\xBB\xBF";
    std::vector<std::string> headers;
    for (auto& c : columns)
      headers.push_back(std::move(c.header));
    write_line(headers, false);
  }
  ~CsvWriter() override {
    if (out_)
      std::fclose(out_);
  }

  void add_row(std::span<const std::string> values) override { write_line(values, true); }

  void finish() override {
    flush();
    const bool failed = std::fclose(out_) != 0;
    out_ = nullptr;
    if (failed) {
      throw UserError(
          fmt::format("cannot write '{}': {}", output_.target().string(), std::strerror(errno)));
    }
    output_.commit();
  }

 private:
  void write_line(std::span<const std::string> values, bool data) {
    for (std::size_t i = 0; i < columns_; ++i) {
      if (i > 0)
        line_ += ',';
      if (i >= values.size())
        continue;
      // Dates as Vietnamese Excel shows and reads them back: 15/09/1970.
      const auto date =
          data && dates_[i] ? text::PartialDate::parse_stored(values[i]) : std::nullopt;
      append_csv_field(line_, date ? date->dmy() : values[i]);
    }
    line_ += "\r\n";
    if (line_.size() >= (1 << 16))
      flush();
  }

  void flush() {
    if (std::fwrite(line_.data(), 1, line_.size(), out_) != line_.size()) {
      throw UserError(
          fmt::format("cannot write '{}': {}", output_.target().string(), std::strerror(errno)));
    }
    line_.clear();
  }

  host::AtomicFile output_;
  std::size_t columns_;
  std::vector<bool> dates_;
  std::FILE* out_ = nullptr;
  std::string line_;
};

}  // namespace

bool runs_as_formula(std::string_view value) {
  if (value.empty())
    return false;
  if (value.front() == '=' || value.front() == '@' || value.front() == '\t' ||
      value.front() == '\r')
    return true;
  if (value.front() != '+' && value.front() != '-')
    return false;
  // A signed number or a phone number ("-5", "+84 912 345 678") is data, not a formula.
  const std::string_view rest = value.substr(1);
  const bool digits = rest.find_first_of("0123456789") != std::string_view::npos;
  return !digits || rest.find_first_not_of("0123456789 .,()") != std::string_view::npos;
}

void append_csv_field(std::string& out, std::string_view value) {
  // A cell Excel would run as a formula ("=HYPERLINK(…)", "@SUM(…)", "-2+3+cmd|…") starts with
  // an apostrophe, as OWASP advises for CSV files people open in a spreadsheet; our import takes
  // it off again, so an exported list or a corrected rejects file imports as it was.
  std::string guarded;
  if (runs_as_formula(value)) {
    guarded = "'" + std::string(value);
    value = guarded;
  }
  // Quote what would otherwise split the field or lose its edge spaces.
  const bool needs_quotes = value.find_first_of(",;\"\r\n\t") != std::string_view::npos ||
                            (!value.empty() && (value.front() == ' ' || value.back() == ' '));
  if (!needs_quotes) {
    out += value;
    return;
  }
  out += '"';
  for (char c : value) {
    if (c == '"')
      out += '"';
    out += c;
  }
  out += '"';
}

std::unique_ptr<TableWriter> create_csv_writer(const std::filesystem::path& file,
                                               std::vector<OutputColumn> columns) {
  return std::make_unique<CsvWriter>(file, std::move(columns));
}

}  // namespace thuky::table
