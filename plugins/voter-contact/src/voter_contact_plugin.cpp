// The voter-contact plugin: delegates meeting voters (tiếp xúc cử tri) and the report of what
// voters said. Skeleton stage: its schema and `thuky contact list`; the rest is built on this
// in the voter-contact issue.
#include <SQLiteCpp/Statement.h>
#include <fmt/format.h>
#include <thuky/entry.hpp>

#include <iostream>

namespace {

class VoterContactPlugin final : public thuky::Plugin {
 public:
  static constexpr const char* kId = "voter-contact";
  static constexpr const char* kVersion = "0.1.0";

  std::vector<thuky::Migration> migrations() const override {
    return {{1, "sessions", R"sql(
CREATE TABLE voter_contact_sessions (
  id         INTEGER PRIMARY KEY,
  starts_at  TEXT NOT NULL,         -- ISO date-time
  venue      TEXT NOT NULL,
  area_id    INTEGER REFERENCES areas(id)
);
)sql"}};
  }

  void add_commands(CLI::App& thuky, thuky::PluginContext& ctx) override {
    CLI::App* contact = thuky.add_subcommand("contact", "Delegates meeting voters");
    contact->require_subcommand(1);
    contact->add_subcommand("list", "List the voter contact sessions, newest first")
        ->callback([&ctx] { list(ctx); });
  }

 private:
  static void list(thuky::PluginContext& ctx) {
    SQLite::Statement query(ctx.store().db(),
                            "SELECT starts_at, venue FROM voter_contact_sessions "
                            "ORDER BY starts_at DESC, id");
    int count = 0;
    while (query.executeStep()) {
      std::cout << fmt::format("{}  {}\n", query.getColumn(0).getString(),
                               query.getColumn(1).getString());
      ++count;
    }
    if (count == 0)
      ctx.log().warn("no voter contact sessions in the store yet");
  }
};

}  // namespace

THUKY_PLUGIN(VoterContactPlugin)
