#include "web_app.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <iostream>

#include "crypto.hpp"
#include "messages/serve_messages.hpp"
#include "store_failure.hpp"
#include "thuky/error.hpp"
#include "thuky/message.hpp"
#include "thuky/web_json.hpp"
#include "user_accounts.hpp"

namespace thuky::web {

namespace {

constexpr std::size_t kWorkers = 64;
constexpr std::size_t kMaxRequestMiB = 64;  // an .xlsx of a commune's voters fits

// A refusal httplib made before any handler ran (a request too large, a form it could not
// parse) has no body: give it the words every refusal has, so the page can say what happened.
httplib::Server::HandlerResponse fill_empty_refusal(const httplib::Request& req,
                                                    httplib::Response& res) {
  if (!res.body.empty())
    return httplib::Server::HandlerResponse::Unhandled;
  const std::string field = req.is_multipart_form_data() ? "file" : "";
  if (res.status == 413) {
    send_refusal(
        res, 413,
        Message(msg::kTooLarge, {count_arg("limit", static_cast<long long>(kMaxRequestMiB))}),
        field);
  } else if (res.status == 400) {
    send_refusal(res, 400, Message(msg::kUnreadableRequest), field);
  } else if (req.path.starts_with("/api/")) {  // a script reads the answer, not a person
    send_refusal(res, res.status, Message(msg::kRefused, {{"status", std::to_string(res.status)}}));
  } else {
    return httplib::Server::HandlerResponse::Unhandled;
  }
  return httplib::Server::HandlerResponse::Handled;
}

std::unique_ptr<httplib::Server> make_server(const std::optional<TlsFiles>& tls) {
  if (!tls)
    return std::make_unique<httplib::Server>();
  check_tls_files(*tls);
  // The chain file: the office's certificate followed by its intermediates, as CAs issue them.
  auto server = std::make_unique<httplib::SSLServer>(tls->certificate.c_str(), tls->key.c_str());
  if (!server->is_valid()) {
    throw UserError(
        InputLocation{tls->certificate.string(), 0, 0, ""},
        fmt::format("OpenSSL refused this certificate with the key {}", tls->key.string()));
  }
  return server;
}

}  // namespace

WebApp::WebApp(host::HostSession& host, AuthMode mode, const std::optional<TlsFiles>& tls)
    : host_(host), mode_(mode), secure_(tls.has_value()), http_(make_server(tls)) {
  http_->set_default_headers({
      // Scripts and styles only from this server: an injected <script> does not run.
      {"Content-Security-Policy",
       "default-src 'self'; frame-src 'self'; object-src 'none'; frame-ancestors 'self'; "
       "base-uri 'none'; form-action 'self'"},
      {"X-Content-Type-Options", "nosniff"},
      {"Referrer-Policy", "no-referrer"},
      {"Cache-Control", "no-store"},
  });
  http_->set_payload_max_length(kMaxRequestMiB << 20);
  http_->set_error_handler(httplib::Server::HandlerWithResponse(fill_empty_refusal));
  // A browser keeps its connections open between requests, and each open connection holds a
  // worker for up to the keep-alive timeout: httplib's default of 8 workers would leave the
  // ninth secretary waiting for someone else's idle connection. Handlers that touch the store
  // still run one at a time (store_mutex_); the workers mostly wait on sockets.
  http_->new_task_queue = [] { return new httplib::ThreadPool(kWorkers); };
  http_->set_keep_alive_timeout(2);
}

bool WebApp::host_allowed(const httplib::Request& req) const {
  if (mode_ != AuthMode::kLocal)
    return true;
  const std::string host = req.get_header_value("Host");
  for (const char* name : {"127.0.0.1", "localhost", "[::1]"}) {
    if (host == fmt::format("{}:{}", name, port_))
      return true;
  }
  return false;
}

void WebApp::get(const std::string& pattern, Handler handler) {
  http_->Get(pattern, guarded(Access::kRead, std::move(handler)));
}
void WebApp::post(const std::string& pattern, Handler handler) {
  http_->Post(pattern, guarded(Access::kWrite, std::move(handler)));
}
void WebApp::put(const std::string& pattern, Handler handler) {
  http_->Put(pattern, guarded(Access::kWrite, std::move(handler)));
}

httplib::Server::Handler WebApp::guarded(Access access, Handler handler) {
  return [this, access, handler = std::move(handler)](const httplib::Request& req,
                                                      httplib::Response& res) {
    run_guarded(access == Access::kWrite, req, res, handler);
  };
}

void WebApp::run_guarded(bool write, const httplib::Request& req, httplib::Response& res,
                         const Handler& handler) {
  if (!host_allowed(req))
    return send_refusal(res, 403, Message(msg::kLoopbackOnly));
  const std::string token = session_token_from(req.get_header_value("Cookie"));
  auto session = sessions_.find(token);
  if (!session)
    return send_refusal(res, 401, Message(msg::kNotLoggedIn));
  if (write && !same_token(req.get_header_value("X-CSRF-Token"), session->csrf))
    return send_refusal(res, 403, Message(msg::kWrongCsrfToken));
  std::lock_guard lock(store_mutex_);
  try {
    if (mode_ == AuthMode::kAccounts) {
      // `thuky users remove` (another process) ends the account's sessions at its next
      // request, and a changed role counts at once.
      const auto role = UserAccounts(host_.store()).role_of(session->user);
      if (!role) {
        sessions_.remove(token);
        return send_refusal(res, 401, Message(msg::kNotLoggedIn));
      }
      session->role = *role;
    }
    if (write && !can_write(session->role))
      return send_refusal(res, 403, Message(msg::kMayOnlyRead, {{"user", session->user}}));
    // The audit log's "command" of every write made through this request.
    host_.audit().set_command_line(
        fmt::format("thuky serve: user '{}': {} {}", session->user, req.method, req.path));
    handler(req, res, Caller{*session});
  } catch (const std::exception& e) {
    host_.audit().discard_rows();
    answer_failure(req, res, e);
  }
}

void WebApp::answer_failure(const httplib::Request& req, httplib::Response& res,
                            const std::exception& e) {
  // Another process (an import on the command line) holds the store past the busy timeout:
  // nothing wrong with the request, which the page may send again.
  if (const auto* busy = dynamic_cast<const host::StoreBusy*>(&e))
    return send_store_busy(res, busy->busy_timeout_ms());
  if (host::says_store_busy(e.what()))
    return send_store_busy(res, host_.store().busy_timeout_ms());
  if (auto cause = host_.store_failure(e.what()))  // a full disk, an I/O error
    return send_error(res, 503, *cause);
  if (const auto* refused = dynamic_cast<const UserError*>(&e)) {
    nlohmann::json body = {{"error", vietnamese_text(*refused)}, {"error_en", refused->what()}};
    if (!refused->location().field.empty())
      body["field"] = refused->location().field;
    return send_json(res, 400, body);
  }
  std::cerr << "internal error: " << req.method << ' ' << req.path << ": " << e.what() << '\n';
  send_error(res, 500, fmt::format("internal error: {}", e.what()));
}

std::string mime_of(const std::string& name) {
  const auto ends = [&](const char* ext) { return name.ends_with(ext); };
  if (ends(".html"))
    return "text/html; charset=utf-8";
  if (ends(".js"))
    return "text/javascript; charset=utf-8";
  if (ends(".css"))
    return "text/css; charset=utf-8";
  if (ends(".svg"))
    return "image/svg+xml";
  if (ends(".png"))
    return "image/png";
  if (ends(".pdf"))
    return "application/pdf";
  return "application/octet-stream";
}

void send_json(httplib::Response& res, int status, const nlohmann::json& body) {
  res.status = status;
  // Invalid UTF-8 from a file is replaced, not a failure of the whole answer.
  res.set_content(body.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace),
                  "application/json; charset=utf-8");
}

void send_error(httplib::Response& res, int status, const std::string& message,
                const std::string& field) {
  nlohmann::json body = {{"error", message}};
  if (!field.empty())
    body["field"] = field;
  send_json(res, status, body);
}

void send_refusal(httplib::Response& res, int status, const Message& message,
                  const std::string& field) {
  nlohmann::json body = {{"error", message.vietnamese()}, {"error_en", message.english()}};
  if (!field.empty())
    body["field"] = field;
  send_json(res, status, body);
}

void send_store_busy(httplib::Response& res, int busy_timeout_ms) {
  // No path of the server's in the words: the page's user cannot do anything with it.
  const int seconds = std::max(1, (busy_timeout_ms + 999) / 1000);
  res.set_header("Retry-After", std::to_string(seconds));
  const std::string english = fmt::format("{:g}", busy_timeout_ms / 1000.0);
  std::string vietnamese = english;  // "0,2 giây": a decimal comma
  std::replace(vietnamese.begin(), vietnamese.end(), '.', ',');
  send_refusal(res, 503, Message(msg::kStoreBusy, {{"seconds", english, vietnamese}}));
}

nlohmann::json json_body(const httplib::Request& req) {
  return thuky::json_body(req.body);
}

}  // namespace thuky::web
