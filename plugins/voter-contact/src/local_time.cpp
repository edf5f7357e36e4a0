#include "local_time.hpp"

#include <fmt/format.h>

#include <chrono>

namespace contact {
namespace {

std::chrono::sys_days to_sys(const Date& d) {
  return std::chrono::year_month_day{std::chrono::year{d.year},
                                     std::chrono::month{static_cast<unsigned>(d.month)},
                                     std::chrono::day{static_cast<unsigned>(d.day)}};
}

}  // namespace

int day_number(const Date& date) {
  return to_sys(date).time_since_epoch().count();
}

Date from_day_number(int days) {
  const std::chrono::year_month_day ymd{std::chrono::sys_days{std::chrono::days{days}}};
  return {static_cast<int>(ymd.year()), static_cast<int>(static_cast<unsigned>(ymd.month())),
          static_cast<int>(static_cast<unsigned>(ymd.day()))};
}

Date add_days(const Date& date, int days) {
  return from_day_number(day_number(date) + days);
}

int weekday(const Date& date) {
  return static_cast<int>(std::chrono::weekday{to_sys(date)}.iso_encoding()) - 1;
}

std::string weekday_name(const Date& date) {
  static const char* const kNames[] = {"thứ Hai", "thứ Ba",  "thứ Tư",  "thứ Năm",
                                       "thứ Sáu", "thứ Bảy", "Chủ nhật"};
  return kNames[weekday(date)];
}

int parse_clock(const std::string& text) {
  if (text.size() != 5 || text[2] != ':')
    return -1;
  for (int i : {0, 1, 3, 4}) {
    if (text[i] < '0' || text[i] > '9')
      return -1;
  }
  const int hour = (text[0] - '0') * 10 + (text[1] - '0');
  const int minute = (text[3] - '0') * 10 + (text[4] - '0');
  if (hour > 23 || minute > 59)
    return -1;
  return hour * 60 + minute;
}

std::string clock_text(int minutes) {
  return fmt::format("{:02}:{:02}", minutes / 60, minutes % 60);
}

}  // namespace contact
