#include "thuky/text/case.hpp"

#include <unicode/locid.h>
#include <unicode/unistr.h>

namespace thuky::text {
namespace {

std::string change_first(std::string_view utf8, bool upper) {
  icu::UnicodeString s = icu::UnicodeString::fromUTF8(utf8);
  if (s.isEmpty())
    return {};
  const int32_t first = U16_LENGTH(s.char32At(0));
  icu::UnicodeString head = s.tempSubString(0, first);
  if (upper) {
    head.toUpper(icu::Locale("vi"));
  } else {
    head.toLower(icu::Locale("vi"));
  }
  std::string out;
  head.append(s.tempSubString(first)).toUTF8String(out);
  return out;
}

}  // namespace

std::string to_upper(std::string_view utf8) {
  icu::UnicodeString s = icu::UnicodeString::fromUTF8(utf8);
  s.toUpper(icu::Locale("vi"));
  std::string out;
  s.toUTF8String(out);
  return out;
}

std::string upper_first(std::string_view utf8) {
  return change_first(utf8, true);
}

std::string lower_first(std::string_view utf8) {
  return change_first(utf8, false);
}

}  // namespace thuky::text
