#pragma once
// The certificate and private key an office gives `thuky serve` for HTTPS ([serve] certificate
// and key in thuky.toml, or --certificate/--key), checked before the server starts so that a
// wrong file is named in a clear error rather than failing every connection later.

#include <filesystem>

namespace thuky::web {

struct TlsFiles {
  std::filesystem::path certificate;  // PEM: the server's certificate, then any intermediates
  std::filesystem::path key;          // PEM: its private key, not protected by a passphrase
};

// Throws UserError naming the file when either is missing, unreadable, not PEM of its kind, the
// key is encrypted, or the key does not belong to the certificate.
void check_tls_files(const TlsFiles& files);

}  // namespace thuky::web
