// The minutes plugin: a meeting from invitation to signed minutes.
// Skeleton stage: its schema and `thuky meeting list`; import, attendance and documents are
// built on this in the minutes issue.
#include <SQLiteCpp/Statement.h>
#include <fmt/format.h>
#include <thuky/entry.hpp>

#include <iostream>

namespace {

class MinutesPlugin final : public thuky::Plugin {
 public:
  static constexpr const char* kId = "minutes";
  static constexpr const char* kVersion = "0.1.0";

  std::vector<thuky::Migration> migrations() const override {
    return {{1, "meetings", R"sql(
CREATE TABLE minutes_meetings (
  id         TEXT PRIMARY KEY,      -- the meeting file's `id`, e.g. 'ky-anh-2020-09-15'
  title      TEXT NOT NULL,
  number     TEXT,                  -- document number, e.g. '05'
  place      TEXT,
  starts_at  TEXT NOT NULL,         -- ISO date-time
  ends_at    TEXT
);
)sql"}};
  }

  void add_commands(CLI::App& thuky, thuky::PluginContext& ctx) override {
    CLI::App* meeting = thuky.add_subcommand("meeting", "Meetings from invitation to minutes");
    meeting->require_subcommand(1);
    meeting->add_subcommand("list", "List the meetings in the store, newest first")
        ->callback([&ctx] { list(ctx); });
  }

 private:
  static void list(thuky::PluginContext& ctx) {
    SQLite::Statement query(ctx.store().db(),
                            "SELECT id, starts_at, title FROM minutes_meetings "
                            "ORDER BY starts_at DESC, id");
    int count = 0;
    while (query.executeStep()) {
      std::cout << fmt::format("{}  {}  {}\n", query.getColumn(0).getString(),
                               query.getColumn(1).getString(), query.getColumn(2).getString());
      ++count;
    }
    if (count == 0)
      ctx.log().warn("no meetings in the store yet");
  }
};

}  // namespace

THUKY_PLUGIN(MinutesPlugin)
