#include "web_sessions.hpp"

#include <fmt/format.h>

#include "crypto.hpp"

namespace thuky::web {

std::string SessionTable::create(const std::string& user, Role role, Clock::time_point now) {
  std::string token = random_token();
  std::lock_guard lock(mutex_);
  sessions_[token] = WebSession{user, role, random_token(), now};
  return token;
}

std::optional<WebSession> SessionTable::find(const std::string& token, Clock::time_point now) {
  std::lock_guard lock(mutex_);
  auto it = sessions_.find(token);
  if (it == sessions_.end())
    return std::nullopt;
  if (now - it->second.last_seen > idle_limit_) {
    sessions_.erase(it);
    return std::nullopt;
  }
  it->second.last_seen = now;
  return it->second;
}

void SessionTable::remove(const std::string& token) {
  std::lock_guard lock(mutex_);
  sessions_.erase(token);
}

std::string session_cookie(const std::string& token, bool secure) {
  return fmt::format("{}={}; Path=/; HttpOnly; SameSite=Strict{}", kSessionCookie, token,
                     secure ? "; Secure" : "");
}

std::string expired_session_cookie() {
  return fmt::format("{}=; Path=/; HttpOnly; SameSite=Strict; Max-Age=0", kSessionCookie);
}

std::string session_token_from(const std::string& cookie_header) {
  // "a=1; thuky_session=abc; b=2"
  const std::string wanted = std::string(kSessionCookie) + "=";
  std::size_t start = 0;
  while (start < cookie_header.size()) {
    std::size_t end = cookie_header.find(';', start);
    if (end == std::string::npos)
      end = cookie_header.size();
    std::size_t first = cookie_header.find_first_not_of(' ', start);
    if (first < end && cookie_header.compare(first, wanted.size(), wanted) == 0)
      return cookie_header.substr(first + wanted.size(), end - first - wanted.size());
    start = end + 1;
  }
  return {};
}

}  // namespace thuky::web
