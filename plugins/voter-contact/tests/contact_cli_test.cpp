// The voter-contact plugin end to end: the Hà Tĩnh sample round through the real `thuky`.
#include <SQLiteCpp/Database.h>
#include <gtest/gtest.h>

#include "support/pdf_tools.hpp"
#include "support/test_support.hpp"

namespace thuky::test {
namespace {

const std::filesystem::path kSample =
    std::filesystem::path(THUKY_SOURCE_DIR) / "samples" / "voter-contact";
const std::string kPlan = "ha-tinh-2026-ky-hop-3";

class Contact : public ::testing::Test {
 protected:
  void SetUp() override {
    ASSERT_EQ(thuky({"init"}).exit_code, 0);
    const RunResult people = thuky({"people", "import", (kSample / "people.csv").string()});
    ASSERT_EQ(people.exit_code, 0) << people.err;
  }
  RunResult thuky(const std::vector<std::string>& args) { return run_thuky(args, dir_.path()); }
  void import_sample() {
    const RunResult r = thuky({"contact", "import", (kSample / "plan.toml").string()});
    ASSERT_EQ(r.exit_code, 0) << r.err;
  }
  void schedule_sample() {
    import_sample();
    const RunResult r = thuky({"contact", "schedule", kPlan});
    ASSERT_EQ(r.exit_code, 0) << r.err;
  }
  int count(const std::string& table) {
    SQLite::Database db((dir_ / "thuky.db").string());
    return db.execAndGet("SELECT count(*) FROM " + table).getInt();
  }
  std::string list() {
    const RunResult r = thuky({"contact", "list", kPlan});
    EXPECT_EQ(r.exit_code, 0) << r.err;
    return r.out;
  }
  // The sample plan with `from` replaced by `to` (each must occur once).
  std::filesystem::path variant(const std::vector<std::pair<std::string, std::string>>& edits) {
    std::string text = read_file(kSample / "plan.toml");
    for (const auto& [from, to] : edits) {
      const auto at = text.find(from);
      EXPECT_NE(at, std::string::npos) << from;
      text.replace(at, from.size(), to);
    }
    write_file(dir_ / "variant.toml", text);
    return dir_ / "variant.toml";
  }
  TempDir dir_;
};

const std::string kScheduled = "SCHEDULE-PLACEHOLDER";

TEST_F(Contact, ImportIsAnUpsertById) {
  RunResult r = thuky({"contact", "import", (kSample / "plan.toml").string()});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out,
            "Imported plan 'ha-tinh-2026-ky-hop-3' (7 localities, 3 groups, 7 sessions to "
            "schedule).\n");
  EXPECT_EQ(r.err, "");
  r = thuky({"contact", "import", (kSample / "plan.toml").string()});
  EXPECT_EQ(r.out,
            "Updated plan 'ha-tinh-2026-ky-hop-3' (7 localities, 3 groups, 7 sessions to "
            "schedule).\n");
  EXPECT_EQ(count("voter_contact_plans"), 1);
  EXPECT_EQ(count("voter_contact_visits"), 7);
  EXPECT_EQ(count("voter_contact_members"), 9);
  EXPECT_EQ(count("voter_contact_venues"), 8);
  // A group dropped from the file goes, with its sessions; the rest stays.
  const auto path = variant({{"localities = [\"phuong-thanh-sen\", \"phuong-tran-phu\"]",
                              "localities = [\"phuong-thanh-sen\"]"}});
  r = thuky({"contact", "import", path.string()});
  EXPECT_EQ(r.out,
            "Updated plan 'ha-tinh-2026-ky-hop-3' (7 localities, 3 groups, 6 sessions to "
            "schedule).\n");
  EXPECT_EQ(count("voter_contact_visits"), 6);
}

TEST_F(Contact, UnknownKeysAreWarnedWithTheirLine) {
  const auto path = variant({{"voters = 180\n", "voters = 180\nvenu = \"x\"\n"},
                             {"weekends = false\n", "weekends = false\nwindw = 1\n"}});
  const RunResult r = thuky({"contact", "import", path.string()});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.err, "warning: " + path.string() + ":11:1: unknown key 'windw' ignored\n" +
                       "warning: " + path.string() +
                       ":49:1: unknown key 'localities[0].venu' "
                       "ignored\n");
}

TEST_F(Contact, BadPlanFilesAreRefusedAndChangeNothing) {
  import_sample();
  const std::string file = (dir_ / "variant.toml").string();
  struct Case {
    std::string from, to, error;
  };
  const std::vector<Case> cases = {
      {"\"hoang-van-son\"", "\"hoang-van-x\"",
       file + ":154:45: field 'groups[1].members': unknown person 'hoang-van-x': not in the "
              "people directory (import it with 'thuky people import')"},
      {"localities = [\"xa-cam-xuyen\"", "localities = [\"xa-cam-xuyenn\"",
       file + ":155:15: field 'groups[1].localities': unknown locality 'xa-cam-xuyenn'"},
      {"window = { from = 2026-11-23, to = 2026-12-04 }",
       "window = { from = 2026-11-23, to = 2026-12-10 }",
       file + ":9:36: field 'window.to': a round before the session must end before the "
              "session starts"},
      {"starts = \"14:00\"", "starts = \"14h00\"",
       file + ":34:10: field 'slots[1].starts': expected a time like \"07:30\""},
      {"capacity = 200\n", "capacity = -5\n",
       file + ":93:12: field 'venues[0].capacity': expected a whole number, 0 or more"},
  };
  for (const auto& c : cases) {
    const auto path = variant({{c.from, c.to}});
    const RunResult r = thuky({"contact", "import", path.string()});
    EXPECT_EQ(r.exit_code, 1) << c.error;
    EXPECT_EQ(r.err, "error: " + c.error + "\n");
  }
  EXPECT_EQ(count("voter_contact_visits"), 7);
  SQLite::Database db((dir_ / "thuky.db").string());
  EXPECT_EQ(db.execAndGet("SELECT window_to FROM voter_contact_plans").getString(), "2026-12-04");
}

}  // namespace
}  // namespace thuky::test
