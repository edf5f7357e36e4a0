// Which colour a level's ballot prints in, and the place a form's date line names.
#include <gtest/gtest.h>

#include "ballot_colours.hpp"
#include "place_date.hpp"

namespace delegates {
namespace {

Election council(const std::string& body) {
  Election e;
  e.kind = ElectionKind::kCouncil;
  e.body = body;
  return e;
}

TEST(BallotColours, TheTierComesFromTheKindAndTheCouncilsPlace) {
  Election assembly;
  assembly.kind = ElectionKind::kNationalAssembly;
  assembly.body = "Quốc hội";
  EXPECT_EQ(ballot_tier(assembly), "national_assembly");
  EXPECT_EQ(ballot_tier(council("Hội đồng nhân dân tỉnh Hà Tĩnh")), "province");
  EXPECT_EQ(ballot_tier(council("Hội đồng nhân dân thành phố Hà Nội")), "province");
  EXPECT_EQ(ballot_tier(council("Hội đồng nhân dân thị xã Kỳ Anh")), "district");
  EXPECT_EQ(ballot_tier(council("Hội đồng nhân dân huyện Cẩm Xuyên")), "district");
  EXPECT_EQ(ballot_tier(council("Hội đồng nhân dân xã Kỳ Hoa")), "commune");
  EXPECT_EQ(ballot_tier(council("Hội đồng nhân dân phường Sông Trí")), "commune");
  EXPECT_EQ(ballot_tier(council("Hội đồng nhân dân đặc khu Phú Quốc")), "commune");
}

TEST(BallotColours, WhiteNeedsNoFrame) {
  EXPECT_EQ(colour_rgb("hồng"), 0xE7739Cu);
  EXPECT_EQ(colour_rgb("vàng"), 0xF0C419u);
  EXPECT_EQ(colour_rgb("trắng"), std::nullopt);
}

TEST(PlaceDate, ThePlaceIsTheNameWithoutItsKindUnlessItIsANumber) {
  EXPECT_EQ(place_name("xã Kỳ Hoa"), "Kỳ Hoa");
  EXPECT_EQ(place_name("tỉnh Hà Tĩnh"), "Hà Tĩnh");
  EXPECT_EQ(place_name("thành phố Hà Tĩnh"), "Hà Tĩnh");
  EXPECT_EQ(place_name("phường 5"), "Phường 5");
  EXPECT_EQ(place_name("Hà Tĩnh"), "Hà Tĩnh");
}

TEST(PlaceDate, ACommunesCommitteeSignsAtTheCommuneTheProvincesAtItsSeat) {
  ElectionDay day;
  day.committee = "Ủy ban bầu cử tỉnh Hà Tĩnh";
  day.place = "Hà Tĩnh";
  day.date = {2026, 3, 15};
  EXPECT_EQ(committee_place(day, council("Hội đồng nhân dân xã Kỳ Hoa")), "Kỳ Hoa");
  EXPECT_EQ(committee_place(day, council("Hội đồng nhân dân tỉnh Hà Tĩnh")), "Hà Tĩnh");
  EXPECT_EQ(blank_date_line("Kỳ Hoa", day), "Kỳ Hoa, ngày …… tháng …… năm 2026");
}

}  // namespace
}  // namespace delegates
