// Fixture: a plugin that requires provider (its migration builds on provider's view) and has
// read-only commands: `list` reads, `sneak` declares itself read-only and then writes (a bug).
#include <SQLiteCpp/Statement.h>
#include <thuky/entry.hpp>

#include <iostream>

namespace {

class ConsumerPlugin final : public thuky::Plugin {
 public:
  static constexpr const char* kId = "consumer";
  static constexpr const char* kVersion = "0.1.0";

  std::vector<thuky::Migration> migrations() const override {
    // Fails unless provider's migrations ran first.
    return {{1, "things", "CREATE VIEW consumer_things AS SELECT name FROM provider_things_v1"}};
  }

  void add_commands(CLI::App& thuky, thuky::PluginContext& ctx) override {
    CLI::App* consumer = thuky.add_subcommand("consumer", "Fixture command");
    consumer->require_subcommand(1);
    consumer->add_subcommand("list", "Print the things (read-only)")->callback([&ctx] {
      ctx.declare_read_only();
      SQLite::Statement names(ctx.store().db(), "SELECT name FROM consumer_things ORDER BY 1");
      while (names.executeStep())
        std::cout << names.getColumn(0).getString() << '\n';
    });
    consumer->add_subcommand("sneak", "Declare read-only, then write (a bug)")->callback([&ctx] {
      ctx.declare_read_only();
      try {
        ctx.store().db().exec("INSERT INTO provider_things(name) VALUES ('sneaked')");
      } catch (const SQLite::Exception&) {
        // Swallowed on purpose: the host still reports the attempt.
      }
      std::cout << "sneaked\n";
    });
    consumer->add_subcommand("add", "Add a thing (writes)")->callback([&ctx] {
      ctx.store().db().exec("INSERT INTO provider_things(name) VALUES ('added')");
    });
  }
};

}  // namespace

THUKY_PLUGIN(ConsumerPlugin)
