// Fixture: a plugin whose init reports a mistake the user can fix (as a plugin with a bad
// setting in thuky.toml would) unless THUKY_TEST_SETTING_FIXED is set.
#include <thuky/entry.hpp>

#include <cstdlib>
#include <iostream>

namespace {

class UserErrorPlugin final : public thuky::Plugin {
 public:
  static constexpr const char* kId = "usererror";
  static constexpr const char* kVersion = "1.0.0";
  void init(thuky::PluginContext&) override {
    if (!std::getenv("THUKY_TEST_SETTING_FIXED"))
      throw thuky::UserError("[plugins.usererror] needs 'greeting'");
  }
  void add_commands(CLI::App& thuky, thuky::PluginContext&) override {
    thuky.add_subcommand("usererror", "Fixture command")->callback([] {
      std::cout << "usererror ran\n";
    });
  }
};

}  // namespace

THUKY_PLUGIN(UserErrorPlugin)
