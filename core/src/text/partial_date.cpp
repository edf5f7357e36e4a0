#include "thuky/text/partial_date.hpp"

#include <fmt/format.h>

#include <array>
#include <charconv>

namespace thuky::text {
namespace {

std::optional<int> number(std::string_view s, std::size_t min_digits, std::size_t max_digits) {
  if (s.size() < min_digits || s.size() > max_digits)
    return std::nullopt;
  int value = 0;
  const auto [end, error] = std::from_chars(s.data(), s.data() + s.size(), value);
  if (error != std::errc() || end != s.data() + s.size())
    return std::nullopt;
  return value;
}

// Splits at the first separator among "/-." into at most three parts.
std::array<std::string_view, 3> split(std::string_view text, char separator, int& count) {
  std::array<std::string_view, 3> parts;
  count = 0;
  while (count < 3) {
    const auto at = text.find(separator);
    parts[static_cast<std::size_t>(count++)] = text.substr(0, at);
    if (at == std::string_view::npos)
      return parts;
    text.remove_prefix(at + 1);
  }
  count = 4;  // too many parts
  return parts;
}

std::optional<PartialDate> make(int year, int month, int day) {
  PartialDate d{year, month, day, PartialDate::Precision::kDay};
  if (day == 0)
    d.precision = month == 0 ? PartialDate::Precision::kYear : PartialDate::Precision::kMonth;
  if (!Date{year, month == 0 ? 1 : month, day == 0 ? 1 : day}.valid())
    return std::nullopt;
  return d;
}

}  // namespace

std::optional<PartialDate> PartialDate::parse(std::string_view text, bool allow_partial) {
  if (text.empty())
    return std::nullopt;
  char separator = 0;
  for (char c : text) {
    if (c == '/' || c == '-' || c == '.') {
      separator = c;
      break;
    }
  }
  int count = 0;
  if (separator == 0) {
    const auto year = number(text, 4, 4);
    return allow_partial && year ? make(*year, 0, 0) : std::nullopt;
  }
  const auto parts = split(text, separator, count);
  if (count == 3 && parts[0].size() == 4) {  // 1970-09-15
    const auto y = number(parts[0], 4, 4), m = number(parts[1], 1, 2), d = number(parts[2], 1, 2);
    return y && m && d && *m > 0 && *d > 0 ? make(*y, *m, *d) : std::nullopt;
  }
  if (count == 3) {  // 15/09/1970
    const auto d = number(parts[0], 1, 2), m = number(parts[1], 1, 2), y = number(parts[2], 4, 4);
    return y && m && d && *m > 0 && *d > 0 ? make(*y, *m, *d) : std::nullopt;
  }
  if (count == 2 && allow_partial) {  // 09/1970 or 1970-09
    const bool year_first = parts[0].size() == 4;
    const auto y = number(parts[year_first ? 0 : 1], 4, 4);
    const auto m = number(parts[year_first ? 1 : 0], 1, 2);
    return y && m && *m > 0 ? make(*y, *m, 0) : std::nullopt;
  }
  return std::nullopt;
}

std::optional<PartialDate> PartialDate::parse_stored(std::string_view iso) {
  if (iso.size() == 10 || iso.size() == 7 || iso.size() == 4)
    return parse(iso, true);
  return std::nullopt;
}

Date PartialDate::effective() const {
  return Date{year, month == 0 ? 1 : month, day == 0 ? 1 : day};
}

std::string PartialDate::stored() const {
  switch (precision) {
    case Precision::kYear:
      return fmt::format("{:04}", year);
    case Precision::kMonth:
      return fmt::format("{:04}-{:02}", year, month);
    case Precision::kDay:
      break;
  }
  return fmt::format("{:04}-{:02}-{:02}", year, month, day);
}

std::string PartialDate::dmy() const {
  switch (precision) {
    case Precision::kYear:
      return fmt::format("{:04}", year);
    case Precision::kMonth:
      return fmt::format("{:02}/{:04}", month, year);
    case Precision::kDay:
      break;
  }
  return fmt::format("{:02}/{:02}/{:04}", day, month, year);
}

int age_on(const PartialDate& birth, const Date& on) {
  const Date b = birth.effective();
  int age = on.year - b.year;
  if (on.month < b.month || (on.month == b.month && on.day < b.day))
    --age;
  return age;
}

}  // namespace thuky::text
