// Fixture: a plugin that offers data to another (consumer) through a documented view.
#include <SQLiteCpp/Statement.h>
#include <thuky/entry.hpp>

#include <iostream>

namespace {

class ProviderPlugin final : public thuky::Plugin {
 public:
  static constexpr const char* kId = "provider";
  static constexpr const char* kVersion = "1.4.0";

  std::vector<thuky::Migration> migrations() const override {
    return {{1, "things",
             "CREATE TABLE provider_things (name TEXT NOT NULL);"
             "INSERT INTO provider_things(name) VALUES ('first')"},
            {2, "view", "CREATE VIEW provider_things_v1 AS SELECT name FROM provider_things"}};
  }

  void add_commands(CLI::App& thuky, thuky::PluginContext& ctx) override {
    thuky.add_subcommand("provider", "Fixture command: print the number of things")
        ->callback([&ctx] {
          SQLite::Statement count(ctx.store().db(), "SELECT count(*) FROM provider_things");
          count.executeStep();
          std::cout << count.getColumn(0).getInt() << '\n';
        });
  }
};

}  // namespace

THUKY_PLUGIN(ProviderPlugin)
