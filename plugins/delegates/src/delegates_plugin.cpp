// The delegates plugin: elections — units, candidates, ballots, voter lists, tally.
// Skeleton stage: its schema and `thuky election list`; the rest is built on this in the
// delegates issue.
#include <SQLiteCpp/Statement.h>
#include <fmt/format.h>
#include <thuky/entry.hpp>

#include <iostream>

namespace {

class DelegatesPlugin final : public thuky::Plugin {
 public:
  static constexpr const char* kId = "delegates";
  static constexpr const char* kVersion = "0.1.0";

  std::vector<thuky::Migration> migrations() const override {
    return {{1, "elections", R"sql(
CREATE TABLE delegates_elections (
  id            TEXT PRIMARY KEY,   -- e.g. 'hdnd-ha-tinh-2026'
  body          TEXT NOT NULL,      -- e.g. 'Hội đồng nhân dân tỉnh Hà Tĩnh'
  term          TEXT NOT NULL,      -- e.g. 'khóa XIX, nhiệm kỳ 2026–2031'
  election_day  TEXT NOT NULL       -- ISO date
);
)sql"}};
  }

  void add_commands(CLI::App& thuky, thuky::PluginContext& ctx) override {
    CLI::App* election = thuky.add_subcommand("election", "Elections of delegates");
    election->require_subcommand(1);
    election->add_subcommand("list", "List the elections in the store, newest first")
        ->callback([&ctx] { list(ctx); });
  }

 private:
  static void list(thuky::PluginContext& ctx) {
    SQLite::Statement query(ctx.store().db(),
                            "SELECT id, election_day, body, term FROM delegates_elections "
                            "ORDER BY election_day DESC, id");
    int count = 0;
    while (query.executeStep()) {
      std::cout << fmt::format("{}  {}  {} {}\n", query.getColumn(0).getString(),
                               query.getColumn(1).getString(), query.getColumn(2).getString(),
                               query.getColumn(3).getString());
      ++count;
    }
    if (count == 0)
      ctx.log().warn("no elections in the store yet");
  }
};

}  // namespace

THUKY_PLUGIN(DelegatesPlugin)
