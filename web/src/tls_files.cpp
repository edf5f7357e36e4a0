#include "tls_files.hpp"

#include <fmt/format.h>
#include <openssl/err.h>
#include <openssl/pem.h>
#include <openssl/x509.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <memory>

#include "thuky/error.hpp"

namespace thuky::web {

namespace {

struct FileCloser {
  void operator()(std::FILE* f) const { std::fclose(f); }
};
using File = std::unique_ptr<std::FILE, FileCloser>;

[[noreturn]] void refuse(const std::filesystem::path& file, const std::string& message) {
  throw UserError(InputLocation{file.string(), 0, 0, ""}, message);
}

File open_pem(const std::filesystem::path& file, const char* what) {
  std::error_code ec;
  if (file.empty())
    refuse(file, fmt::format("no {} file given", what));
  if (!std::filesystem::exists(file, ec))
    refuse(file, fmt::format("the {} file does not exist", what));
  if (std::filesystem::is_directory(file, ec))
    refuse(file, fmt::format("the {} file is a directory", what));
  File f(std::fopen(file.c_str(), "rb"));
  if (!f)
    refuse(file, fmt::format("cannot read the {} file: {}", what, std::strerror(errno)));
  return f;
}

// A passphrase would be asked for on the terminal by OpenSSL's default: refuse instead.
int no_passphrase(char*, int, int, void* asked) {
  *static_cast<bool*>(asked) = true;
  return -1;
}

}  // namespace

void check_tls_files(const TlsFiles& files) {
  File cert_file = open_pem(files.certificate, "certificate");
  std::unique_ptr<X509, decltype(&X509_free)> cert(
      PEM_read_X509(cert_file.get(), nullptr, nullptr, nullptr), X509_free);
  ERR_clear_error();
  if (!cert)
    refuse(files.certificate, "not a PEM certificate (-----BEGIN CERTIFICATE-----)");

  File key_file = open_pem(files.key, "private key");
  bool asked = false;
  std::unique_ptr<EVP_PKEY, decltype(&EVP_PKEY_free)> key(
      PEM_read_PrivateKey(key_file.get(), nullptr, no_passphrase, &asked), EVP_PKEY_free);
  ERR_clear_error();
  if (asked)
    refuse(files.key,
           "the private key is protected by a passphrase, which a server cannot type: give it "
           "a copy without one (openssl pkey -in KEY -out KEY.plain), readable only by you");
  if (!key)
    refuse(files.key, "not a PEM private key (-----BEGIN PRIVATE KEY-----)");
  if (X509_check_private_key(cert.get(), key.get()) != 1) {
    ERR_clear_error();
    refuse(files.key, fmt::format("this private key does not belong to the certificate {}",
                                  files.certificate.string()));
  }
}

}  // namespace thuky::web
