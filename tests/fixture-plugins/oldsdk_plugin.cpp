// Fixture: a library whose compiled-in entry names SDK 99 (as a plugin built against another
// thuky would). It writes its entry by hand instead of THUKY_PLUGIN to fake that.
#include <thuky/entry.hpp>

namespace {

class OldSdkPlugin final : public thuky::Plugin {
 public:
  static constexpr const char* kId = "oldsdk";
  static constexpr const char* kVersion = "0.9.0";
  void add_commands(CLI::App& thuky, thuky::PluginContext&) override {
    thuky.add_subcommand("oldsdk", "Fixture command");
  }
};

thuky::abi::Entry make_old_entry() {
  thuky::abi::Entry entry = thuky::abi::make_entry<OldSdkPlugin>();
  entry.sdk_version = 99;
  return entry;
}
const thuky::abi::Entry thuky_plugin_entry_ = make_old_entry();

}  // namespace

BOOST_DLL_ALIAS(thuky_plugin_entry_, thuky_plugin_entry)
