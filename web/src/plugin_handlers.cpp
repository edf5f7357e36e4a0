#include "plugin_handlers.hpp"

#include <fmt/format.h>

#include <iostream>
#include <nlohmann/json.hpp>

#include "plugin_runner.hpp"
#include "thuky/error.hpp"

namespace thuky::web {

namespace {

std::vector<std::string_view> segments_of(std::string_view path) {
  std::vector<std::string_view> out;
  std::size_t start = 0;
  while (true) {
    const std::size_t end = std::min(path.find('/', start), path.size());
    out.push_back(path.substr(start, end - start));
    if (end == path.size())
      return out;
    start = end + 1;
  }
}

bool is_placeholder(std::string_view segment) {
  return segment.size() > 2 && segment.front() == '{' && segment.back() == '}';
}

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
  const auto wanted = segments_of(path);
  std::optional<HandlerMatch> best;
  int best_literals = -1;
  bool path_exists = false;
  for (const auto& handler : handlers) {
    const auto declared = segments_of(handler.path);
    if (declared.size() != wanted.size())
      continue;
    HandlerMatch match{&handler, {}};
    int literals = 0;
    bool matches = true;
    for (std::size_t i = 0; i < declared.size() && matches; ++i) {
      if (is_placeholder(declared[i])) {
        const std::string_view name = declared[i].substr(1, declared[i].size() - 2);
        matches = !wanted[i].empty();
        match.params[std::string(name)] = std::string(wanted[i]);
      } else {
        matches = declared[i] == wanted[i];
        ++literals;
      }
    }
    if (!matches)
      continue;
    path_exists = true;
    if (handler.method == method && literals > best_literals) {
      best = std::move(match);
      best_literals = literals;
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
  auto context = host::activate_plugin(session, record);
  if (!context)
    return error_response(503, fmt::format("plugin '{}' is disabled: {}", id, record.reason));
  WebResponse response;
  const abi::Status status = record.entry->web(*context, request, response);
  const bool commit = status.code == kExitOk && handler.write && response.status < 400;
  context->finish(commit);
  if (status.code != kExitOk) {
    if (auto cause = session.store_failure(status.message))
      return error_response(503, *cause);
    if (status.code == kExitUserError) {
      // The page shows the message beside the field: without "field 'x': " before it.
      const InputLocation& where = context->error_location();
      std::string message = status.message;
      const std::string prefix = where.describe() + ": ";
      if (!where.describe().empty() && message.starts_with(prefix))
        message.erase(0, prefix.size());
      return error_response(400, message, where.field);
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
