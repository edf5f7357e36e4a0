#include "thuky/text/case.hpp"

#include <unicode/locid.h>
#include <unicode/unistr.h>

namespace thuky::text {

std::string to_upper(std::string_view utf8) {
  icu::UnicodeString s = icu::UnicodeString::fromUTF8(utf8);
  s.toUpper(icu::Locale("vi"));
  std::string out;
  s.toUTF8String(out);
  return out;
}

std::string upper_first(std::string_view utf8) {
  icu::UnicodeString s = icu::UnicodeString::fromUTF8(utf8);
  if (s.isEmpty())
    return {};
  const int32_t first = U16_LENGTH(s.char32At(0));
  icu::UnicodeString head = s.tempSubString(0, first);
  head.toUpper(icu::Locale("vi"));
  std::string out;
  head.append(s.tempSubString(first)).toUTF8String(out);
  return out;
}

std::string lower_first(std::string_view utf8) {
  icu::UnicodeString s = icu::UnicodeString::fromUTF8(utf8);
  if (s.isEmpty())
    return {};
  const int32_t first = U16_LENGTH(s.char32At(0));
  icu::UnicodeString head = s.tempSubString(0, first);
  head.toLower(icu::Locale("vi"));
  std::string out;
  head.append(s.tempSubString(first)).toUTF8String(out);
  return out;
}

}  // namespace thuky::text
