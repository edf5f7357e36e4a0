#pragma once
// How Vietnamese administrative documents write dates, times and numbers (domain.md §1).

#include <string>
#include <string_view>

#include "thuky/export.hpp"
#include "thuky/text/date.hpp"

namespace thuky::text {

// "ngày 05 tháng 01 năm 2020", "ngày 15 tháng 9 năm 2020": the day gets a leading zero below
// 10, the month only for January and February.
THUKY_API std::string format_date_long(const Date& date);

// "10/09/2020", "05/01/2020": the short form (dd/mm/yyyy, domain.md §1) cited in "Kèm theo
// Giấy mời số 12/GM ngày 10/09/2020", as Date::dmy() prints it: one short form everywhere.
THUKY_API std::string format_date_short(const Date& date);

// The end mark of a document's text (Decree 30): the last sentence's full stop, then "/.".
// "năm 2020" and "năm 2020." both become "năm 2020./."; text already ending "./." is kept.
THUKY_API std::string with_end_mark(std::string_view text);

// "Kỳ Anh, ngày 15 tháng 9 năm 2020".
THUKY_API std::string format_place_date(std::string_view place, const Date& date);

// "8 giờ 30", "14 giờ 00"; with_unit: "8 giờ 30 phút".
THUKY_API std::string format_time(int hour, int minute, bool with_unit = false);

// "1.841", "10.928", "-2.500".
THUKY_API std::string format_integer(long long value);

// "1.500.050,30" with `decimals` digits after the comma (rounded half away from zero).
THUKY_API std::string format_decimal(double value, int decimals);

// "45,37%".
THUKY_API std::string format_percent(double value, int decimals = 2);

// Money in prose: "1,9 tỷ đồng", "3,25 tỷ đồng", "250 triệu đồng", "500.000 đồng".
THUKY_API std::string format_money(double dong);

}  // namespace thuky::text
