// The check report's summary sentence, for each mix of findings: no "0 nội dung".
#include <gtest/gtest.h>

#include "check_summary.hpp"

namespace delegates {
namespace {

TEST(CheckSummary, SaysWhatIsAbsentInsteadOfAZeroCount) {
  const std::string both = "Kết quả: 2 nội dung không đạt, 1 nội dung cần xem xét.";
  const std::string failed_only =
      "Kết quả: 2 nội dung không đạt; không có nội dung nào cần xem xét.";
  const std::string warned_only =
      "Kết quả: không có nội dung nào không đạt; 3 nội dung cần xem xét.";
  const std::string clean = "Tất cả các nội dung đều đạt.";
  EXPECT_EQ(check_summary(2, 1), both);
  EXPECT_EQ(check_summary(2, 0), failed_only);
  EXPECT_EQ(check_summary(0, 3), warned_only);
  EXPECT_EQ(check_summary(0, 0), clean);
}

}  // namespace
}  // namespace delegates
