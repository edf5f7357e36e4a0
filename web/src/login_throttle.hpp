#pragma once
// Slows down guessing: after kFreeFailures wrong passwords for one user name, or from one
// address, each further attempt must wait twice as long as the last (1 s, 2 s, 4 s … at most
// kMaxWait). The server answers 429 with the wait instead of holding a thread asleep.

#include <chrono>
#include <map>
#include <mutex>
#include <string>

namespace thuky::web {

class LoginThrottle {
 public:
  using Clock = std::chrono::steady_clock;
  static constexpr int kFreeFailures = 3;
  static constexpr std::chrono::seconds kMaxWait{60};

  // How long `key` must still wait before its next attempt; zero when it may try now.
  std::chrono::seconds wait_for(const std::string& key, Clock::time_point now = Clock::now());
  void failed(const std::string& key, Clock::time_point now = Clock::now());
  void succeeded(const std::string& key);

 private:
  struct Failures {
    int count = 0;
    Clock::time_point next_allowed;
  };
  std::mutex mutex_;
  std::map<std::string, Failures> failures_;
};

}  // namespace thuky::web
