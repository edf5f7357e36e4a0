#include "crypto.hpp"

#include <sodium.h>

#include <stdexcept>

namespace thuky::web {

void init_crypto() {
  if (sodium_init() < 0)
    throw std::runtime_error("libsodium could not be initialised");
}

std::string hash_password(std::string_view password) {
  init_crypto();
  char out[crypto_pwhash_STRBYTES];
  if (crypto_pwhash_str(out, password.data(), password.size(), crypto_pwhash_OPSLIMIT_INTERACTIVE,
                        crypto_pwhash_MEMLIMIT_INTERACTIVE) != 0) {
    throw std::runtime_error("out of memory hashing a password");
  }
  return out;
}

bool verify_password(const std::string& hash, std::string_view password) {
  init_crypto();
  return crypto_pwhash_str_verify(hash.c_str(), password.data(), password.size()) == 0;
}

std::string random_token() {
  init_crypto();
  unsigned char bytes[32];
  randombytes_buf(bytes, sizeof bytes);
  char hex[sizeof bytes * 2 + 1];
  sodium_bin2hex(hex, sizeof hex, bytes, sizeof bytes);
  return hex;
}

bool same_token(std::string_view a, std::string_view b) {
  if (a.size() != b.size() || a.empty())
    return false;
  return sodium_memcmp(a.data(), b.data(), a.size()) == 0;
}

}  // namespace thuky::web
