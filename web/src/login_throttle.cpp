#include "login_throttle.hpp"

#include <algorithm>

namespace thuky::web {

std::chrono::seconds LoginThrottle::wait_for(const std::string& key, Clock::time_point now) {
  std::lock_guard lock(mutex_);
  auto it = failures_.find(key);
  if (it == failures_.end() || it->second.next_allowed <= now)
    return std::chrono::seconds(0);
  // Rounded up: "wait 0 s" must never be said while the attempt would be refused.
  return std::chrono::ceil<std::chrono::seconds>(it->second.next_allowed - now);
}

void LoginThrottle::failed(const std::string& key, Clock::time_point now) {
  std::lock_guard lock(mutex_);
  Failures& f = failures_[key];
  ++f.count;
  if (f.count >= kFreeFailures) {
    const int doublings = std::min(f.count - kFreeFailures, 6);
    f.next_allowed = now + std::min(std::chrono::seconds(1 << doublings), kMaxWait);
  }
}

void LoginThrottle::succeeded(const std::string& key) {
  std::lock_guard lock(mutex_);
  failures_.erase(key);
}

}  // namespace thuky::web
