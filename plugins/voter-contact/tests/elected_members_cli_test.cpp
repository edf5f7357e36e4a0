// A group's members taken from the delegates elected in official results (the delegates
// plugin's view delegates_elected_v1), through the real `thuky`: the sample election of Hà
// Tĩnh counted and locked, then the sample round with group 1 made of HĐND tỉnh unit 2's
// delegates.
#include <SQLiteCpp/Database.h>
#include <gtest/gtest.h>

#include <algorithm>

#include "support/pdf_tools.hpp"
#include "support/test_support.hpp"

namespace thuky::test {
namespace {

const std::filesystem::path kSamples = std::filesystem::path(THUKY_SOURCE_DIR) / "samples";
const std::filesystem::path kContact = kSamples / "voter-contact";
const std::filesystem::path kElection = kSamples / "election-ha-tinh";
const std::string kPlan = "ha-tinh-2026-ky-hop-3";
const std::string kMembers = "members = [\"tran-van-hai\", \"phan-thi-hoai\", \"vo-quang-minh\"]";
const std::string kFromElected =
    "members_from = { election = \"hdnd-tinh-2026\", units = [2] }\nmembers = [\"tran-van-hai\"]";

class ElectedMembers : public ::testing::Test {
 protected:
  void SetUp() override {
    ASSERT_EQ(thuky({"init"}).exit_code, 0);
    for (const auto& [what, file] : std::vector<std::pair<std::string, std::filesystem::path>>{
             {"areas", kContact / "areas.csv"},
             {"areas", kElection / "areas.csv"},
             {"people", kContact / "people.csv"},
             {"organisations", kContact / "organisations.csv"}}) {
      const RunResult r = thuky({what, "import", file.string()});
      ASSERT_EQ(r.exit_code, 0) << r.err;
    }
  }
  RunResult thuky(const std::vector<std::string>& args) {
    return run_thuky(args, dir_.path(), {{"THUKY_NOW", "2026-03-16T12:00"}});
  }
  // The sample election counted; its results locked when `lock`.
  void count_election(bool lock) {
    std::vector<std::vector<std::string>> steps = {
        {"election", "import", (kElection / "election.toml").string()},
        {"election", "candidates", "import", (kElection / "candidates-dbqh.csv").string(),
         "--election", "dbqh-2026"},
        {"election", "candidates", "import", (kElection / "candidates-hdnd-tinh.csv").string(),
         "--election", "hdnd-tinh-2026"},
        {"election", "candidates", "import", (kElection / "candidates-hdnd-xa.csv").string(),
         "--election", "hdnd-xa-ky-hoa-2026"},
        {"election", "tally", "import", (kElection / "tally.csv").string()}};
    if (lock)
      steps.push_back({"election", "results", "--lock"});
    for (const auto& args : steps) {
      const RunResult r = thuky(args);
      ASSERT_EQ(r.exit_code, 0) << r.err;
    }
  }
  // The sample plan with `from` replaced by `to`.
  std::string plan(const std::string& from, const std::string& to) {
    std::string text = read_file(kContact / "plan.toml");
    const auto at = text.find(from);
    EXPECT_NE(at, std::string::npos) << from;
    text.replace(at, from.size(), to);
    write_file(dir_ / "plan.toml", text);
    members_line_ = std::to_string(1 + std::count(text.begin(), text.begin() + at, '\n'));
    return (dir_ / "plan.toml").string();
  }
  // "FILE:LINE:" of the replaced text, as an error message starts.
  std::string where(const std::string& file) const { return file + ":" + members_line_ + ":"; }
  // The number `sql` counts, or the rows of a table.
  int count(const std::string& sql_or_table) {
    SQLite::Database db((dir_ / "thuky.db").string());
    const bool table = sql_or_table.find(' ') == std::string::npos;
    if (table &&
        db.execAndGet("SELECT count(*) FROM sqlite_master WHERE name = '" + sql_or_table + "'")
                .getInt() == 0)
      return 0;
    return db.execAndGet(table ? "SELECT count(*) FROM " + sql_or_table : sql_or_table).getInt();
  }
  TempDir dir_;
  std::string members_line_;
};

TEST_F(ElectedMembers, AGroupOfTheDelegatesElectedInUnitsOfALockedElection) {
  count_election(true);
  // Highest count first in each unit; the candidates' codes as their import gave them.
  const RunResult list = thuky({"contact", "elected", "--election", "hdnd-tinh-2026"});
  ASSERT_EQ(list.exit_code, 0) << list.err;
  EXPECT_EQ(list.out,
            "hdnd-tinh-2026\tHĐND tỉnh\t1\tnguyen-thi-hoa\tNguyễn Thị Hoa\n"
            "hdnd-tinh-2026\tHĐND tỉnh\t1\tho-xuan-hoa\tHồ Xuân Hòa\n"
            "hdnd-tinh-2026\tHĐND tỉnh\t1\tphan-van-hoan\tPhan Văn Hoan\n"
            "hdnd-tinh-2026\tHĐND tỉnh\t2\ttruong-cong-thanh\tTrương Công Thanh\n"
            "hdnd-tinh-2026\tHĐND tỉnh\t2\tbui-thi-thai\tBùi Thị Thái\n");

  const RunResult imported = thuky({"contact", "import", plan(kMembers, kFromElected)});
  ASSERT_EQ(imported.exit_code, 0) << imported.err;
  ASSERT_EQ(thuky({"contact", "schedule", kPlan}).exit_code, 0);
  const RunResult r = thuky({"contact", "render", kPlan, "--out", "out"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  const auto pdf = dir_ / "out" / "ha-tinh-2026-ky-hop-3-ke-hoach.pdf";
  const auto text = shell("pdftotext -raw " + quoted(pdf) + " -");
  EXPECT_EQ(text.err, "");
  std::string flat = text.out;
  for (char& c : flat)
    c = c == '\n' || c == '\f' ? ' ' : c;
  // Group 1: unit 2's delegates by votes, then the member written beside them; its former
  // members who are in no other group are gone from the plan.
  const std::string group = "Tổ đại biểu số 1: Trương Công Thanh, Bùi Thị Thái, Trần Văn Hải ";
  EXPECT_NE(flat.find(group), std::string::npos) << flat;
  EXPECT_EQ(flat.find("Phan Thị Hoài"), std::string::npos) << flat;
}

TEST_F(ElectedMembers, ResultsNotYetOfficialAreNamedWithTheKey) {
  count_election(false);
  const std::string file = plan(kMembers, kFromElected);
  const RunResult r = thuky({"contact", "import", file});
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_EQ(r.err, "error: " + where(file) +
                       "29: field 'groups[0].members_from.election': the election "
                       "'hdnd-tinh-2026' has no official results with delegates elected (no "
                       "election has any yet; 'thuky election results --lock' makes results "
                       "official)\n");
  EXPECT_EQ(count("voter_contact_plans"), 0);
}

TEST_F(ElectedMembers, AUnitWithoutElectedDelegatesIsNamed) {
  count_election(true);
  const std::string file = plan(kMembers,
                                "members_from = { election = \"hdnd-tinh-2026\", "
                                "units = [2, 3] }");
  const RunResult r = thuky({"contact", "import", file});
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_EQ(r.err, "error: " + where(file) +
                       "59: field 'groups[0].members_from.units': no delegate of "
                       "'hdnd-tinh-2026' was elected in unit 3\n");
  EXPECT_EQ(count("voter_contact_plans"), 0);
}

// Without the delegates plugin the view is absent: the plan file's key is named, and every
// other command of voter-contact works as before.
TEST_F(ElectedMembers, WithoutTheDelegatesPluginTheKeyIsNamed) {
  const auto config = dir_ / "thuky.toml";
  std::string text = read_file(config);
  const auto at = text.find("disabled = []");
  ASSERT_NE(at, std::string::npos);
  write_file(config, text.replace(at, 13, "disabled = [\"delegates\"]"));
  const std::string file = plan(kMembers, kFromElected);
  const RunResult r = thuky({"contact", "import", file});
  EXPECT_EQ(r.exit_code, 1);
  const std::string absent =
      "the elected delegates come from the 'delegates' plugin, which is not installed or is "
      "disabled (see 'thuky plugins')";
  EXPECT_EQ(r.err, "error: " + where(file) + "16: field 'groups[0].members_from': " + absent +
                       ": list the group's members instead\n");
  EXPECT_EQ(count("voter_contact_plans"), 0);
  const RunResult list = thuky({"contact", "elected"});
  EXPECT_EQ(list.exit_code, 1);
  EXPECT_EQ(list.err, "error: " + absent + "\n");
  EXPECT_EQ(thuky({"contact", "import", (kContact / "plan.toml").string()}).exit_code, 0);
}

// Installed but never used in this workspace: the host applied its migrations first (`uses`),
// so the view is there and empty — no election has official results yet.
TEST_F(ElectedMembers, TheDelegatesSchemaComesFirstWhenInstalled) {
  const RunResult list = thuky({"contact", "elected"});
  EXPECT_EQ(list.exit_code, 0) << list.err;
  EXPECT_EQ(list.out, "");
  EXPECT_EQ(list.err,
            "warning: no election has official results yet ('thuky election results --lock' "
            "makes them official)\n");
  // Every delegates migration, whatever their number: the elected view needs the sixth.
  EXPECT_GE(count("SELECT max(version) FROM schema_migrations WHERE component = 'delegates'"), 6);
  EXPECT_EQ(count("SELECT count(*) FROM sqlite_master WHERE name = 'delegates_elected_v1'"), 1);
}

}  // namespace
}  // namespace thuky::test
