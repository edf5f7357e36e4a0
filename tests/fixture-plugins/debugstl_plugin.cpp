// Fixture: a correct plugin, compiled with -D_GLIBCXX_DEBUG (see CMakeLists.txt), so the
// std::vector and std::string it would exchange with the host have another layout.
#include <thuky/entry.hpp>

#include "load_marker.hpp"

namespace {

class DebugStlPlugin final : public thuky::Plugin {
 public:
  static constexpr const char* kId = "debugstl";
  static constexpr const char* kVersion = "1.0.0";
  void add_commands(CLI::App& thuky, thuky::PluginContext&) override {
    thuky.add_subcommand("debugstl", "Fixture command");
  }
};

}  // namespace

THUKY_PLUGIN(DebugStlPlugin)
