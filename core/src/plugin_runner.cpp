#include "plugin_runner.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <iostream>
#include <optional>
#include <set>

#include "error_report.hpp"
#include "thuky/error.hpp"
#include "thuky/text/terminal.hpp"

namespace thuky::host {
namespace {

// "meeting list" from {"meeting", "list", "--out", "m.csv"}: the words before the first option.
std::string command_words(const std::vector<std::string>& args) {
  std::string words;
  for (const auto& a : args) {
    if (a.starts_with('-'))
      break;
    words += (words.empty() ? "" : " ") + a;
  }
  return words;
}

// Appends to `schema` the migrations of the plugins `record` requires, depth first (a provider
// before its consumers, each once), then its own. Returns why they cannot be had, if so.
std::optional<std::string> collect_schema(HostSession& session, PluginRecord& record,
                                          std::vector<ComponentMigrations>& schema,
                                          std::set<std::string>& seen) {
  const std::string& id = record.manifest.id;
  if (!seen.insert(id).second)
    return std::nullopt;
  for (const auto& requirement : record.manifest.requirements) {
    PluginRecord* provider = session.registry().find(requirement.id);
    if (!provider || !session.registry().load(*provider)) {
      return fmt::format("plugin '{}' requires '{}', but '{}' cannot be loaded{}", id,
                         requirement.text, requirement.id,
                         provider ? ": " + provider->reason : std::string());
    }
    if (auto problem = collect_schema(session, *provider, schema, seen))
      return problem;
  }
  // A plugin it uses when there: its schema too, so that its views exist whenever it is
  // installed; absent, disabled, too old or failing, it is left out and the user reads so in
  // the consumer's own message (the view is missing).
  for (const auto& use : record.manifest.uses) {
    PluginRecord* provider = session.registry().find(use.id);
    if (!provider || provider == &record || !satisfies(use, provider->manifest.version) ||
        !session.registry().load(*provider))
      continue;
    const std::size_t before = schema.size();
    const std::set<std::string> seen_before = seen;
    if (collect_schema(session, *provider, schema, seen)) {
      schema.erase(schema.begin() + static_cast<std::ptrdiff_t>(before), schema.end());
      seen = seen_before;
    }
  }
  std::vector<Migration> migrations;
  if (abi::Status s = record.entry->migrations(migrations); s.code != kExitOk)
    return fmt::format("plugin '{}' failed to list its migrations: {}", id, s.message);
  schema.push_back({id, std::move(migrations)});
  return std::nullopt;
}

}  // namespace

std::unique_ptr<HostPluginContext> activate_plugin(HostSession& session, PluginRecord& record) {
  if (!session.registry().load(record))
    return nullptr;
  const abi::Entry& entry = *record.entry;
  const std::string& id = record.manifest.id;

  // A plugin reads its providers' tables: their schema comes first, even in a store where
  // none of their commands has run yet.
  std::vector<ComponentMigrations> schema;
  std::set<std::string> seen;
  if (auto problem = collect_schema(session, record, schema, seen)) {
    PluginRegistry::disable(record, *problem);
    return nullptr;
  }
  auto context = std::make_unique<HostPluginContext>(session, record.manifest, std::move(schema));
  if (abi::Status s = entry.init(*context); s.code != kExitOk) {
    context->finish(false);
    // A mistake the user can fix (e.g. in the plugin's settings): the plugin itself works.
    if (s.code == kExitUserError)
      throw UserError(s.message);
    PluginRegistry::disable(record, fmt::format("plugin '{}' failed in init: {}", id, s.message));
    return nullptr;
  }
  std::vector<std::string> provided;
  if (abi::Status s = entry.commands(*context, provided); s.code != kExitOk) {
    context->finish(false);
    PluginRegistry::disable(
        record, fmt::format("plugin '{}' failed to add its commands: {}", id, s.message));
    return nullptr;
  }
  for (const auto& command : record.manifest.commands) {
    if (std::find(provided.begin(), provided.end(), command.name) == provided.end()) {
      context->finish(false);
      PluginRegistry::disable(
          record, fmt::format("manifest '{}' lists command '{}', but library '{}' does not "
                              "provide it",
                              record.manifest_file.string(), command.name,
                              record.manifest.library.string()));
      return nullptr;
    }
  }
  return context;
}

int run_plugin_command(HostSession& session, PluginRecord& record,
                       const std::vector<std::string>& args) {
  // Settings are checked against the manifest before any plugin code runs.
  session.plugin_config(record.manifest);
  // A refused library (unsafe files, another SDK or toolchain) is the user's to fix.
  if (!session.registry().load(record)) {
    throw UserError(fmt::format("plugin '{}' is disabled: {}", record.manifest.id, record.reason));
  }
  auto context = activate_plugin(session, record);
  if (!context) {
    std::cerr << "error: plugin '" << record.manifest.id << "' is disabled: " << record.reason
              << '\n';
    return kExitInternal;
  }
  context->set_command(command_words(args));
  abi::Status status = record.entry->run(*context, args);
  context->finish(status.code == kExitOk);
  // The plugin reports SQLite's "database is locked" as an internal error: say the cause.
  if (status.code != kExitOk) {
    if (auto cause = session.store_failure(status.message))
      status = {kExitUserError, *cause};
  }
  // A reader that tried to write is a bug in the plugin, whatever the command made of the
  // refusal (it may have caught SQLite's "not authorized").
  if (!context->refused_write().empty())
    status = {kExitInternal, context->refused_write()};
  if (!status.message.empty()) {
    report_error(std::cerr, status.code, status.message,
                 status.code == kExitUserError ? context->error_location() : InputLocation{},
                 session.options().json);
  }
  return status.code;
}

}  // namespace thuky::host
