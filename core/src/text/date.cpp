#include "thuky/text/date.hpp"

#include <fmt/format.h>

#include "thuky/text/partial_date.hpp"

namespace thuky::text {

bool Date::valid() const {
  if (year < 1800 || year > 2200 || month < 1 || month > 12 || day < 1)
    return false;
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  return day <= kDays[month - 1] + (month == 2 && leap ? 1 : 0);
}

// One parser for every date form: PartialDate's (thuky/text/partial_date.hpp), full dates only.
std::optional<Date> Date::parse_dmy(std::string_view text) {
  if (text.find('/') == std::string_view::npos || text.size() > 10)
    return std::nullopt;
  const auto date = PartialDate::parse(text, false);
  return date ? std::optional(date->effective()) : std::nullopt;
}

std::optional<Date> Date::parse_iso(std::string_view text) {
  if (text.size() != 10 || text[4] != '-' || text[7] != '-')
    return std::nullopt;
  const auto date = PartialDate::parse(text, false);
  return date ? std::optional(date->effective()) : std::nullopt;
}

std::string Date::iso() const {
  return fmt::format("{:04}-{:02}-{:02}", year, month, day);
}
std::string Date::dmy() const {
  return fmt::format("{:02}/{:02}/{:04}", day, month, year);
}

}  // namespace thuky::text
