#pragma once
// A moment as people in Vietnam read it: a local date and time in a named time zone
// (Asia/Ho_Chi_Minh unless told otherwise), for schedules, iCalendar and document dates.

#include <chrono>
#include <compare>
#include <optional>
#include <string>
#include <string_view>

#include "thuky/export.hpp"
#include "thuky/text/date.hpp"

namespace thuky::text {

inline constexpr std::string_view kVietnamTimeZone = "Asia/Ho_Chi_Minh";

struct THUKY_API DateTime {
  Date date;
  int hour = 0, minute = 0, second = 0;
  int utc_offset_minutes = 7 * 60;  // of the zone at that moment
  std::string zone{kVietnamTimeZone};

  // The local time in `zone` (an IANA name, through ICU) of a moment.
  static DateTime at(std::chrono::system_clock::time_point moment,
                     std::string_view zone = kVietnamTimeZone);
  // "2020-09-15T08:00", "2020-09-15T08:00:30" or "2020-09-15 08:00", local to `zone`;
  // nullopt when malformed or not a real date and time.
  static std::optional<DateTime> parse_local(std::string_view text,
                                             std::string_view zone = kVietnamTimeZone);

  std::chrono::system_clock::time_point moment() const;
  std::string iso() const;         // "2020-09-15T08:00:00+07:00"
  std::string ical_local() const;  // "20200915T080000" (with TZID=zone in iCalendar)
  std::string ical_utc() const;    // "20200915T010000Z"
  std::string clock_vi() const;    // "8 giờ 00", as invitations print the hour
  auto operator<=>(const DateTime& other) const { return moment() <=> other.moment(); }
  bool operator==(const DateTime& other) const { return moment() == other.moment(); }
};

}  // namespace thuky::text
