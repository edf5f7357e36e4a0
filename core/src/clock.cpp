#include "thuky/clock.hpp"

#include <fmt/format.h>

#include <charconv>
#include <cstdlib>
#include <string_view>

#include "thuky/error.hpp"

namespace thuky {

Clock Clock::from_environment() {
  if (const char* fixed = std::getenv("THUKY_NOW"); fixed && *fixed) {
    std::string_view text(fixed);
    auto moment = text::DateTime::parse_local(text);
    if (!moment && text.size() == 10) {
      if (auto day = text::Date::parse_iso(text))
        moment = text::DateTime::parse_local(day->iso() + "T00:00");
    }
    if (!moment) {
      throw UserError(
          fmt::format("THUKY_NOW='{}': expected a local date or date and time such "
                      "as 2020-09-15 or 2020-09-15T08:00",
                      text));
    }
    return Clock(moment->moment());
  }
  if (const char* epoch = std::getenv("SOURCE_DATE_EPOCH"); epoch && *epoch) {
    long long seconds = 0;
    const std::string_view text(epoch);
    const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), seconds);
    if (ec != std::errc() || end != text.data() + text.size() || seconds < 0) {
      throw UserError(fmt::format("SOURCE_DATE_EPOCH='{}': expected seconds since 1970", text));
    }
    return Clock(std::chrono::system_clock::time_point(std::chrono::seconds(seconds)));
  }
  return Clock(std::chrono::system_clock::now());
}

text::DateTime Clock::now() const {
  return text::DateTime::at(moment_);
}

text::Date Clock::today() const {
  return now().date;
}

}  // namespace thuky
