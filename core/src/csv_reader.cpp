#include "csv_reader.hpp"

#include "thuky/error.hpp"

namespace thuky::host {

std::vector<CsvRow> read_csv(std::string_view text, const std::string& source) {
  if (text.substr(0, 3) == "\xEF\xBB\xBF")
    text.remove_prefix(3);  // BOM from Excel
  std::vector<CsvRow> rows;
  CsvRow row;
  CsvField field;
  int line = 1, column = 1;
  bool quoted = false, field_started = false;
  int quote_line = 0, quote_column = 0;
  const auto end_field = [&] {
    row.push_back(std::move(field));
    field = CsvField{};
    field_started = false;
  };
  const auto end_row = [&] {
    end_field();
    bool empty = true;
    for (const auto& f : row)
      empty = empty && f.text.empty();
    if (!empty)
      rows.push_back(std::move(row));
    row.clear();
  };
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (!field_started) {
      field.line = line;
      field.column = column;
      field_started = true;
    }
    const bool continuation = (static_cast<unsigned char>(c) & 0xC0) == 0x80;
    if (quoted) {
      if (c == '"' && i + 1 < text.size() && text[i + 1] == '"') {
        field.text += '"';
        ++i;
        ++column;
      } else if (c == '"') {
        quoted = false;
      } else {
        field.text += c;
        if (c == '\n') {
          ++line;
          column = 0;
        }
      }
    } else if (c == '"' && field.text.empty()) {
      quoted = true;
      quote_line = line;
      quote_column = column;
    } else if (c == ',') {
      end_field();
    } else if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n') {
      continue;
    } else if (c == '\n') {
      end_row();
      ++line;
      column = 1;
      continue;
    } else {
      field.text += c;
    }
    if (!continuation)
      ++column;
  }
  if (quoted) {
    throw UserError(InputLocation{source, quote_line, quote_column, ""},
                    "a quoted field is never closed (missing '\"')");
  }
  if (field_started || !row.empty())
    end_row();
  return rows;
}

}  // namespace thuky::host
