// Vietnamese names and dates as people type them: splitting, keys, list order, partial dates.
#include <cstdint>
#include <string_view>

#include "thuky/error.hpp"
#include "thuky/text/names.hpp"
#include "thuky/text/partial_date.hpp"
#include "thuky/text/terminal.hpp"
#include "thuky/text/utf8.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace thuky::text;
  const std::string_view input(reinterpret_cast<const char*>(data), size);
  escape_controls(input);
  PartialDate::parse(input, true);
  PartialDate::parse_stored(input);
  try {
    require_utf8(input, thuky::InputLocation{});
  } catch (const thuky::UserError&) {
    return 0;  // the readers refuse invalid UTF-8 before names are parsed
  }
  // Two names, split at the first newline, compared both ways.
  const auto cut = input.find('\n');
  const std::string_view first = input.substr(0, cut);
  const std::string_view second = cut == std::string_view::npos ? "" : input.substr(cut + 1);
  static const NameOrder published(NameOrderKind::kPublished);
  static const NameOrder dictionary(NameOrderKind::kDictionary);
  const ListedPerson a{std::string(first), split_name(first), std::nullopt};
  const ListedPerson b{std::string(second), split_name(second), std::nullopt};
  match_key(first);
  search_key(first);
  for (const NameOrder* order : {&published, &dictionary}) {
    const int ab = order->compare(a, b);
    const int ba = order->compare(b, a);
    if ((ab < 0) != (ba > 0) || (ab == 0) != (ba == 0))
      __builtin_trap();  // not an order
    if ((order->sort_key(a) < order->sort_key(b)) != (ab < 0))
      __builtin_trap();  // the stored key disagrees with compare()
    order->explain(a, b);
  }
  return 0;
}
