#include "thuky/doc/printable_input.hpp"

#include <fmt/format.h>

#include <optional>
#include <tuple>

#include "thuky/doc/glyph_coverage.hpp"
#include "thuky/error.hpp"

namespace thuky::doc {
namespace {

struct Found {
  int line = 0, column = 0;
  std::string key, problem;
};

void visit(const toml::node& node, const std::string& key, std::optional<Found>& first) {
  if (const auto* table = node.as_table()) {
    for (const auto& [k, v] : *table)
      visit(v, key.empty() ? std::string(k.str()) : key + "." + std::string(k.str()), first);
  } else if (const auto* array = node.as_array()) {
    for (std::size_t i = 0; i < array->size(); ++i)
      visit(*array->get(i), fmt::format("{}[{}]", key, i + 1), first);
  } else if (const auto* text = node.as_string()) {
    const int line = static_cast<int>(node.source().begin.line);
    const int column = static_cast<int>(node.source().begin.column);
    if (first && std::tie(first->line, first->column) < std::tie(line, column))
      return;
    if (auto problem = unprintable(text->get()))
      first = Found{line, column, key, std::move(*problem)};
  }
}

}  // namespace

void require_printable(const toml::table& root, const std::string& source) {
  std::optional<Found> first;
  visit(root, "", first);
  if (first)
    throw UserError(InputLocation{source, first->line, first->column, first->key}, first->problem);
}

}  // namespace thuky::doc
