#include "thuky/text/date.hpp"

#include <fmt/format.h>

#include <charconv>

namespace thuky::text {
namespace {

std::optional<int> parse_number(std::string_view s, std::size_t min_digits,
                                std::size_t max_digits) {
  if (s.size() < min_digits || s.size() > max_digits)
    return std::nullopt;
  int value = 0;
  const auto [end, error] = std::from_chars(s.data(), s.data() + s.size(), value);
  if (error != std::errc() || end != s.data() + s.size())
    return std::nullopt;
  return value;
}

std::optional<Date> checked(std::optional<int> y, std::optional<int> m, std::optional<int> d) {
  if (!y || !m || !d)
    return std::nullopt;
  Date date{*y, *m, *d};
  return date.valid() ? std::optional(date) : std::nullopt;
}

}  // namespace

bool Date::valid() const {
  if (year < 1800 || year > 2200 || month < 1 || month > 12 || day < 1)
    return false;
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  return day <= kDays[month - 1] + (month == 2 && leap ? 1 : 0);
}

std::optional<Date> Date::parse_dmy(std::string_view text) {
  const auto first = text.find('/');
  const auto second = text.find('/', first == std::string_view::npos ? 0 : first + 1);
  if (first == std::string_view::npos || second == std::string_view::npos)
    return std::nullopt;
  return checked(parse_number(text.substr(second + 1), 4, 4),
                 parse_number(text.substr(first + 1, second - first - 1), 1, 2),
                 parse_number(text.substr(0, first), 1, 2));
}

std::optional<Date> Date::parse_iso(std::string_view text) {
  if (text.size() != 10 || text[4] != '-' || text[7] != '-')
    return std::nullopt;
  return checked(parse_number(text.substr(0, 4), 4, 4), parse_number(text.substr(5, 2), 2, 2),
                 parse_number(text.substr(8, 2), 2, 2));
}

std::string Date::iso() const {
  return fmt::format("{:04}-{:02}-{:02}", year, month, day);
}
std::string Date::dmy() const {
  return fmt::format("{:02}/{:02}/{:04}", day, month, year);
}

}  // namespace thuky::text
