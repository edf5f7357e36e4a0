#include "crypto.hpp"

#include <gtest/gtest.h>

namespace thuky::web {
namespace {

TEST(WebCrypto, PasswordHashIsArgon2idAndVerifiesOnlyItsPassword) {
  const std::string hash = hash_password("mật khẩu dài");
  EXPECT_EQ(hash.rfind("$argon2id$", 0), 0u) << hash;
  EXPECT_TRUE(verify_password(hash, "mật khẩu dài"));
  EXPECT_FALSE(verify_password(hash, "mật khẩu dai"));
  EXPECT_FALSE(verify_password(hash, ""));
  // A salt per hash: the same password never gives the same string.
  EXPECT_NE(hash_password("mật khẩu dài"), hash);
}

TEST(WebCrypto, DamagedHashVerifiesNothing) {
  EXPECT_FALSE(verify_password("$argon2id$v=19$garbage", "x"));
  EXPECT_FALSE(verify_password("", ""));
}

TEST(WebCrypto, TokensAreRandomHex) {
  const std::string a = random_token();
  const std::string b = random_token();
  EXPECT_EQ(a.size(), 64u);
  EXPECT_EQ(a.find_first_not_of("0123456789abcdef"), std::string::npos);
  EXPECT_NE(a, b);
}

TEST(WebCrypto, SameTokenComparesWholeTokens) {
  const std::string a = random_token();
  EXPECT_TRUE(same_token(a, a));
  EXPECT_FALSE(same_token(a, a.substr(0, 63)));
  EXPECT_FALSE(same_token(a, random_token()));
  EXPECT_FALSE(same_token("", ""));  // no token is never the right one
}

}  // namespace
}  // namespace thuky::web
