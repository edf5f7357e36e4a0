#pragma once
// Passwords and tokens of `thuky serve`, from libsodium: Argon2id for passwords (memory-hard,
// the algorithm's parameters and salt kept in the stored string), the system's CSPRNG for
// tokens, and comparisons that take the same time whatever the bytes.

#include <string>
#include <string_view>

namespace thuky::web {

// Initialises libsodium once; throws std::runtime_error when the system has no randomness.
void init_crypto();

// "$argon2id$v=19$m=65536,t=2,p=1$…": the interactive limits (about 64 MiB, a tenth of a
// second), so a stolen store costs an attacker that much per guess.
std::string hash_password(std::string_view password);
// True when `password` is the one `hash` was made from. False for a damaged hash.
bool verify_password(const std::string& hash, std::string_view password);

// 32 random bytes as 64 hex digits: session and CSRF tokens.
std::string random_token();
// Compares in constant time for equal lengths (a token guessed byte by byte leaks nothing).
bool same_token(std::string_view a, std::string_view b);

}  // namespace thuky::web
