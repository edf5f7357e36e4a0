// Fixture: a library whose ABI stamp and entry name SDK FIXTURE_MAJOR.FIXTURE_MINOR, as a plugin
// built against another thuky would. It writes both by hand instead of THUKY_PLUGIN to fake
// that; without FIXTURE_MAJOR it has an entry but no stamp at all (built before SDK 2).
#include <thuky/entry.hpp>

#include "load_marker.hpp"

namespace {

class StampedPlugin final : public thuky::Plugin {
 public:
  static constexpr const char* kId = FIXTURE_ID;
  static constexpr const char* kVersion = "0.9.0";
  void add_commands(CLI::App& thuky, thuky::PluginContext&) override {
    thuky.add_subcommand(FIXTURE_ID, "Fixture command");
  }
};

#ifdef FIXTURE_MAJOR
thuky::abi::Entry make_entry() {
  thuky::abi::Entry entry = thuky::abi::make_entry<StampedPlugin>();
  entry.sdk_major = FIXTURE_MAJOR;
  entry.sdk_minor = FIXTURE_MINOR;
  return entry;
}
const thuky::abi::Entry thuky_plugin_entry_ = make_entry();
#else
const thuky::abi::Entry thuky_plugin_entry_ = thuky::abi::make_entry<StampedPlugin>();
#endif

}  // namespace

#ifdef FIXTURE_MAJOR
THUKY_ABI_STAMP(FIXTURE_MAJOR, FIXTURE_MINOR)
#endif
BOOST_DLL_ALIAS(thuky_plugin_entry_, thuky_plugin_entry)
