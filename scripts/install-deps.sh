#!/usr/bin/env bash
# Installs the Debian 12 packages thuky needs to build, test and render. Does nothing when they
# are all there already.
set -euo pipefail

packages=(
  g++ cmake ninja-build pkg-config git
  libboost-dev libtomlplusplus-dev libsqlite3-dev libsqlitecpp-dev libhpdf-dev libicu-dev
  libcli11-dev libfmt-dev libspdlog-dev libgtest-dev
  libzip-dev libexpat1-dev libxlsxwriter-dev libical-dev ccache sqlite3 time
  fonts-liberation2 poppler-utils qpdf
  # SHA-256 of every document written, for the audit log: OpenSSL's libcrypto (EVP_Digest) is
  # on every Debian machine already (libsodium would be one more library to ship).
  libssl-dev
  # The fonts' character maps (glyph coverage at import, `thuky document fonts`).
  libfreetype-dev
  # Reading the JSON of a results package (delegates: election results import).
  nlohmann-json3-dev
  # QR codes of the verification codes printed in the footer of posted lists.
  libqrencode-dev
  # `thuky serve` (web/): the HTTP server, the JSON API, Argon2id passwords and tokens; and its
  # browser test (headless Chromium driven by Debian's python3 with selenium).
  libcpp-httplib-dev libsodium-dev chromium chromium-driver python3-selenium
  # The HTTPS test makes a self-signed certificate with the openssl command.
  openssl
)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[[ ${#missing[@]} -eq 0 ]] && exit 0

echo "Installing: ${missing[*]}"
sudo=()
[[ $(id -u) -eq 0 ]] || sudo=(sudo)
export DEBIAN_FRONTEND=noninteractive
"${sudo[@]}" apt-get update -qq
"${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
