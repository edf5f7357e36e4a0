#include "thuky/text/date_time.hpp"

#include <fmt/format.h>
#include <unicode/timezone.h>

#include <memory>
#include <regex>

#include "thuky/error.hpp"

namespace thuky::text {
namespace {

using std::chrono::milliseconds;
using std::chrono::system_clock;

// ICU knows the zones' history (Vietnam used +08:00 until 1975); a fixed +7 would be wrong
// for old dates and for any other zone a plugin names.
std::unique_ptr<icu::TimeZone> zone_named(std::string_view zone) {
  std::unique_ptr<icu::TimeZone> tz(icu::TimeZone::createTimeZone(icu::UnicodeString::fromUTF8(
      icu::StringPiece(zone.data(), static_cast<int32_t>(zone.size())))));
  if (!tz || *tz == icu::TimeZone::getUnknown())
    throw UserError(fmt::format("unknown time zone '{}'", zone));
  return tz;
}

// Offset from UTC in minutes at `ms` (UTC when !local, wall time in the zone when local).
int offset_minutes(const icu::TimeZone& tz, double ms, bool local) {
  int32_t raw = 0, dst = 0;
  UErrorCode status = U_ZERO_ERROR;
  tz.getOffset(ms, local, raw, dst, status);
  if (U_FAILURE(status))
    throw std::runtime_error("ICU time zone offset failed");
  return (raw + dst) / 60000;
}

std::chrono::sys_days days_of(const Date& d) {
  return std::chrono::sys_days(std::chrono::year_month_day(
      std::chrono::year(d.year), std::chrono::month(static_cast<unsigned>(d.month)),
      std::chrono::day(static_cast<unsigned>(d.day))));
}

}  // namespace

DateTime DateTime::at(system_clock::time_point moment, std::string_view zone) {
  const auto tz = zone_named(zone);
  const auto ms = std::chrono::duration_cast<milliseconds>(moment.time_since_epoch());
  DateTime out;
  out.zone = std::string(zone);
  out.utc_offset_minutes = offset_minutes(*tz, static_cast<double>(ms.count()), false);
  const auto local = std::chrono::floor<std::chrono::seconds>(moment) +
                     std::chrono::minutes(out.utc_offset_minutes);
  const auto day = std::chrono::floor<std::chrono::days>(local);
  const std::chrono::year_month_day ymd(day);
  out.date = {static_cast<int>(ymd.year()), static_cast<int>(static_cast<unsigned>(ymd.month())),
              static_cast<int>(static_cast<unsigned>(ymd.day()))};
  const std::chrono::hh_mm_ss time(local - day);
  out.hour = static_cast<int>(time.hours().count());
  out.minute = static_cast<int>(time.minutes().count());
  out.second = static_cast<int>(time.seconds().count());
  return out;
}

std::optional<DateTime> DateTime::parse_local(std::string_view text, std::string_view zone) {
  static const std::regex kForm(R"((\d{4}-\d{2}-\d{2})[T ](\d{2}):(\d{2})(?::(\d{2}))?)");
  std::cmatch m;
  if (!std::regex_match(text.begin(), text.end(), m, kForm))
    return std::nullopt;
  const auto date = Date::parse_iso(m[1].str());
  const int hour = std::stoi(m[2]), minute = std::stoi(m[3]);
  const int second = m[4].matched ? std::stoi(m[4]) : 0;
  if (!date || hour > 23 || minute > 59 || second > 59)
    return std::nullopt;
  const auto tz = zone_named(zone);
  DateTime out;
  out.date = *date;
  out.hour = hour;
  out.minute = minute;
  out.second = second;
  out.zone = std::string(zone);
  const auto wall = days_of(*date) + std::chrono::hours(hour) + std::chrono::minutes(minute) +
                    std::chrono::seconds(second);
  const auto wall_ms = std::chrono::duration_cast<milliseconds>(wall.time_since_epoch());
  out.utc_offset_minutes = offset_minutes(*tz, static_cast<double>(wall_ms.count()), true);
  return out;
}

system_clock::time_point DateTime::moment() const {
  return days_of(date) + std::chrono::hours(hour) + std::chrono::minutes(minute) +
         std::chrono::seconds(second) - std::chrono::minutes(utc_offset_minutes);
}

std::string DateTime::iso() const {
  const int offset = utc_offset_minutes < 0 ? -utc_offset_minutes : utc_offset_minutes;
  return fmt::format("{}T{:02}:{:02}:{:02}{}{:02}:{:02}", date.iso(), hour, minute, second,
                     utc_offset_minutes < 0 ? '-' : '+', offset / 60, offset % 60);
}

std::string DateTime::ical_local() const {
  return fmt::format("{:04}{:02}{:02}T{:02}{:02}{:02}", date.year, date.month, date.day, hour,
                     minute, second);
}

std::string DateTime::ical_utc() const {
  return DateTime::at(moment(), "UTC").ical_local() + "Z";
}

std::string DateTime::clock_vi() const {
  return fmt::format("{} giờ {:02}", hour, minute);
}

}  // namespace thuky::text
