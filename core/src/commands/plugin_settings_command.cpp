// `thuky plugins --config ID`: the settings a plugin declares in its manifest, with their
// defaults and the values in force, read without loading the plugin.
#include <fmt/format.h>
#include <toml++/toml.h>

#include <iostream>

#include "commands/builtin_commands.hpp"
#include "thuky/error.hpp"

namespace thuky::host {

int run_plugin_settings(HostSession& session, const std::string& id) {
  const PluginRecord* record = nullptr;
  for (const auto& r : session.registry().plugins()) {
    if (r.manifest.id == id && (!record || (r.usable() && !record->usable())))
      record = &r;
  }
  if (!record)
    throw UserError(fmt::format("no plugin '{}'; 'thuky plugins' lists them", id));
  const Manifest& m = record->manifest;
  if (!m.config) {
    std::cout << fmt::format("Plugin '{}' declares no settings in its manifest ({}).\n", id,
                             m.file.string());
    return kExitOk;
  }
  const toml::table& values = session.plugin_config(m);
  if (session.options().json) {
    toml::array keys;
    for (const auto& key : m.config->keys) {
      toml::table row{{"key", key.name}, {"type", to_string(key.type)}, {"help", key.help}};
      row.insert("default", *m.config->defaults.at_path(key.name).node());
      row.insert("value", *values.at_path(key.name).node());
      if (!key.choices.empty()) {
        toml::array choices;
        for (const auto& c : key.choices)
          choices.push_back(c);
        row.insert("choices", std::move(choices));
      }
      keys.push_back(std::move(row));
    }
    std::cout << toml::json_formatter(toml::table{{"plugin", id}, {"settings", keys}}) << '\n';
    return kExitOk;
  }
  std::cout << fmt::format("[plugins.{}] settings, from {}:\n", id, m.file.string());
  std::string group;  // of the key printed last
  for (const auto& key : m.config->keys) {
    // A group's line before its first key: "targets.*" and its help.
    const std::string key_group = key.name.substr(0, key.name.rfind('.') + 1);
    if (!key_group.empty() && key_group != group) {
      const ConfigGroup* g = m.config->find_group(key_group.substr(0, key_group.size() - 1));
      if (g && !g->help.empty())
        std::cout << fmt::format("\n{}*\n    {}\n", key_group, g->help);
    }
    group = key_group;
    std::cout << fmt::format("\n{} ({})\n    {}\n    default: {}\n", key.name, to_string(key.type),
                             key.help, default_text(*m.config, key));
    if (!key.choices.empty()) {
      std::string choices;
      for (const auto& c : key.choices)
        choices += (choices.empty() ? "" : ", ") + c;
      std::cout << "    one of: " << choices << '\n';
    }
    const std::string value = value_text(*values.at_path(key.name).node());
    if (value != default_text(*m.config, key))
      std::cout << "    set to: " << value << '\n';
  }
  return kExitOk;
}

}  // namespace thuky::host
