#pragma once
// Which alphabetical order official lists use (docs/name-order.md).

#include <optional>
#include <string_view>

#include "thuky/export.hpp"

namespace thuky::text {

enum class NameOrderKind {
  // As election committees publish candidate lists: letter by letter, a vowel with a tone being
  // its own letter right after the plain one (Hoan < Hòa, Duy < Dũng).
  kPublished,
  // As dictionaries and ICU's "vi" collation: letters first, tones only to break ties
  // (Hòa < Hoan, Dũng < Duy).
  kDictionary,
};

// "published" / "dictionary".
THUKY_API std::string_view name_order_name(NameOrderKind kind);
THUKY_API std::optional<NameOrderKind> parse_name_order(std::string_view name);

}  // namespace thuky::text
