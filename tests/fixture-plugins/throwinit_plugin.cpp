// Fixture: a plugin whose init throws.
#include <thuky/entry.hpp>

namespace {

class ThrowInitPlugin final : public thuky::Plugin {
 public:
  static constexpr const char* kId = "throwinit";
  static constexpr const char* kVersion = "1.0.0";
  void init(thuky::PluginContext&) override {
    throw std::runtime_error("cannot reach the fixture's service");
  }
  void add_commands(CLI::App& thuky, thuky::PluginContext&) override {
    thuky.add_subcommand("throwinit", "Fixture command");
  }
};

}  // namespace

THUKY_PLUGIN(ThrowInitPlugin)
