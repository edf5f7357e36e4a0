#include "thuky/text/name_order_kind.hpp"

namespace thuky::text {

std::string_view name_order_name(NameOrderKind kind) {
  return kind == NameOrderKind::kDictionary ? "dictionary" : "published";
}

std::optional<NameOrderKind> parse_name_order(std::string_view name) {
  if (name == "published")
    return NameOrderKind::kPublished;
  if (name == "dictionary")
    return NameOrderKind::kDictionary;
  return std::nullopt;
}

}  // namespace thuky::text
