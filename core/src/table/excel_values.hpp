#pragma once
// Values as Excel stores them, shared by the .xlsx reader and writer: numbers in C locale
// decimal form, and dates as serials. From 1 March 1900 on, a serial
// counts the days since 1899-12-30 (2020-09-15 is 44089). Before, it is one less: the 1900
// date system starts at 1900-01-01 = 1 and counts a 29 February 1900 that never was (60).

#include <charconv>
#include <cmath>
#include <optional>
#include <string_view>

#include "thuky/text/date.hpp"

namespace thuky::table::excel {

// "12", "-3.25", "1.5E-3", " 45.37 " (C locale); nullopt for anything else, inf and nan too.
inline std::optional<double> parse_number(std::string_view text) {
  const auto space = [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; };
  while (!text.empty() && space(text.front()))
    text.remove_prefix(1);
  while (!text.empty() && space(text.back()))
    text.remove_suffix(1);
  if (!text.empty() && text.front() == '+')
    text.remove_prefix(1);
  double value = 0;
  const auto result = std::from_chars(text.data(), text.data() + text.size(), value);
  if (text.empty() || result.ec != std::errc() || result.ptr != text.data() + text.size() ||
      !std::isfinite(value))
    return std::nullopt;
  return value;
}

// Days since 1970-01-01 of a proleptic Gregorian date, and back (H. Hinnant's algorithms).
constexpr long long days_from_civil(long long y, int m, int d) {
  y -= m <= 2 ? 1 : 0;
  const long long era = (y >= 0 ? y : y - 399) / 400;
  const long long yoe = y - era * 400;
  const long long doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;
  const long long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

constexpr text::Date civil_from_days(long long z) {
  z += 719468;
  const long long era = (z >= 0 ? z : z - 146096) / 146097;
  const long long doe = z - era * 146097;
  const long long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const long long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const long long mp = (5 * doy + 2) / 153;
  const auto d = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
  const auto m = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
  return {static_cast<int>(yoe + era * 400 + (m <= 2 ? 1 : 0)), m, d};
}

inline constexpr long long kEpoch = days_from_civil(1899, 12, 30);
// 10000-01-01: Excel's dates end the day before.
inline constexpr long long kEndOfDates = days_from_civil(10000, 1, 1) - kEpoch;
// The 1904 date system (old Mac workbooks) counts from 1904-01-01.
inline constexpr long long k1904Offset = days_from_civil(1904, 1, 1) - kEpoch;

// Days since 1899-12-30.
constexpr long long days_since_epoch(const text::Date& date) {
  return days_from_civil(date.year, date.month, date.day) - kEpoch;
}

constexpr text::Date date_from_days(long long days) {
  return civil_from_days(kEpoch + days);
}

// The 1900-system serial of a date from 1900-01-01 on.
constexpr long long serial_of(const text::Date& date) {
  const long long days = days_since_epoch(date);
  return days < 61 ? days - 1 : days;
}

// An ISO 8601 date "2020-09-15", date-time "2020-09-15T08:30[:00]" (fractions of a second
// and a time zone are dropped) or time of day "08:30:00".
struct IsoDateTime {
  std::optional<text::Date> date;  // none: a time of day alone
  int seconds = 0;                 // since midnight
};

inline std::optional<IsoDateTime> parse_iso_date_time(std::string_view text) {
  IsoDateTime out;
  if (text.size() >= 10 && (text.size() == 10 || text[10] == 'T')) {
    out.date = text::Date::parse_iso(text.substr(0, 10));
    if (!out.date)
      return std::nullopt;
    text.remove_prefix(text.size() == 10 ? 10 : 11);
    if (text.empty())
      return out;
  }
  const auto two_digits = [&](std::size_t at) {
    return at + 2 <= text.size() && text[at] >= '0' && text[at] <= '9' && text[at + 1] >= '0' &&
                   text[at + 1] <= '9'
               ? (text[at] - '0') * 10 + (text[at + 1] - '0')
               : -1;
  };
  const int hour = two_digits(0);
  const int minute = text.size() >= 5 && text[2] == ':' ? two_digits(3) : -1;
  const int second = text.size() >= 8 && text[5] == ':' ? two_digits(6) : 0;
  if (hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 59)
    return std::nullopt;
  out.seconds = hour * 3600 + minute * 60 + second;
  return out;
}

static_assert(serial_of({2020, 9, 15}) == 44089);
static_assert(serial_of({1900, 1, 1}) == 1);
static_assert(serial_of({1900, 3, 1}) == 61);
static_assert(k1904Offset == 1462);

}  // namespace thuky::table::excel
