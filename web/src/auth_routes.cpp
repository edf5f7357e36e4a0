// Logging in and out, and the session the pages start from.
#include <fmt/format.h>

#include "audit/host_audit_log.hpp"
#include "messages/serve_messages.hpp"
#include "user_accounts.hpp"
#include "web_app.hpp"

namespace thuky::web {

namespace {

// One of the few password checks allowed at once, for the scope.
class CheckSlot {
 public:
  explicit CheckSlot(std::counting_semaphore<>& slots) : slots_(slots) { slots_.acquire(); }
  ~CheckSlot() { slots_.release(); }
  CheckSlot(const CheckSlot&) = delete;
  CheckSlot& operator=(const CheckSlot&) = delete;

 private:
  std::counting_semaphore<>& slots_;
};

nlohmann::json session_json(const WebSession& s, AuthMode mode) {
  return {{"user", s.user},
          {"role", role_name(s.role)},
          {"csrf", s.csrf},
          {"mode", mode == AuthMode::kLocal ? "local" : "accounts"}};
}

void login(WebApp& app, const httplib::Request& req, httplib::Response& res) {
  // A JSON body only: a form on another site cannot send one without the browser asking
  // this server first (CORS), which it never allows.
  if (req.get_header_value("Content-Type").rfind("application/json", 0) != 0)
    return send_error(res, 415, "log in with a JSON body");
  auto body = nlohmann::json::parse(req.body, nullptr, false);
  if (!body.is_object() || !body["name"].is_string() || !body["password"].is_string())
    return send_error(res, 400, "give a name and a password", "name");
  const std::string name = body["name"];
  const std::string user_key = "user:" + name;
  const std::string address_key = "address:" + req.remote_addr;
  const auto wait =
      std::max(app.throttle().wait_for(user_key), app.throttle().wait_for(address_key));
  if (wait.count() > 0) {
    res.set_header("Retry-After", std::to_string(wait.count()));
    return send_json(
        res, 429,
        {{"error", fmt::format("too many failed logins: try again in {} s", wait.count())},
         {"retry_after", wait.count()}});
  }
  std::optional<StoredLogin> stored;
  {
    std::lock_guard lock(app.store_mutex());
    stored = UserAccounts(app.host().store()).find_login(name);
  }
  // The slow hash without the store lock: the others' pages do not wait for a login.
  std::optional<Account> account;
  {
    const CheckSlot slot(app.password_checks());
    account = UserAccounts::verify_login(stored, body["password"].get<std::string>());
  }
  if (!account) {
    app.throttle().failed(user_key);
    app.throttle().failed(address_key);
    return send_error(res, 401, "wrong user name or password", "password");
  }
  app.throttle().succeeded(user_key);
  app.throttle().succeeded(address_key);
  const std::string token = app.sessions().create(account->name, account->role);
  res.set_header("Set-Cookie", session_cookie(token, app.secure()));
  send_json(res, 200, session_json(*app.sessions().find(token), app.mode()));
}

// POST /api/password {current, new}: the logged-in account's own password, checked against the
// current one (wrong guesses slowed down as logins are).
void change_password(WebApp& app, const httplib::Request& req, httplib::Response& res,
                     const Caller& caller) {
  if (app.mode() == AuthMode::kLocal) {
    return send_error(res, 400,
                      "no accounts here: on this machine you are logged in without a password",
                      "current");
  }
  const nlohmann::json body = json_body(req);
  if (!body.is_object() || !body.value("current", nlohmann::json()).is_string() ||
      !body.value("new", nlohmann::json()).is_string())
    return send_error(res, 400, "give the current and the new password", "current");
  const std::string& name = caller.session.user;
  const std::string key = "user:" + name;
  if (const auto wait = app.throttle().wait_for(key); wait.count() > 0) {
    res.set_header("Retry-After", std::to_string(wait.count()));
    return send_json(
        res, 429,
        {{"error", fmt::format("too many wrong passwords: try again in {} s", wait.count())},
         {"retry_after", wait.count()}});
  }
  host::HostSession& host = app.host();
  WriteTransaction transaction(host.store());
  if (!UserAccounts(host.store())
           .change_password(name, body["current"].get<std::string>(),
                            body["new"].get<std::string>())) {
    app.throttle().failed(key);
    return send_error(res, 400, "the current password is wrong", "current");
  }
  app.throttle().succeeded(key);
  host.audit().row("users", "updated", name);
  host.commit_audited(transaction);
  send_json(res, 200, {{"ok", true}});
}

}  // namespace

void add_auth_routes(WebApp& app) {
  app.http().Get("/api/session", [&app](const httplib::Request& req, httplib::Response& res) {
    if (!app.host_allowed(req))
      return send_refusal(res, 403, Message(msg::kLoopbackOnly));
    const std::string token = session_token_from(req.get_header_value("Cookie"));
    if (auto session = app.sessions().find(token))
      return send_json(res, 200, session_json(*session, app.mode()));
    if (app.mode() != AuthMode::kAccounts) {
      // Local mode: the OS user, logged in by reaching the port.
      const std::string fresh = app.sessions().create(host::os_user_name(), Role::kAdmin);
      res.set_header("Set-Cookie", session_cookie(fresh, app.secure()));
      return send_json(res, 200, session_json(*app.sessions().find(fresh), app.mode()));
    }
    send_refusal(res, 401, Message(msg::kNotLoggedIn));
  });
  app.http().Post("/api/login", [&app](const httplib::Request& req, httplib::Response& res) {
    login(app, req, res);
  });
  app.post("/api/password", [&app](const auto& req, auto& res, const Caller& caller) {
    change_password(app, req, res, caller);
  });
  app.post("/api/logout",
           [&app](const httplib::Request& req, httplib::Response& res, const Caller&) {
             app.sessions().remove(session_token_from(req.get_header_value("Cookie")));
             res.set_header("Set-Cookie", expired_session_cookie());
             send_json(res, 200, {{"ok", true}});
           });
}

}  // namespace thuky::web
