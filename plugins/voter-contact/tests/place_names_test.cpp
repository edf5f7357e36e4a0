// Places as running text writes them (place_names.hpp).
#include <gtest/gtest.h>

#include "place_names.hpp"

namespace contact {
namespace {

TEST(PlaceNames, KindsAndHouseNumbersAreLowerCaseInASentence) {
  EXPECT_EQ(in_sentence("Hội trường UBND phường Thành Sen, Số 1 đường Nguyễn Du, Phường Thành Sen"),
            "Hội trường UBND phường Thành Sen, số 1 đường Nguyễn Du, phường Thành Sen");
  EXPECT_EQ(in_sentence("Thôn Tân Hòa, Xã Kỳ Hoa"), "thôn Tân Hòa, xã Kỳ Hoa");
  // A name that only begins like a kind or a number keeps its capital.
  EXPECT_EQ(in_sentence("Số Đỏ, Xóm Mới"), "Số Đỏ, xóm Mới");
  EXPECT_EQ(in_sentence("Xương Giang, Sốp Cộp"), "Xương Giang, Sốp Cộp");
  EXPECT_EQ(in_sentence("Số"), "Số");
  EXPECT_EQ(at_line_start("số 25 đường Phan Đình Phùng"), "Số 25 đường Phan Đình Phùng");
}

}  // namespace
}  // namespace contact
