#include "thuky/text/normalize.hpp"

#include <unicode/normalizer2.h>
#include <unicode/unistr.h>

#include <unicode/utf8.h>

#include <cstdint>
#include <stdexcept>

namespace thuky::text {
namespace {

const icu::Normalizer2& nfc() {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* normalizer = icu::Normalizer2::getNFCInstance(status);
  if (U_FAILURE(status))
    throw std::runtime_error("ICU NFC normaliser unavailable");
  return *normalizer;
}

bool is_ascii(std::string_view s) {
  for (char c : s) {
    if (static_cast<unsigned char>(c) >= 0x80)
      return false;
  }
  return true;
}

// Ill-formed bytes become U+FFFD on the way through ICU: such text takes that way.
bool well_formed(std::string_view utf8) {
  const auto* bytes = reinterpret_cast<const std::uint8_t*>(utf8.data());
  const auto length = static_cast<std::int32_t>(utf8.size());
  for (std::int32_t i = 0; i < length;) {
    UChar32 c = 0;
    U8_NEXT(bytes, i, length, c);
    if (c < 0)
      return false;
  }
  return true;
}

// Most text is NFC already (ASCII always is): checked on the UTF-8 itself, without the round
// trip through UTF-16 that normalising takes.
bool already_nfc(std::string_view utf8) {
  if (is_ascii(utf8))
    return true;
  if (!well_formed(utf8))
    return false;
  UErrorCode status = U_ZERO_ERROR;
  const bool normal = nfc().isNormalizedUTF8(
      icu::StringPiece(utf8.data(), static_cast<int32_t>(utf8.size())), status);
  return U_SUCCESS(status) && normal;
}

bool is_white(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

}  // namespace

std::string to_nfc(std::string_view utf8) {
  if (already_nfc(utf8))
    return std::string(utf8);
  UErrorCode status = U_ZERO_ERROR;
  const icu::UnicodeString source = icu::UnicodeString::fromUTF8(utf8);
  const icu::UnicodeString normal = nfc().normalize(source, status);
  if (U_FAILURE(status))
    throw std::runtime_error("NFC normalisation failed");
  std::string out;
  normal.toUTF8String(out);
  return out;
}

bool is_nfc(std::string_view utf8) {
  if (already_nfc(utf8))
    return true;
  if (well_formed(utf8))
    return false;
  UErrorCode status = U_ZERO_ERROR;
  return nfc().isNormalized(icu::UnicodeString::fromUTF8(utf8), status) && U_SUCCESS(status);
}

std::string clean_text(std::string_view utf8) {
  std::string normal;
  if (!already_nfc(utf8)) {
    normal = to_nfc(utf8);
    utf8 = normal;
  }
  std::string out;
  out.reserve(utf8.size());
  bool pending_space = false;
  for (char c : utf8) {
    if (is_white(c)) {
      pending_space = !out.empty();
      continue;
    }
    if (pending_space)
      out += ' ';
    pending_space = false;
    out += c;
  }
  return out;
}

}  // namespace thuky::text
