#include "table/header_row.hpp"

#include <fmt/format.h>

#include "table/table_messages.hpp"
#include "thuky/text/names.hpp"

namespace thuky::table {
namespace {

// Columns that are not data: row numbers spreadsheets carry, and the reasons a rejects file
// gives ("Lỗi"), so that a corrected rejects file imports as it is.
bool is_ignored_header(const std::string& key) {
  return key == "stt" || key == "tt" || key == "so tt" || key == "so thu tu" || key == "loi";
}

}  // namespace

std::string header_key(std::string_view header) {
  std::string key;
  for (char c : text::search_key(header)) {
    const bool word = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
    if (word)
      key += c;
    else if (!key.empty() && key.back() != ' ')
      key += ' ';
  }
  while (!key.empty() && key.back() == ' ')
    key.pop_back();
  return key;
}

Message expected_columns(const TableSchema& schema) {
  std::string required, optional;
  for (const Field& f : schema.fields) {
    std::string& list = f.required ? required : optional;
    list += (list.empty() ? "" : ", ") + f.label;
  }
  if (optional.empty() || required.empty())
    return Message(msg::kAsGiven, {{"text", required + optional}});
  return Message(msg::kColumnsWithOptional, {{"required", required}, {"optional", optional}});
}

std::optional<Message> bind_header(const TableSchema& schema, const Row& row, HeaderRow& out,
                                   int& matches) {
  out = HeaderRow{};
  out.row = row;
  out.field_columns.assign(schema.fields.size(), 0);
  matches = 0;
  std::optional<Message> problem;
  for (const Cell& cell : row.cells) {
    if (cell.kind == CellKind::kEmpty)
      continue;
    const std::string key = header_key(cell.text);
    int field = -1;
    for (std::size_t i = 0; i < schema.fields.size() && field < 0; ++i) {
      const Field& f = schema.fields[i];
      if (header_key(f.label) == key || header_key(f.key) == key)
        field = static_cast<int>(i);
      for (const auto& alias : f.aliases) {
        if (field < 0 && header_key(alias) == key)
          field = static_cast<int>(i);
      }
    }
    if (field >= 0) {
      ++matches;
      const int taken = out.field_columns[static_cast<std::size_t>(field)];
      if (taken != 0 && !problem) {
        problem = Message(msg::kColumnRepeats, {{"column", column_letter(cell.column)},
                                                {"header", cell.text},
                                                {"other", column_letter(taken)},
                                                {"other_header", row.at(taken).text}});
      }
      out.field_columns[static_cast<std::size_t>(field)] = cell.column;
    } else if (!is_ignored_header(key) && !problem) {
      problem = Message(msg::kUnknownColumn, {{"column", column_letter(cell.column)},
                                              {"header", cell.text},
                                              {"what", schema.what},
                                              message_arg("expected", expected_columns(schema))});
    }
    out.columns.push_back({cell.column, field, cell.text});
  }
  if (problem)
    return problem;
  for (std::size_t i = 0; i < schema.fields.size(); ++i) {
    if (schema.fields[i].required && out.field_columns[i] == 0)
      return Message(msg::kMissingColumn, {{"header", schema.fields[i].label},
                                           message_arg("expected", expected_columns(schema))});
  }
  return {};
}

}  // namespace thuky::table
