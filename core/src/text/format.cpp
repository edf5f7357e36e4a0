#include "thuky/text/format.hpp"

#include <fmt/format.h>

#include <cmath>
#include <cstdlib>

namespace thuky::text {
namespace {

std::string group_thousands(unsigned long long value) {
  std::string digits = std::to_string(value);
  std::string out;
  const std::size_t lead = digits.size() % 3;
  for (std::size_t i = 0; i < digits.size(); ++i) {
    if (i > 0 && i >= lead && (i - lead) % 3 == 0)
      out += '.';
    out += digits[i];
  }
  return out;
}

// Up to `max_decimals` decimals, trailing zeros dropped: 1.90 → "1,9", 2.00 → "2".
std::string short_decimal(double value, int max_decimals) {
  std::string s = format_decimal(value, max_decimals);
  if (s.find(',') == std::string::npos)
    return s;
  while (s.back() == '0')
    s.pop_back();
  if (s.back() == ',')
    s.pop_back();
  return s;
}

}  // namespace

std::string format_date_long(const Date& d) {
  return d.month <= 2 ? fmt::format("ngày {:02} tháng {:02} năm {}", d.day, d.month, d.year)
                      : fmt::format("ngày {:02} tháng {} năm {}", d.day, d.month, d.year);
}

std::string format_date_short(const Date& d) {
  return fmt::format("{:02}/{:02}/{}", d.day, d.month, d.year);  // domain.md §1: dd/mm/yyyy
}

std::string with_end_mark(std::string_view text) {
  std::string out(text);
  while (!out.empty() && out.back() == ' ')
    out.pop_back();
  if (out.size() >= 3 && out.compare(out.size() - 3, 3, "./.") == 0)
    return out;
  if (out.size() >= 2 && out.compare(out.size() - 2, 2, "/.") == 0)
    out.resize(out.size() - 2);  // "năm 2020/." — the full stop was missing
  if (out.empty() || out.back() != '.')
    out += '.';
  return out + "/.";
}

std::string format_place_date(std::string_view place, const Date& date) {
  return fmt::format("{}, {}", place, format_date_long(date));
}

std::string format_time(int hour, int minute, bool with_unit) {
  return fmt::format("{} giờ {:02}{}", hour, minute, with_unit ? " phút" : "");
}

std::string format_integer(long long value) {
  const std::string digits = group_thousands(static_cast<unsigned long long>(std::llabs(value)));
  return value < 0 ? "-" + digits : digits;
}

std::string format_decimal(double value, int decimals) {
  const double scale = std::pow(10.0, decimals);
  const long long scaled = std::llround(std::fabs(value) * scale);
  const long long whole = static_cast<long long>(scaled / static_cast<long long>(scale));
  const long long fraction = scaled - whole * static_cast<long long>(scale);
  std::string out = (value < 0 && scaled != 0 ? "-" : "") + format_integer(whole);
  if (decimals > 0)
    out += fmt::format(",{:0{}}", fraction, decimals);
  return out;
}

std::string format_percent(double value, int decimals) {
  return format_decimal(value, decimals) + "%";
}

std::string format_money(double dong) {
  const double magnitude = std::fabs(dong);
  if (magnitude >= 1e9)
    return short_decimal(dong / 1e9, 2) + " tỷ đồng";
  if (magnitude >= 1e6)
    return short_decimal(dong / 1e6, 2) + " triệu đồng";
  return format_integer(std::llround(dong)) + " đồng";
}

}  // namespace thuky::text
