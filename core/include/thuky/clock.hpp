#pragma once
// Today and now, as a plugin should ask for them: `ctx.clock().today()`. One clock per command,
// so every document of a run carries the same date, and tests and reproducible documents can
// fix it: THUKY_NOW="2020-09-15T08:00" (local time) or SOURCE_DATE_EPOCH (seconds, as in
// reproducible builds) set the moment.

#include <chrono>

#include "thuky/export.hpp"
#include "thuky/text/date.hpp"
#include "thuky/text/date_time.hpp"

namespace thuky {

class THUKY_API Clock {
 public:
  // The real time, unless THUKY_NOW or SOURCE_DATE_EPOCH fixes it (UserError when malformed).
  static Clock from_environment();
  explicit Clock(std::chrono::system_clock::time_point moment) : moment_(moment) {}

  std::chrono::system_clock::time_point moment() const noexcept { return moment_; }
  text::DateTime now() const;  // local, Asia/Ho_Chi_Minh
  text::Date today() const;    // the local date

 private:
  std::chrono::system_clock::time_point moment_;
};

}  // namespace thuky
