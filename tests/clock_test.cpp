// Date-time in a named zone and the command's clock.
#include <gtest/gtest.h>

#include <cstdlib>

#include "thuky/clock.hpp"
#include "thuky/error.hpp"
#include "thuky/text/date_time.hpp"

namespace thuky {
namespace {

using text::DateTime;

class EnvironmentVariable {
 public:
  EnvironmentVariable(const char* name, const char* value) : name_(name) {
    ::setenv(name, value, 1);
  }
  ~EnvironmentVariable() { ::unsetenv(name_); }

 private:
  const char* name_;
};

TEST(DateTime, LocalTimeInVietnamIsSevenHoursAheadOfUtc) {
  const auto t = DateTime::parse_local("2020-09-15T08:00");
  ASSERT_TRUE(t);
  EXPECT_EQ(t->iso(), "2020-09-15T08:00:00+07:00");
  EXPECT_EQ(t->ical_local(), "20200915T080000");
  EXPECT_EQ(t->ical_utc(), "20200915T010000Z");
  EXPECT_EQ(t->clock_vi(), "8 giờ 00");
  EXPECT_EQ(DateTime::at(t->moment()).iso(), "2020-09-15T08:00:00+07:00");
}

TEST(DateTime, TheZonesHistoryIsKnown) {
  // Saigon kept UTC+8 until 13 June 1975.
  EXPECT_EQ(DateTime::parse_local("1970-01-01 12:00")->iso(), "1970-01-01T12:00:00+08:00");
}

TEST(DateTime, MalformedOrImpossibleTimesAreRefused) {
  EXPECT_FALSE(DateTime::parse_local("2020-09-15"));
  EXPECT_FALSE(DateTime::parse_local("2020-09-15T24:00"));
  EXPECT_FALSE(DateTime::parse_local("2021-02-29T08:00"));
  EXPECT_THROW(DateTime::parse_local("2020-09-15T08:00", "Asia/Nowhere"), UserError);
}

TEST(DateTime, MomentsCompareAcrossZones) {
  // 08:00 in Hà Nội is 01:00 UTC; 09:00 in Tokyo is 00:00 UTC.
  EXPECT_GT(*DateTime::parse_local("2020-09-15T08:00"),
            *DateTime::parse_local("2020-09-15T09:00", "Asia/Tokyo"));
  EXPECT_EQ(*DateTime::parse_local("2020-09-15T08:00"),
            *DateTime::parse_local("2020-09-15T10:00", "Asia/Tokyo"));
}

TEST(Clock, ThukyNowFixesTheMoment) {
  EnvironmentVariable now("THUKY_NOW", "2020-09-15T23:30");
  const Clock clock = Clock::from_environment();
  EXPECT_EQ(clock.today().iso(), "2020-09-15");
  EXPECT_EQ(clock.now().iso(), "2020-09-15T23:30:00+07:00");
}

TEST(Clock, SourceDateEpochIsReadInVietnamTime) {
  EnvironmentVariable epoch("SOURCE_DATE_EPOCH", "1600185600");  // 2020-09-15T16:00:00Z
  EXPECT_EQ(Clock::from_environment().today().iso(), "2020-09-15");
  EXPECT_EQ(Clock::from_environment().now().iso(), "2020-09-15T23:00:00+07:00");
}

TEST(Clock, AMalformedOverrideIsTheUsersToFix) {
  EnvironmentVariable now("THUKY_NOW", "15/9/2020");
  try {
    Clock::from_environment();
    FAIL() << "no error";
  } catch (const UserError& e) {
    EXPECT_STREQ(e.what(),
                 "THUKY_NOW='15/9/2020': expected a local date or date and time such as "
                 "2020-09-15 or 2020-09-15T08:00");
  }
}

}  // namespace
}  // namespace thuky
