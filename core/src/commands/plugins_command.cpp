#include <fmt/format.h>
#include <toml++/toml.h>

#include <iostream>

#include "commands/builtin_commands.hpp"
#include "plugin_runner.hpp"
#include "thuky/version.hpp"

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
    list.push_back(std::move(row));
  }
  std::cout << toml::json_formatter(toml::table{{"sdk", kSdkVersion}, {"plugins", list}}) << '\n';
}

}  // namespace

int run_plugins(HostSession& session, bool check) {
  auto& registry = session.registry();
  if (check) {
    for (PluginRecord& record : registry.plugins()) {
      if (record.state == PluginState::kDisabled)
        continue;
      if (auto context = activate_plugin(session, record))
        context->finish(true);
    }
  }
  if (session.options().json) {
    print_json(registry.plugins());
  } else {
    print_table(registry.plugins());
  }
  if (!check)
    return 0;
  for (const auto& p : registry.plugins()) {
    if (p.state == PluginState::kDisabled)
      return 1;
  }
  return 0;
}

}  // namespace thuky::host
