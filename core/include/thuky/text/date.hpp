#pragma once
// A calendar date, as documents and lists use it.

#include <compare>
#include <optional>
#include <string>
#include <string_view>
#include "thuky/export.hpp"

namespace thuky::text {

struct THUKY_API Date {
  int year = 0;
  int month = 0;
  int day = 0;

  // "15/9/2020" or "15/09/2020"; nullopt when malformed or not a real date.
  static std::optional<Date> parse_dmy(std::string_view text);
  // "2020-09-15"; nullopt when malformed or not a real date.
  static std::optional<Date> parse_iso(std::string_view text);

  bool valid() const;
  std::string iso() const;  // "2020-09-15"
  std::string dmy() const;  // "15/09/2020"
  auto operator<=>(const Date&) const = default;
};

}  // namespace thuky::text
