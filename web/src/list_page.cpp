#include "list_page.hpp"

#include <fmt/format.h>

#include <charconv>

namespace thuky::web {

namespace {

const char* type_name(table::ColumnType type) {
  switch (type) {
    case table::ColumnType::kInteger:
      return "integer";
    case table::ColumnType::kDecimal:
      return "decimal";
    case table::ColumnType::kDate:
      return "date";
    case table::ColumnType::kText:
      break;
  }
  return "text";
}

// `text` as a whole number into `value` (left alone when `text` is empty).
bool read_whole_number(const std::string& text, std::size_t& value) {
  if (text.empty())
    return true;
  const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
  return error == std::errc() && end == text.data() + text.size();
}

}  // namespace

std::variant<ListWindow, BadParameter> list_window(const std::string& offset,
                                                   const std::string& limit) {
  ListWindow window;
  if (!read_whole_number(offset, window.offset))
    return BadParameter{"offset", fmt::format("offset must be a whole number, not '{}'", offset)};
  if (!read_whole_number(limit, window.limit))
    return BadParameter{"limit", fmt::format("limit must be a whole number, not '{}'", limit)};
  if (window.limit == 0 || window.limit > ListWindow::kMaxLimit)
    return BadParameter{"limit", fmt::format("limit must be from 1 to {}", ListWindow::kMaxLimit)};
  return window;
}

void ListPage::begin(const std::string& what, const std::vector<table::ListColumn>& columns) {
  printed_ = true;
  what_ = what;
  for (const auto& c : columns)
    columns_.push_back({{"key", c.key}, {"header", c.header}, {"type", type_name(c.type)}});
}

void ListPage::row(const std::vector<std::string>& values) {
  const std::size_t index = total_++;
  if (index < window_.offset || index - window_.offset >= window_.limit)
    return;
  nlohmann::json row = nlohmann::json::array();
  for (std::size_t i = 0; i < columns_.size(); ++i)
    row.push_back(i < values.size() ? values[i] : std::string());
  rows_.push_back(std::move(row));
}

nlohmann::json ListPage::json() const {
  return {{"list", what_},   {"columns", columns_},      {"rows", rows_},
          {"total", total_}, {"offset", window_.offset}, {"limit", window_.limit}};
}

}  // namespace thuky::web
