#include "thuky/sha256.hpp"

#include <openssl/evp.h>

#include <array>
#include <fstream>
#include <memory>
#include <stdexcept>

#include "thuky/error.hpp"

namespace thuky {
namespace {

using DigestContext = std::unique_ptr<EVP_MD_CTX, decltype(&EVP_MD_CTX_free)>;

std::string to_hex(const unsigned char* digest, unsigned int size) {
  static constexpr char kHex[] = "0123456789abcdef";
  std::string hex;
  hex.reserve(size * 2);
  for (unsigned int i = 0; i < size; ++i) {
    hex += kHex[digest[i] >> 4];
    hex += kHex[digest[i] & 15];
  }
  return hex;
}

// OpenSSL failing on an in-memory digest is not the user's to fix: an internal error.
void check(int ok, const char* what) {
  if (ok != 1)
    throw std::runtime_error(std::string("OpenSSL could not ") + what + " a SHA-256 digest");
}

}  // namespace

std::string sha256_hex(std::string_view bytes) {
  std::array<unsigned char, EVP_MAX_MD_SIZE> digest{};
  unsigned int size = 0;
  check(EVP_Digest(bytes.data(), bytes.size(), digest.data(), &size, EVP_sha256(), nullptr),
        "compute");
  return to_hex(digest.data(), size);
}

std::string sha256_hex_of_file(const std::filesystem::path& file) {
  std::ifstream in(file, std::ios::binary);
  if (!in)
    throw UserError(file.string() + ": cannot be read");
  DigestContext context(EVP_MD_CTX_new(), EVP_MD_CTX_free);
  if (!context)
    check(0, "start");
  check(EVP_DigestInit_ex(context.get(), EVP_sha256(), nullptr), "start");
  std::array<char, 65536> buffer{};
  while (in.read(buffer.data(), buffer.size()) || in.gcount() > 0)
    check(EVP_DigestUpdate(context.get(), buffer.data(), static_cast<std::size_t>(in.gcount())),
          "update");
  if (in.bad())
    throw UserError(file.string() + ": cannot be read");
  std::array<unsigned char, EVP_MAX_MD_SIZE> digest{};
  unsigned int size = 0;
  check(EVP_DigestFinal_ex(context.get(), digest.data(), &size), "finish");
  return to_hex(digest.data(), size);
}

}  // namespace thuky
