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

// The names a field answers to: its label, its key and its aliases.
template <typename Each>
void for_each_name(const Field& f, Each each) {
  each(f.label);
  each(f.key);
  for (const auto& alias : f.aliases)
    each(alias);
}

// The field a header names. Written with its diacritics, a header is that field ("Hộ" is the
// household, "Họ" the family name); without them ("Ho"), it is the first field whose name reads
// the same without diacritics, as secretaries type headers either way.
int field_of_header(const TableSchema& schema, const std::string& header, const std::string& key) {
  const std::string exact = text::match_key(header);
  for (std::size_t i = 0; i < schema.fields.size(); ++i) {
    bool same = false;
    for_each_name(schema.fields[i],
                  [&](const std::string& name) { same = same || text::match_key(name) == exact; });
    if (same)
      return static_cast<int>(i);
  }
  for (std::size_t i = 0; i < schema.fields.size(); ++i) {
    bool same = false;
    for_each_name(schema.fields[i],
                  [&](const std::string& name) { same = same || header_key(name) == key; });
    if (same)
      return static_cast<int>(i);
  }
  return -1;
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
    const int field = field_of_header(schema, cell.text, key);
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
