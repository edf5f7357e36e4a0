#include "list_digest.hpp"

#include <cctype>
#include <cstdint>
#include <stdexcept>

#include "thuky/sha256.hpp"

namespace delegates {
namespace {

using thuky::sha256_hex;

constexpr std::string_view kAlphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";  // Crockford

// Fields joined with separators no printed text contains, so ("ab", "c") ≠ ("a", "bc").
std::string joined(std::string_view kind, const std::vector<std::string>& fields) {
  std::string out(kind);
  for (const auto& f : fields) {
    out += '\x1f';
    out += f;
  }
  return out;
}

}  // namespace

ListDigest::ListDigest(std::string_view kind, const std::vector<std::string>& heading)
    : heading_(sha256_hex(joined(kind, heading))) {}

void ListDigest::row(std::string key, const std::vector<std::string>& cells, bool struck) {
  rows_.emplace_back(std::move(key),
                     sha256_hex(joined(struck ? "struck" : "row", cells)).substr(0, 16));
}

std::string ListDigest::code() const {
  std::string all = heading_;
  for (const auto& [key, digest] : rows_)
    all += digest;
  const std::string hex = sha256_hex(all);
  const std::uint64_t bits = std::stoull(hex.substr(0, 15), nullptr, 16);  // 60 bits
  std::string code;
  for (int i = 11; i >= 0; --i) {
    code += kAlphabet[(bits >> (5 * i)) & 31];
    if (i == 8 || i == 4)
      code += '-';
  }
  return code;
}

std::string ListDigest::rows_text() const {
  std::string out;
  for (const auto& [key, digest] : rows_)
    out += key + '\t' + digest + '\n';
  return out;
}

std::string canonical_code(std::string_view typed) {
  std::string plain;
  for (const char raw : typed) {
    char c = static_cast<char>(std::toupper(static_cast<unsigned char>(raw)));
    if (c == '-' || c == ' ')
      continue;
    if (c == 'O')
      c = '0';
    if (c == 'I' || c == 'L')
      c = '1';
    if (kAlphabet.find(c) == std::string_view::npos)
      return {};
    plain += c;
  }
  if (plain.size() != 12)
    return {};
  return plain.substr(0, 4) + '-' + plain.substr(4, 4) + '-' + plain.substr(8);
}

}  // namespace delegates
