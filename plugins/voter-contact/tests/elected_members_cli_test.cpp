// A group's members taken from the delegates elected in official results (the delegates
// plugin's view delegates_elected_v1), through the real `thuky`: the sample election of Hà
// Tĩnh counted and locked, then the sample round with group 1 made of HĐND tỉnh unit 2's
// delegates.
#include <SQLiteCpp/Database.h>
#include <gtest/gtest.h>

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
    return (dir_ / "plan.toml").string();
  }
  TempDir dir_;
};

TEST_F(ElectedMembers, AGroupOfTheDelegatesElectedInUnitsOfALockedElection) {
  count_election(true);
  const RunResult list = thuky({"contact", "elected", "--election", "hdnd-tinh-2026"});
  ASSERT_EQ(list.exit_code, 0) << list.err;
  EXPECT_EQ(list.out, "");

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
  EXPECT_EQ(flat, "");
}

TEST_F(ElectedMembers, ResultsNotYetOfficialAreNamedWithTheKey) {
  count_election(false);
  const std::string file = plan(kMembers, kFromElected);
  const RunResult r = thuky({"contact", "import", file});
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_EQ(r.err, "");
}

TEST_F(ElectedMembers, AUnitWithoutElectedDelegatesIsNamed) {
  count_election(true);
  const std::string file = plan(kMembers,
                                "members_from = { election = \"hdnd-tinh-2026\", "
                                "units = [2, 3] }");
  const RunResult r = thuky({"contact", "import", file});
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_EQ(r.err, "");
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
  EXPECT_EQ(r.err, "");
  const RunResult list = thuky({"contact", "elected"});
  EXPECT_EQ(list.exit_code, 1);
  EXPECT_EQ(list.err, "");
  EXPECT_EQ(thuky({"contact", "import", (kContact / "plan.toml").string()}).exit_code, 0);
}

// Installed but never used in this workspace: the host applied its migrations first (`uses`),
// so the view is there and empty — no election has official results yet.
TEST_F(ElectedMembers, TheDelegatesSchemaComesFirstWhenInstalled) {
  const RunResult list = thuky({"contact", "elected"});
  EXPECT_EQ(list.exit_code, 0) << list.err;
  EXPECT_EQ(list.out, "");
  EXPECT_EQ(list.err, "");
}

}  // namespace
}  // namespace thuky::test
