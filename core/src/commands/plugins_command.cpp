#include <fmt/format.h>
#include <toml++/toml.h>

#include <iostream>

#include "commands/builtin_commands.hpp"
#include "file_safety.hpp"
#include "plugin_runner.hpp"
#include "thuky/error.hpp"
#include "thuky/version.hpp"
#include "workspace.hpp"
#include "workspace_trust.hpp"

namespace thuky::host {
namespace {

void print_table(const std::vector<PluginRecord>& plugins) {
  std::size_t id_width = 2;
  for (const auto& p : plugins)
    id_width = std::max(id_width, p.manifest.id.size());
  std::cout << fmt::format("{:<{}}  {:<9}  {:<3}  {:<9}  {}\n", "ID", id_width, "VERSION", "SDK",
                           "STATE", "PATH");
  for (const auto& p : plugins) {
    const std::string sdk = p.manifest.sdk_version ? std::to_string(p.manifest.sdk_version) : "?";
    const std::string version = p.manifest.version.empty() ? "?" : p.manifest.version;
    std::cout << fmt::format("{:<{}}  {:<9}  {:<3}  {:<9}  {}\n", p.manifest.id, id_width, version,
                             sdk, to_string(p.state), p.manifest_file.parent_path().string());
    if (p.state == PluginState::kDisabled)
      std::cout << "    reason: " << p.reason << '\n';
    if (p.state == PluginState::kShadowed)
      std::cout << "    shadowed by: " << p.shadowed_by.string() << '\n';
    for (const auto& shadowed : p.shadows)
      std::cout << "    shadows: " << shadowed.string() << '\n';
  }
}

void print_json(const std::vector<PluginRecord>& plugins) {
  toml::array list;
  for (const auto& p : plugins) {
    toml::array commands;
    toml::array documents;
    for (const auto& doc : p.manifest.documents) {
      documents.push_back(toml::table{{"id", doc.id}, {"title", doc.title}});
    }
    for (const auto& c : p.manifest.commands)
      commands.push_back(c.name);
    toml::table row{{"id", p.manifest.id},
                    {"version", p.manifest.version},
                    {"sdk", p.manifest.sdk_version},
                    {"state", to_string(p.state)},
                    {"bundled", p.bundled},
                    {"manifest", p.manifest_file.string()},
                    {"library", p.manifest.library.string()},
                    {"commands", std::move(commands)},
                    {"documents", std::move(documents)}};
    if (p.state == PluginState::kDisabled)
      row.insert("reason", p.reason);
    if (p.state == PluginState::kShadowed)
      row.insert("shadowed_by", p.shadowed_by.string());
    toml::array shadows;
    for (const auto& shadowed : p.shadows)
      shadows.push_back(shadowed.string());
    row.insert("shadows", std::move(shadows));
    list.push_back(std::move(row));
  }
  std::cout << toml::json_formatter(toml::table{
                   {"sdk", kSdkVersion}, {"sdk_minor", kSdkMinorVersion}, {"plugins", list}})
            << '\n';
}

// The configuration file of workspace `dir`, or of the session's workspace.
std::filesystem::path workspace_config(HostSession& session,
                                       const std::optional<std::filesystem::path>& dir) {
  if (dir) {
    const auto file = std::filesystem::absolute(*dir) / kConfigFileName;
    std::error_code ec;
    if (!std::filesystem::is_regular_file(file, ec))
      throw UserError(fmt::format("'{}' is not a thuky workspace: it has no {}",
                                  std::filesystem::absolute(*dir).string(), kConfigFileName));
    return file;
  }
  if (!session.config_file())
    throw UserError(
        fmt::format("no thuky workspace here: no {} in '{}' or its parents; name "
                    "the workspace: 'thuky plugins trust DIR'",
                    kConfigFileName, std::filesystem::current_path().string()));
  return *session.config_file();
}

}  // namespace

int run_plugins_trust(HostSession& session, const std::optional<std::filesystem::path>& dir,
                      bool trusted) {
  const auto file = std::filesystem::canonical(workspace_config(session, dir));
  if (!trusted) {
    std::cout << (untrust(file) ? fmt::format("No longer trusting '{}': its plugins.paths are "
                                              "skipped.\n",
                                              file.string())
                                : fmt::format("'{}' was not trusted.\n", file.string()));
    return kExitOk;
  }
  // Trusting a file that others may change would trust them.
  for (const auto& path : {file, file.parent_path()}) {
    if (auto unsafe = unsafe_file(path))
      throw UserError(fmt::format("{}: refusing to trust it", *unsafe));
  }
  std::cout << (trust(file) ? fmt::format("Trusted '{}': thuky will load the plugins its "
                                          "plugins.paths lists.\n",
                                          file.string())
                            : fmt::format("'{}' was trusted already.\n", file.string()));
  return kExitOk;
}

int run_plugins(HostSession& session, bool check) {
  auto& registry = session.registry();
  // What the ELF files tell costs little and runs no plugin code: list it even without --check.
  for (PluginRecord& record : registry.plugins())
    registry.inspect(record);
  bool user_errors = false;
  if (check) {
    for (PluginRecord& record : registry.plugins()) {
      if (!record.usable())
        continue;
      try {
        if (auto context = activate_plugin(session, record))
          context->finish(true);
      } catch (const UserError& e) {
        session.log().warn(fmt::format("plugin '{}': {}", record.manifest.id, e.what()));
        user_errors = true;
      }
    }
  }
  if (session.options().json) {
    print_json(registry.plugins());
  } else {
    print_table(registry.plugins());
  }
  if (!check)
    return 0;
  if (user_errors)
    return 1;
  for (const auto& p : registry.plugins()) {
    if (p.state == PluginState::kDisabled)
      return 1;
  }
  return 0;
}

}  // namespace thuky::host
