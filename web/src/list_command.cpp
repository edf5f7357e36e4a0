#include "list_command.hpp"

#include <fmt/format.h>

#include <iostream>

#include "plugin_refusal.hpp"
#include "plugin_runner.hpp"
#include "stdout_capture.hpp"
#include "thuky/error.hpp"

namespace thuky::web {

namespace {

WebResponse error_answer(int status, const std::string& message, const std::string& field = {}) {
  nlohmann::json body = {{"error", message}};
  if (!field.empty())
    body["field"] = field;
  return {status, body.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace)};
}

// The plugin's bug: on the server's error output too, as call_web_handler does.
WebResponse bug(const std::string& message) {
  std::cerr << message << '\n';
  return error_answer(500, message);
}

}  // namespace

WebResponse run_list_command(host::HostSession& session, host::PluginRecord& record,
                             const host::CommandInfo& command, ListWindow window) {
  const std::string& id = record.manifest.id;
  session.plugin_config(record.manifest);  // a wrong [plugins.<id>] is the user's to fix
  if (!session.registry().load(record))
    return error_answer(503, fmt::format("plugin '{}' is disabled: {}", id, record.reason));
  StdoutCapture printed;  // what the command prints besides its list is not the server's
  auto context = host::activate_plugin(session, record);
  if (!context)
    return error_answer(503, fmt::format("plugin '{}' is disabled: {}", id, record.reason));
  context->set_command(command.name);
  context->declare_read_only();  // a snapshot, never waiting for a writer
  ListPage page(window);
  abi::Status status;
  {
    table::ListCapture capture(page);
    status = record.entry->run(*context, {command.name});
  }
  context->finish(status.code == kExitOk);
  if (!printed.text().empty())
    session.log().debug(fmt::format("plugin '{}' printed: {}", id, printed.text()));
  if (!context->refused_action().empty()) {
    return bug(
        fmt::format("internal error in plugin '{}': command '{}' is declared a list "
                    "(list = true) in its manifest, yet tried to {}; the write was "
                    "refused and the store is unchanged",
                    id, command.name, context->refused_action()));
  }
  if (status.code != kExitOk) {
    if (auto cause = session.store_failure(status.message))
      return error_answer(503, *cause);
    if (status.code == kExitUserError) {
      const nlohmann::json body =
          plugin_refusal(status.message, context->error_vietnamese(), context->error_location());
      return {400, body.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace)};
    }
    return bug(fmt::format("internal error in plugin '{}': command '{}': {}", id, command.name,
                           status.message));
  }
  if (!page.printed()) {
    return bug(
        fmt::format("internal error in plugin '{}': command '{}' is declared a list "
                    "(list = true) in its manifest, yet printed no table::ListOutput",
                    id, command.name));
  }
  nlohmann::json body = page.json();
  body["plugin"] = id;
  body["command"] = command.name;
  return {200, body.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace)};
}

}  // namespace thuky::web
