#pragma once
// The running web interface: the HTTP server, who is logged in, and the one lock around the
// store. Route files add their handlers through get/post/put, which check the session, the
// CSRF token and the role before a handler runs.
//
// One lock: the workspace has one SQLite connection (the host's), and a transaction on it
// belongs to the connection, not to a thread; so handlers that touch the store run one at a
// time. HTTP itself (reading requests, sending files) runs on httplib's thread pool.

#include <httplib.h>

#include <functional>
#include <memory>
#include <mutex>
#include <nlohmann/json.hpp>
#include <optional>
#include <semaphore>
#include <string>

#include "host_session.hpp"
#include "login_throttle.hpp"
#include "thuky/message.hpp"
#include "tls_files.hpp"
#include "web_sessions.hpp"

namespace thuky::web {

// Loopback without accounts: whoever reaches the port is the OS user who ran `thuky serve`
// (as admin, no password; other local users of the machine are trusted as for the store
// file). Otherwise every request needs a logged-in account.
enum class AuthMode { kLocal, kAccounts };

struct Caller {
  WebSession session;
};

class WebApp {
 public:
  // With `tls`, HTTPS with those files (checked first: UserError naming a wrong one).
  WebApp(host::HostSession& host, AuthMode mode, const std::optional<TlsFiles>& tls = {});

  using Handler =
      std::function<void(const httplib::Request&, httplib::Response&, const Caller& caller)>;
  // Reads need a session; writes also the session's CSRF token and a role that may write.
  void get(const std::string& pattern, Handler handler);
  void post(const std::string& pattern, Handler handler);
  void put(const std::string& pattern, Handler handler);

  // The same checks for a route whose access is known only once the request is read (a
  // plugin's handler): session; for `write`, the CSRF token and a role that may write; then
  // `handler` under the store lock, its UserError answered 400 {error, error_en, field}, a
  // store another process holds 503 (send_store_busy), any other exception 500.
  void run_guarded(bool write, const httplib::Request& req, httplib::Response& res,
                   const Handler& handler);

  host::HostSession& host() { return host_; }
  AuthMode mode() const { return mode_; }
  SessionTable& sessions() { return sessions_; }
  LoginThrottle& throttle() { return throttle_; }
  std::mutex& store_mutex() { return store_mutex_; }
  // Logins checked at once: each Argon2id check takes 64 MiB and a core for tenths of a
  // second, outside the store lock; more at once would only add memory.
  std::counting_semaphore<>& password_checks() { return password_checks_; }
  httplib::Server& http() { return *http_; }
  // Served over HTTPS: cookies carry Secure.
  bool secure() const { return secure_; }
  // Set once bound: the Host header a local-mode request must carry.
  void set_port(int port) { port_ = port; }
  // In local mode, only a Host of 127.0.0.1, localhost or [::1] with our port: a page of
  // another site that renames itself to 127.0.0.1 (DNS rebinding) gets nothing.
  bool host_allowed(const httplib::Request& req) const;

 private:
  enum class Access { kRead, kWrite };
  httplib::Server::Handler guarded(Access access, Handler handler);
  // What escaped a handler, answered as run_guarded says.
  void answer_failure(const httplib::Request& req, httplib::Response& res, const std::exception& e);

  host::HostSession& host_;
  AuthMode mode_;
  int port_ = 0;
  bool secure_ = false;
  std::unique_ptr<httplib::Server> http_;  // an httplib::SSLServer under HTTPS
  SessionTable sessions_;
  LoginThrottle throttle_;
  std::mutex store_mutex_;
  std::counting_semaphore<> password_checks_{2};
};

void send_json(httplib::Response& res, int status, const nlohmann::json& body);
// {"error": message, "field": field}: the pages show the message beside the field.
void send_error(httplib::Response& res, int status, const std::string& message,
                const std::string& field = {});
// {"error": the Vietnamese, "error_en": the English, "field": field}: a refusal the catalogue
// words (messages/serve_messages.hpp and the others).
void send_refusal(httplib::Response& res, int status, const Message& message,
                  const std::string& field = {});
// 503 with Retry-After: the store's lock was not had within `busy_timeout_ms` because another
// thuky command is writing; the page may send the request again.
void send_store_busy(httplib::Response& res, int busy_timeout_ms);
// The Content-Type of a page, script, style, image or PDF by its name.
std::string mime_of(const std::string& name);
// The request's JSON body, an object; a MessageError when it is not (thuky::json_body).
nlohmann::json json_body(const httplib::Request& req);

// The routes of each part of the interface.
void add_auth_routes(WebApp& app);
void add_people_routes(WebApp& app);
void add_page_routes(WebApp& app);
void add_plugin_routes(WebApp& app);
void add_plugin_page_routes(WebApp& app);

}  // namespace thuky::web
