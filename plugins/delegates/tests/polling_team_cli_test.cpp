// The polling team of a polling area (polling_team.hpp): named in the election file, printed by
// role in its tally minutes and under the leader's and secretary's signatures.
#include "election_fixture.hpp"

namespace thuky::test {
namespace {

// The sample's team of KV01 as its file writes it.
const std::string kTeam =
    "team = { leader = \"Ông Hoàng Văn Thịnh\", secretary = \"Bà Nguyễn Thị Huyền\", members = [\n"
    "  \"Ông Lê Văn Tám\", \"Bà Phạm Thị Liên\", \"Ông Võ Đình Sơn\",\n] }";

class PollingTeam : public Election {
 protected:
  void SetUp() override {
    Election::SetUp();
    import_day();
    import_candidates();
    const RunResult r = thuky({"election", "tally", "import", sample("tally.csv")});
    ASSERT_EQ(r.exit_code, 0) << r.err;
  }
  // The flat text of KV01's tally minutes for the National Assembly.
  std::string kv01_minutes() {
    const RunResult r = thuky({"election", "render", "--doc", "tally", "--area", "KV01",
                               "--election", "dbqh-2026", "--out", "pdf"});
    EXPECT_EQ(r.exit_code, 0) << r.err;
    return flat(text_of("ha-tinh-2026-KV01-dbqh-2026-bien-ban-kiem-phieu.pdf"));
  }
  // "error: FILE:LINE:COLUMN: field 'polling_areas[0].team…': …" of an import of the sample
  // with the team written `team`, and the store left as it was.
  RunResult import_with_team(const std::string& team) {
    return thuky({"election", "import", variant("election.toml", kTeam, team)});
  }
};

TEST_F(PollingTeam, TallyMinutesNameTheTeamByRoleAndUnderItsSignatures) {
  const std::string text = kv01_minutes();
  const std::string members =
      "gồm có: 1. Ông Hoàng Văn Thịnh, Tổ trưởng; 2. Bà Nguyễn Thị Huyền, Thư ký; 3. Ông Lê Văn "
      "Tám, Ủy viên; 4. Bà Phạm Thị Liên, Ủy viên; 5. Ông Võ Đình Sơn, Ủy viên; sau khi kết thúc";
  EXPECT_NE(text.find(members), std::string::npos) << text;
  const std::string signatures =
      "THƯ KÝ (Ký, ghi rõ họ tên) Nguyễn Thị Huyền TM. TỔ BẦU CỬ TỔ TRƯỞNG (Ký, ghi rõ họ tên, "
      "đóng dấu) Hoàng Văn Thịnh";
  EXPECT_NE(text.find(signatures), std::string::npos) << text;
  // The witnesses are chosen in the room: their lines stay blank.
  const std::string witnesses =
      "cử tri không phải là người ứng cử: 1. Ông (bà) …………………; 2. Ông (bà) ………………….";
  EXPECT_NE(text.find(witnesses), std::string::npos) << text;
}

TEST_F(PollingTeam, AFileWithoutTheTeamBringsBackTheBlanks) {
  ASSERT_NE(kv01_minutes().find("Hoàng Văn Thịnh"), std::string::npos);
  const RunResult r = import_with_team("");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  const std::string text = kv01_minutes();
  EXPECT_EQ(text.find("Hoàng Văn Thịnh"), std::string::npos) << text;
  const std::string blanks = "gồm có: 1. Ông (bà) …………………, Tổ trưởng; 2. Ông (bà) …………………, Thư ký;";
  EXPECT_NE(text.find(blanks), std::string::npos) << text;
}

TEST_F(PollingTeam, ABadTeamIsRefusedWithItsLineAndChangesNothing) {
  const std::string file = (dir_ / "election.toml").string();
  const std::vector<std::pair<std::string, std::string>> cases = {
      {"team = { leader = \"Hoàng Văn Thịnh\", secretary = \"Bà Nguyễn Thị Huyền\" }",
       ":49:19: field 'polling_areas[0].team.leader': write 'Ông' or 'Bà' before the name, as "
       "the minutes print it (e.g. 'Ông Hoàng Văn Thịnh')"},
      {"team = { secretary = \"Bà Nguyễn Thị Huyền\" }",
       ":49:8: field 'polling_areas[0].team.leader': required key 'polling_areas[0].team.leader' "
       "is missing"},
      {"team = { leader = \"Ông Hoàng Văn Thịnh\", secretary = \"Bà Nguyễn Thị Huyền\", members "
       "= [\"Ông Lê Văn Tám\", \"Ông Hoàng Văn Thịnh\"] }",
       ":49:106: field 'polling_areas[0].team.members': Hoàng Văn Thịnh is in the team twice"},
  };
  for (const auto& [team, message] : cases) {
    const RunResult r = import_with_team(team);
    EXPECT_EQ(r.exit_code, 1) << team;
    EXPECT_EQ(r.err, "error: " + file + message + "\n");
  }
  // The store still has the team of the first import.
  EXPECT_NE(kv01_minutes().find("Hoàng Văn Thịnh, Tổ trưởng"), std::string::npos);
}

}  // namespace
}  // namespace thuky::test
