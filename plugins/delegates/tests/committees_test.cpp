// Which committee heads an election board's papers: the province's for the National Assembly
// and the provincial council, the commune's own for a commune council (since 1/7/2025).
#include <gtest/gtest.h>

#include "committees.hpp"

namespace delegates {
namespace {

ElectionDay day() {
  ElectionDay d;
  d.committee = "Ủy ban bầu cử tỉnh Hà Tĩnh";
  return d;
}

Election election(ElectionKind kind, const std::string& body) {
  Election e;
  e.kind = kind;
  e.body = body;
  return e;
}

TEST(OrganisingCommittee, TheProvinceForTheNationalAssemblyAndItsOwnCouncil) {
  EXPECT_EQ(organising_committee(day(), election(ElectionKind::kNationalAssembly, "Quốc hội")),
            "Ủy ban bầu cử tỉnh Hà Tĩnh");
  EXPECT_EQ(organising_committee(
                day(), election(ElectionKind::kCouncil, "Hội đồng nhân dân tỉnh Hà Tĩnh")),
            "Ủy ban bầu cử tỉnh Hà Tĩnh");
}

TEST(OrganisingCommittee, ACommuneWardOrSpecialZoneForItsCouncil) {
  EXPECT_EQ(
      organising_committee(day(), election(ElectionKind::kCouncil, "Hội đồng nhân dân xã Kỳ Hoa")),
      "Ủy ban bầu cử xã Kỳ Hoa");
  EXPECT_EQ(organising_committee(
                day(), election(ElectionKind::kCouncil, "Hội đồng nhân dân phường Sông Trí")),
            "Ủy ban bầu cử phường Sông Trí");
  EXPECT_EQ(organising_committee(
                day(), election(ElectionKind::kCouncil, "Hội đồng nhân dân đặc khu Phú Quốc")),
            "Ủy ban bầu cử đặc khu Phú Quốc");
}

}  // namespace
}  // namespace delegates
