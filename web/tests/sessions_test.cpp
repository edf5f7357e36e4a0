#include <gtest/gtest.h>

#include "login_throttle.hpp"
#include "web_sessions.hpp"

namespace thuky::web {
namespace {

using namespace std::chrono_literals;

TEST(WebSessions, ATokenFindsItsSessionWithItsOwnCsrfToken) {
  SessionTable table;
  const std::string token = table.create("lan", Role::kSecretary);
  const auto found = table.find(token);
  ASSERT_TRUE(found);
  EXPECT_EQ(found->user, "lan");
  EXPECT_EQ(found->role, Role::kSecretary);
  EXPECT_EQ(found->csrf.size(), 64u);
  EXPECT_NE(found->csrf, token);
  EXPECT_FALSE(table.find(token.substr(1)));
  EXPECT_FALSE(table.find(""));
  table.remove(token);
  EXPECT_FALSE(table.find(token));
}

TEST(WebSessions, IdleSessionsEndAndUseRenewsThem) {
  SessionTable table(30min);
  const auto start = SessionTable::Clock::now();
  const std::string token = table.create("lan", Role::kAdmin, start);
  EXPECT_TRUE(table.find(token, start + 29min));
  EXPECT_TRUE(table.find(token, start + 58min));  // renewed at 29 min
  EXPECT_FALSE(table.find(token, start + 89min));
  EXPECT_FALSE(table.find(token, start + 90min));  // and gone for good
}

TEST(WebSessions, CookieIsHttpOnlyAndSameSiteStrict) {
  const std::string cookie = session_cookie("abc", false);
  EXPECT_EQ(cookie.rfind("thuky_session=abc;", 0), 0u) << cookie;
  EXPECT_NE(cookie.find("; HttpOnly"), std::string::npos);
  EXPECT_NE(cookie.find("; SameSite=Strict"), std::string::npos);
  EXPECT_EQ(cookie.find("Secure"), std::string::npos);
  EXPECT_NE(session_cookie("abc", true).find("; Secure"), std::string::npos);
  EXPECT_NE(expired_session_cookie().find("Max-Age=0"), std::string::npos);
}

TEST(WebSessions, TokenIsReadFromAmongOtherCookies) {
  EXPECT_EQ(session_token_from("thuky_session=abc"), "abc");
  EXPECT_EQ(session_token_from("a=1; thuky_session=abc; b=2"), "abc");
  EXPECT_EQ(session_token_from("a=1;thuky_session=abc"), "abc");
  EXPECT_EQ(session_token_from("xthuky_session=abc"), "");
  EXPECT_EQ(session_token_from(""), "");
}

TEST(LoginThrottle, WaitDoublesAfterTheFreeFailuresAndSuccessClearsIt) {
  LoginThrottle throttle;
  const auto t = LoginThrottle::Clock::now();
  for (int i = 0; i < LoginThrottle::kFreeFailures - 1; ++i) {
    throttle.failed("user:lan", t);
    EXPECT_EQ(throttle.wait_for("user:lan", t), 0s);
  }
  throttle.failed("user:lan", t);
  EXPECT_EQ(throttle.wait_for("user:lan", t), 1s);
  EXPECT_EQ(throttle.wait_for("user:hung", t), 0s);  // others are not slowed
  throttle.failed("user:lan", t + 1s);
  EXPECT_EQ(throttle.wait_for("user:lan", t + 1s), 2s);
  throttle.failed("user:lan", t + 3s);
  EXPECT_EQ(throttle.wait_for("user:lan", t + 3s), 4s);
  EXPECT_EQ(throttle.wait_for("user:lan", t + 7s), 0s);
  for (int i = 0; i < 20; ++i)
    throttle.failed("user:lan", t + 7s);
  EXPECT_EQ(throttle.wait_for("user:lan", t + 7s), LoginThrottle::kMaxWait);
  throttle.succeeded("user:lan");
  EXPECT_EQ(throttle.wait_for("user:lan", t + 7s), 0s);
}

}  // namespace
}  // namespace thuky::web
