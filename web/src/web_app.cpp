#include "web_app.hpp"

#include <fmt/format.h>

#include <iostream>

#include "crypto.hpp"
#include "thuky/error.hpp"
#include "thuky/message.hpp"
#include "user_accounts.hpp"

namespace thuky::web {

namespace {

constexpr std::size_t kWorkers = 64;

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
  http_->set_payload_max_length(64u << 20);  // an .xlsx of a commune's voters fits
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
    return send_error(res, 403, "this server answers only at 127.0.0.1");
  const std::string token = session_token_from(req.get_header_value("Cookie"));
  auto session = sessions_.find(token);
  if (!session)
    return send_error(res, 401, "not logged in");
  if (write && !same_token(req.get_header_value("X-CSRF-Token"), session->csrf))
    return send_error(res, 403, "missing or wrong CSRF token: reload the page");
  std::lock_guard lock(store_mutex_);
  if (mode_ == AuthMode::kAccounts) {
    // `thuky users remove` (another process) ends the account's sessions at its next
    // request, and a changed role counts at once.
    const auto role = UserAccounts(host_.store()).role_of(session->user);
    if (!role) {
      sessions_.remove(token);
      return send_error(res, 401, "not logged in");
    }
    session->role = *role;
  }
  if (write && !can_write(session->role))
    return send_error(res, 403, fmt::format("'{}' may only read", session->user));
  // The audit log's "command" of every write made through this request.
  host_.audit().set_command_line(
      fmt::format("thuky serve: user '{}': {} {}", session->user, req.method, req.path));
  try {
    handler(req, res, Caller{*session});
  } catch (const UserError& e) {
    host_.audit().discard_rows();
    const auto cause = host_.store_failure(e.what());
    if (cause)
      return send_error(res, 503, *cause, e.location().field);
    nlohmann::json body = {{"error", vietnamese_text(e)}, {"error_en", e.what()}};
    if (!e.location().field.empty())
      body["field"] = e.location().field;
    send_json(res, 400, body);
  } catch (const std::exception& e) {
    host_.audit().discard_rows();
    if (auto cause = host_.store_failure(e.what()))
      return send_error(res, 503, *cause);
    std::cerr << "internal error: " << req.method << ' ' << req.path << ": " << e.what() << '\n';
    send_error(res, 500, fmt::format("internal error: {}", e.what()));
  }
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

nlohmann::json json_body(const httplib::Request& req) {
  auto body = nlohmann::json::parse(req.body, nullptr, false);
  if (body.is_discarded())
    throw UserError("the request body is not JSON");
  return body;
}

}  // namespace thuky::web
