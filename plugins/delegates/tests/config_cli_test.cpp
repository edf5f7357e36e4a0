// [plugins.delegates] declared in the manifest: shown by `thuky plugins --config delegates`,
// checked by the host with the real file, line and column (thuky.toml or --config FILE).
#include "election_fixture.hpp"

namespace thuky::test {
namespace {

TEST_F(Election, PluginsConfigShowsTheLawsDefaultsWithHelp) {
  const RunResult r = thuky({"plugins", "--config", "delegates"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  for (const std::string line :
       {"\ncandidate_min_age (integer)\n    Age a candidate has reached on election day at "
        "least\n    default: 21\n",
        "\nvoters_per_polling_area (integer-list)\n    Voters of one polling area: [least, "
        "most]\n    default: [ 300, 4000 ]\n",
        "\nsurplus.*\n    Extra candidates a unit's list needs beyond its seats: item i for i "
        "seats, the last for any more\n\nsurplus.national_assembly (integer-list)\n",
        "\nsurplus.council (integer-list)\n    For People's Councils, by seats 1, 2, 3, 4 or "
        "more\n    default: [ 1, 1, 2, 3 ]\n",
        "\ntargets.women (float)\n    Women\n    default: 35\n",
        "\ntargets.self_nominated (float)\n    Self-nominated candidates\n    default: 0\n"}) {
    EXPECT_NE(r.out.find(line), std::string::npos) << line << "\n---\n" << r.out;
  }
  configure("targets.women = 40");
  const RunResult set = thuky({"plugins", "--config", "delegates"});
  const std::string expected =
      "\ntargets.women (float)\n    Women\n    default: 35\n    set to: 40\n";
  EXPECT_NE(set.out.find(expected), std::string::npos) << set.out;
}

TEST_F(Election, AWrongNestedValueNamesTheConfigFileLineAndColumn) {
  import_day();
  const std::string other = (dir_ / "other.toml").string();
  write_file(other, read_file(dir_ / "thuky.toml") +
                        "\n[plugins.delegates]\nsurplus.council = [1, 1, -2]\n");
  const RunResult r = thuky({"--config", other, "election", "candidates", "import",
                             sample("candidates-dbqh.csv"), "--election", "dbqh-2026"});
  EXPECT_EQ(r.exit_code, 1);
  const std::string text = read_file(other);
  const int line = static_cast<int>(std::count(text.begin(), text.end(), '\n'));  // the last
  const std::string expected = "error: " + other + ":" + std::to_string(line) +
                               ":26: field 'plugins.delegates.surplus.council': expected a "
                               "number from 0 to 100\n";
  EXPECT_EQ(r.err, expected);
  EXPECT_EQ(rows("delegates_candidates"), 0);
}

TEST_F(Election, ARangeWhoseLeastIsAboveItsMostIsRefusedAtItsPlace) {
  import_day();
  configure("voters_per_polling_area = [5000, 4000]");
  const std::string config = read_file(dir_ / "thuky.toml");
  const int line = static_cast<int>(std::count(config.begin(), config.end(), '\n'));
  const RunResult r = thuky({"election", "voters", "import", sample("voters.csv")});
  EXPECT_EQ(r.exit_code, 1);
  const std::string expected = "error: " + (dir_ / "thuky.toml").string() + ":" +
                               std::to_string(line) +
                               ":27: field 'plugins.delegates.voters_per_polling_area': the least "
                               "is more than the most\n";
  EXPECT_EQ(r.err, expected);
  EXPECT_EQ(rows("delegates_voters"), 0);
}

}  // namespace
}  // namespace thuky::test
