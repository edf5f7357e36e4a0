#include <gtest/gtest.h>

#include "thuky/text/format.hpp"
#include "thuky/text/lines.hpp"

namespace thuky::text {
namespace {

TEST(FormatDate, DayPaddedBelowTenMonthOnlyForJanuaryAndFebruary) {
  EXPECT_EQ(format_date_long({2020, 1, 5}), "ngày 05 tháng 01 năm 2020");
  EXPECT_EQ(format_date_long({2020, 2, 29}), "ngày 29 tháng 02 năm 2020");
  EXPECT_EQ(format_date_long({2020, 9, 15}), "ngày 15 tháng 9 năm 2020");
  EXPECT_EQ(format_date_long({2026, 3, 1}), "ngày 01 tháng 3 năm 2026");
  EXPECT_EQ(format_date_long({2019, 12, 15}), "ngày 15 tháng 12 năm 2019");
}

TEST(FormatDate, ShortFormIsDdMmYyyy) {
  EXPECT_EQ(format_date_short({2020, 9, 10}), "10/09/2020");
  EXPECT_EQ(format_date_short({2020, 1, 5}), "05/01/2020");
  EXPECT_EQ(format_date_short({2020, 4, 9}), "09/04/2020");
}

TEST(EndMark, OneRuleWhateverTheTextEndsWith) {
  EXPECT_EQ(with_end_mark("ngày 15 tháng 9 năm 2020"), "ngày 15 tháng 9 năm 2020./.");
  EXPECT_EQ(with_end_mark("ngày 15 tháng 9 năm 2020."), "ngày 15 tháng 9 năm 2020./.");
  EXPECT_EQ(with_end_mark("ngày 15 tháng 9 năm 2020/."), "ngày 15 tháng 9 năm 2020./.");
  EXPECT_EQ(with_end_mark("thực hiện./."), "thực hiện./.");
}

TEST(FormatDate, PlaceAndDateLine) {
  EXPECT_EQ(format_place_date("Kỳ Anh", {2020, 9, 15}), "Kỳ Anh, ngày 15 tháng 9 năm 2020");
}

TEST(Date, ParsesAndRejects) {
  EXPECT_EQ(Date::parse_dmy("15/9/2020"), (Date{2020, 9, 15}));
  EXPECT_EQ(Date::parse_dmy("05/01/2020"), (Date{2020, 1, 5}));
  EXPECT_EQ(Date::parse_dmy("29/02/2024"), (Date{2024, 2, 29}));
  EXPECT_FALSE(Date::parse_dmy("29/02/2023"));
  EXPECT_FALSE(Date::parse_dmy("31/04/2020"));
  EXPECT_FALSE(Date::parse_dmy("15-09-2020"));
  EXPECT_FALSE(Date::parse_dmy("15/09/20"));
  EXPECT_EQ(Date::parse_iso("2020-09-15"), (Date{2020, 9, 15}));
  EXPECT_FALSE(Date::parse_iso("2020-9-15"));
  EXPECT_EQ((Date{2020, 9, 5}).dmy(), "05/09/2020");
  EXPECT_EQ((Date{2020, 9, 5}).iso(), "2020-09-05");
}

TEST(FormatTime, HoursAndMinutes) {
  EXPECT_EQ(format_time(8, 30), "8 giờ 30");
  EXPECT_EQ(format_time(14, 0), "14 giờ 00");
  EXPECT_EQ(format_time(8, 0, true), "8 giờ 00 phút");
  EXPECT_EQ(format_time(11, 5, true), "11 giờ 05 phút");
}

TEST(FormatNumber, DotGroupsThousandsCommaIsDecimal) {
  EXPECT_EQ(format_integer(0), "0");
  EXPECT_EQ(format_integer(999), "999");
  EXPECT_EQ(format_integer(1841), "1.841");
  EXPECT_EQ(format_integer(10928), "10.928");
  EXPECT_EQ(format_integer(8600), "8.600");
  EXPECT_EQ(format_integer(100000), "100.000");
  EXPECT_EQ(format_integer(1234567890), "1.234.567.890");
  EXPECT_EQ(format_integer(-2500), "-2.500");
  EXPECT_EQ(format_decimal(1500050.30, 2), "1.500.050,30");
  EXPECT_EQ(format_decimal(0.005, 2), "0,01");
  EXPECT_EQ(format_decimal(-1.5, 1), "-1,5");
  EXPECT_EQ(format_percent(45.37), "45,37%");
  EXPECT_EQ(format_percent(100, 0), "100%");
}

TEST(FormatMoney, BillionsAndMillionsInProse) {
  EXPECT_EQ(format_money(1.9e9), "1,9 tỷ đồng");
  EXPECT_EQ(format_money(3.2e9), "3,2 tỷ đồng");
  EXPECT_EQ(format_money(2.3e9), "2,3 tỷ đồng");
  EXPECT_EQ(format_money(2e9), "2 tỷ đồng");
  EXPECT_EQ(format_money(3.25e9), "3,25 tỷ đồng");
  EXPECT_EQ(format_money(250e6), "250 triệu đồng");
  EXPECT_EQ(format_money(500000), "500.000 đồng");
}

}  // namespace
}  // namespace thuky::text

#include "thuky/text/case.hpp"

namespace thuky::text {
namespace {

TEST(Case, VietnameseUpperCase) {
  EXPECT_EQ(to_upper("Đoàn công tác Ủy ban MTTQ tỉnh"), "ĐOÀN CÔNG TÁC ỦY BAN MTTQ TỈNH");
  EXPECT_EQ(upper_first("đồng chí Hà Văn Hùng"), "Đồng chí Hà Văn Hùng");
  EXPECT_EQ(upper_first("ủy ban"), "Ủy ban");
  EXPECT_EQ(upper_first(""), "");
}

}  // namespace
}  // namespace thuky::text

namespace thuky::text {
namespace {

TEST(Lines, JoinAndSplitGiveTheSameListBackEvenWithEmptyLines) {
  const std::vector<std::string> lines = {"", "Nơi nhận", "", "- Lưu: VT"};
  EXPECT_EQ(join_lines(lines), "\nNơi nhận\n\n- Lưu: VT");
  EXPECT_EQ(split_lines(join_lines(lines)), lines);
  EXPECT_EQ(split_lines(""), std::vector<std::string>{});
}

}  // namespace
}  // namespace thuky::text
