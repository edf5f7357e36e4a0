#pragma once
// Who is logged in, in the server's memory (a restart logs everyone out; no token is ever
// written to disk). Each session has its own CSRF token, which the pages send back in the
// X-CSRF-Token header of every request that changes something.

#include <chrono>
#include <map>
#include <mutex>
#include <optional>
#include <string>

#include "user_accounts.hpp"

namespace thuky::web {

struct WebSession {
  std::string user;
  Role role = Role::kViewer;
  std::string csrf;
  std::chrono::steady_clock::time_point last_seen;
};

class SessionTable {
 public:
  using Clock = std::chrono::steady_clock;
  explicit SessionTable(std::chrono::minutes idle_limit = std::chrono::hours(8))
      : idle_limit_(idle_limit) {}

  // A new session; returns its token (the cookie's value).
  std::string create(const std::string& user, Role role, Clock::time_point now = Clock::now());
  // The session of `token`, if it exists and was used within the idle limit (which this use
  // renews).
  std::optional<WebSession> find(const std::string& token, Clock::time_point now = Clock::now());
  void remove(const std::string& token);

 private:
  std::chrono::minutes idle_limit_;
  std::mutex mutex_;
  std::map<std::string, WebSession> sessions_;
};

// The Set-Cookie value of a session: HttpOnly (no script reads it), SameSite=Strict (no other
// site's page sends it), Secure when served over HTTPS.
std::string session_cookie(const std::string& token, bool secure);
// The Set-Cookie value that ends it in the browser.
std::string expired_session_cookie();
// The session token in a Cookie header; empty when there is none.
std::string session_token_from(const std::string& cookie_header);

inline constexpr const char* kSessionCookie = "thuky_session";

}  // namespace thuky::web
