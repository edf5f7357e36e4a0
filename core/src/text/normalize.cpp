#include "thuky/text/normalize.hpp"

#include <unicode/normalizer2.h>
#include <unicode/unistr.h>

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

}  // namespace

std::string to_nfc(std::string_view utf8) {
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
  UErrorCode status = U_ZERO_ERROR;
  return nfc().isNormalized(icu::UnicodeString::fromUTF8(utf8), status) && U_SUCCESS(status);
}

std::string clean_text(std::string_view utf8) {
  const std::string normal = to_nfc(utf8);
  std::string out;
  bool pending_space = false;
  for (char c : normal) {
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
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
