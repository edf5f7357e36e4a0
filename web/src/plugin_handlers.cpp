#include "plugin_handlers.hpp"

#include <fmt/format.h>

#include <iostream>
#include <nlohmann/json.hpp>

#include "plugin_refusal.hpp"
#include "plugin_runner.hpp"
#include "stdout_capture.hpp"
#include "store_failure.hpp"
#include "thuky/error.hpp"

namespace thuky::web {

namespace {

std::string answer(const nlohmann::json& body) {
  return body.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

WebResponse error_response(int status, const std::string& message, const std::string& field = {}) {
  nlohmann::json body = {{"error", message}};
  if (!field.empty())
    body["field"] = field;
  return {status, answer(body)};
}

}  // namespace

std::optional<HandlerMatch> match_web_handler(const std::vector<host::WebHandlerInfo>& handlers,
                                              std::string_view method, std::string_view path) {
  std::optional<HandlerMatch> best;
  int best_literals = -1;
  bool path_exists = false;
  for (const auto& handler : handlers) {
    WebParams params;
    const std::optional<int> literals = match_web_path(handler.path, path, params);
    if (!literals)
      continue;
    path_exists = true;
    if (handler.method == method && *literals > best_literals) {
      best = HandlerMatch{&handler, std::move(params)};
      best_literals = *literals;
    }
  }
  if (!best && path_exists)
    return HandlerMatch{};
  return best;
}

WebResponse call_web_handler(host::HostSession& session, host::PluginRecord& record,
                             const host::WebHandlerInfo& handler, const WebRequest& request) {
  const std::string& id = record.manifest.id;
  session.plugin_config(record.manifest);  // a wrong [plugins.<id>] is the user's to fix
  if (!session.registry().load(record))
    return error_response(503, fmt::format("plugin '{}' is disabled: {}", id, record.reason));
  if (record.entry->sdk_minor < 3) {
    // Its entry ends before the web function: never read past it.
    return error_response(404, fmt::format("plugin '{}' was built for SDK {}.{}, which has no "
                                           "web handlers (2.3 has)",
                                           id, record.entry->sdk_major, record.entry->sdk_minor));
  }
  StdoutCapture printed;  // what the plugin's code prints is not the server's output
  auto context = host::activate_plugin(session, record);
  if (!context)
    return error_response(503, fmt::format("plugin '{}' is disabled: {}", id, record.reason));
  const std::string route = request.method + " " + handler.path;
  context->set_command(fmt::format("web handler '{}'", route));
  if (!handler.write)
    context->declare_read_only();  // a snapshot, never waiting for a writer
  WebResponse response;
  const abi::Status status = record.entry->web(*context, request, response);
  const bool commit =
      status.code == kExitOk && handler.write && response.status < 400 && !context->store_busy();
  context->finish(commit);
  if (!printed.text().empty())
    session.log().debug(fmt::format("plugin '{}' printed: {}", id, printed.text()));
  if (!context->refused_action().empty()) {
    // The plugin's bug, whatever it answered (it may have caught SQLite's error).
    const std::string message = fmt::format(
        "internal error in plugin '{}': web handler '{}' is declared access = \"read\" in its "
        "manifest, yet tried to {}; the write was refused and the store is unchanged",
        id, route, context->refused_action());
    std::cerr << message << '\n';
    return error_response(500, message);
  }
  // The store another process holds, however the plugin answered it (a WebRouter's 400, an
  // internal error from SQLite's "database is locked"): the host's answer (WebApp::run_guarded).
  if (context->store_busy())
    std::rethrow_exception(context->store_busy());
  if (status.code != kExitOk && host::says_store_busy(status.message))
    throw host::StoreBusy(session.store().path(), session.store().busy_timeout_ms());
  if (status.code != kExitOk) {
    if (auto cause = session.store_failure(status.message))
      return error_response(503, *cause);
    if (status.code == kExitUserError) {
      return {400, answer(plugin_refusal(status.message, context->error_vietnamese(),
                                         context->error_location()))};
    }
    std::cerr << "internal error in plugin '" << id << "': " << request.method << ' '
              << request.path << ": " << status.message << '\n';
    return error_response(500,
                          fmt::format("internal error in plugin '{}': {}", id, status.message));
  }
  if (response.json.empty())
    response.json = "{}";
  if (!nlohmann::json::accept(response.json)) {
    std::cerr << "internal error in plugin '" << id << "': " << request.method << ' '
              << request.path << ": the answer is not JSON\n";
    return error_response(500,
                          fmt::format("internal error in plugin '{}': its answer is not JSON", id));
  }
  if (response.status < 100 || response.status > 599)
    return error_response(
        500, fmt::format("internal error in plugin '{}': status {}", id, response.status));
  return response;
}

}  // namespace thuky::web
