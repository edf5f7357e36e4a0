#pragma once
// The plugin's calendar arithmetic and its one time zone, in one place so that it can move to
// the SDK's date-time services when they come. Vietnam keeps UTC+7 all year (no daylight saving).

#include <string>

#include "thuky/text/date.hpp"

namespace contact {

using thuky::text::Date;

inline constexpr const char* kTimeZone = "Asia/Ho_Chi_Minh";
inline constexpr int kUtcOffsetMinutes = 7 * 60;

// Days since 1970-01-01.
int day_number(const Date& date);
Date from_day_number(int days);
Date add_days(const Date& date, int days);
// 0 = Monday … 6 = Sunday.
int weekday(const Date& date);
// "thứ Hai" … "Chủ nhật".
std::string weekday_name(const Date& date);

// "07:30" → minutes after midnight; -1 when malformed.
int parse_clock(const std::string& text);
// 450 → "07:30".
std::string clock_text(int minutes);

}  // namespace contact
