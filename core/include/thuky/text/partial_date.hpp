#pragma once
// A date of which only the year, or the month and year, may be known — birth dates in voter and
// candidate lists often are. The election law's rule for such dates lives here and nowhere else.

#include <optional>
#include <string>
#include <string_view>

#include "thuky/export.hpp"
#include "thuky/text/date.hpp"

namespace thuky::text {

struct THUKY_API PartialDate {
  enum class Precision { kDay, kMonth, kYear };
  int year = 0;
  int month = 0;  // 0 when unknown
  int day = 0;    // 0 when unknown
  Precision precision = Precision::kDay;

  // "15/09/1970", "5/9/1970", "15-09-1970", "1970-09-15", and with allow_partial also "09/1970",
  // "1970-09" and "1970". nullopt when malformed or not a real date.
  static std::optional<PartialDate> parse(std::string_view text, bool allow_partial);
  // The stored form: ISO "1970-09-15", or reduced ISO "1970-09" / "1970" for what is known.
  static std::optional<PartialDate> parse_stored(std::string_view iso);
  static PartialDate from(const Date& date) { return {date.year, date.month, date.day}; }

  // The date the law counts with (Law 85/2015 practice): unknown day → 01, unknown day and
  // month → 01/01. Ages on election day and list order use this.
  Date effective() const;
  std::string stored() const;  // "1970-09-15", "1970-09", "1970"
  std::string dmy() const;     // "15/09/1970", "09/1970", "1970": as printed
  bool partial() const { return precision != Precision::kDay; }
};

// Whole years of age on `on` for someone born on `birth` (effective date).
THUKY_API int age_on(const PartialDate& birth, const Date& on);

}  // namespace thuky::text
