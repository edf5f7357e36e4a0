// The page the host makes for a plugin from what its manifest declares (/p/<id>/ of a plugin
// without pages of its own, web/pages/plugin.html): what it is, its commands and settings
// (GET /api/plugins/<id>/info), and the records of its list commands
// (GET /api/plugins/<id>/lists/<command>?offset=&limit=). Any logged-in role may read them.
#include <fmt/format.h>

#include <algorithm>

#include "list_command.hpp"
#include "web_app.hpp"

namespace thuky::web {

namespace {

host::PluginRecord* usable_plugin(WebApp& app, const std::string& id) {
  host::PluginRecord* record = app.host().registry().find(id);
  return record && record->usable() ? record : nullptr;
}

void no_plugin(httplib::Response& res, const std::string& id) {
  send_error(res, 404, fmt::format("no plugin '{}' in use", id));
}

// A setting as JSON: strings, numbers, booleans and lists as themselves, a date as thuky.toml
// writes it.
nlohmann::json setting_value(const toml::node& node) {
  if (const auto text = node.value_exact<std::string>())
    return *text;
  if (const auto flag = node.value_exact<bool>())
    return *flag;
  if (const auto whole = node.value_exact<std::int64_t>())
    return *whole;
  if (const auto number = node.value_exact<double>())
    return *number;
  if (const toml::array* list = node.as_array()) {
    nlohmann::json items = nlohmann::json::array();
    for (const toml::node& item : *list)
      items.push_back(setting_value(item));
    return items;
  }
  return host::value_text(node);
}

nlohmann::json plugin_info(WebApp& app, host::PluginRecord& record) {
  const host::Manifest& m = record.manifest;
  nlohmann::json commands = nlohmann::json::array();
  for (const auto& c : m.commands)
    commands.push_back({{"name", c.name}, {"summary", c.summary}, {"list", c.list}});
  nlohmann::json documents = nlohmann::json::array();
  for (const auto& d : m.documents)
    documents.push_back({{"id", d.id}, {"title", d.title}});
  nlohmann::json settings = nlohmann::json::array();
  if (m.config) {
    const toml::table& values = app.host().plugin_config(m);  // checked, defaults filled in
    for (const auto& key : m.config->keys) {
      nlohmann::json row = {
          {"key", key.name},
          {"type", host::to_string(key.type)},
          {"help", key.help},
          {"default", setting_value(*m.config->defaults.at_path(key.name).node())},
          {"value", setting_value(*values.at_path(key.name).node())}};
      if (!key.choices.empty())
        row["choices"] = key.choices;
      settings.push_back(std::move(row));
    }
  }
  return {{"id", m.id},
          {"name", m.name},
          {"version", m.version},
          {"summary", m.summary},
          {"section", "plugins." + m.id},
          {"commands", commands},
          {"settings", settings},
          {"documents", documents}};
}

void plugin_list(WebApp& app, const httplib::Request& req, httplib::Response& res) {
  host::PluginRecord* found = usable_plugin(app, req.matches[1]);
  if (!found)
    return no_plugin(res, req.matches[1]);
  host::PluginRecord& record = *found;
  const std::string name = req.matches[2];
  const auto& commands = record.manifest.commands;
  const auto command = std::find_if(commands.begin(), commands.end(),
                                    [&](const host::CommandInfo& c) { return c.name == name; });
  if (command == commands.end() || !command->list) {
    return send_error(
        res, 404,
        fmt::format("plugin '{}' declares no list command '{}'", record.manifest.id, name));
  }
  const auto window = list_window(req.get_param_value("offset"), req.get_param_value("limit"));
  if (const auto* bad = std::get_if<BadParameter>(&window))
    return send_error(res, 400, bad->message, bad->name);
  const WebResponse answer =
      run_list_command(app.host(), record, *command, std::get<ListWindow>(window));
  res.status = answer.status;
  res.set_content(answer.json, "application/json; charset=utf-8");
}

}  // namespace

void add_plugin_page_routes(WebApp& app) {
  app.get(R"(/api/plugins/([a-z0-9-]+)/info)", [&app](const auto& req, auto& res, const Caller&) {
    host::PluginRecord* record = usable_plugin(app, req.matches[1]);
    if (!record)
      return no_plugin(res, req.matches[1]);
    send_json(res, 200, plugin_info(app, *record));
  });
  app.get(R"(/api/plugins/([a-z0-9-]+)/lists/([a-z0-9_-]+))",
          [&app](const auto& req, auto& res, const Caller&) { plugin_list(app, req, res); });
}

}  // namespace thuky::web
