#include "thuky/text/utf8.hpp"

#include <fmt/format.h>
#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>

#include "messages/input_messages.hpp"

namespace thuky::text {
namespace {

// Characters that Vietnamese never uses but that legacy encodings produce when read as
// Windows-1252: TCVN3 puts letters on ¡–¿ and on Ä, Æ, Ü…; VNI on ø, ö, Ñ….
bool is_legacy_marker(UChar32 c) {
  if (c >= 0xA1 && c <= 0xBF)
    return true;
  switch (c) {
    case 0xC4:
    case 0xC5:
    case 0xC6:
    case 0xC7:
    case 0xCB:
    case 0xCE:
    case 0xCF:
    case 0xD0:
    case 0xD1:
    case 0xD6:
    case 0xD7:
    case 0xD8:
    case 0xDB:
    case 0xDC:
    case 0xDE:
    case 0xDF:
    case 0xE4:
    case 0xE5:
    case 0xE6:
    case 0xE7:
    case 0xEB:
    case 0xEE:
    case 0xEF:
    case 0xF0:
    case 0xF1:
    case 0xF6:
    case 0xF7:
    case 0xF8:
    case 0xFB:
    case 0xFC:
    case 0xFE:
    case 0xFF:
      return true;
    default:
      return false;
  }
}

}  // namespace

void require_utf8(std::string_view text, const InputLocation& where) {
  const auto* bytes = reinterpret_cast<const uint8_t*>(text.data());
  const int32_t length = static_cast<int32_t>(text.size());
  int line = where.line > 0 ? where.line : 1;
  int column = where.column > 0 ? where.column : 1;
  for (int32_t i = 0; i < length;) {
    const int32_t start = i;
    UChar32 c = 0;
    U8_NEXT(bytes, i, length, c);
    if (c < 0) {
      InputLocation at = where;
      at.line = line;
      at.column = column;
      throw MessageError(
          at, Message(msg::kInvalidUtf8, {{"byte", fmt::format("{:02X}", bytes[start])},
                                          message_arg("hint", Message(msg::kLegacyText))}));
    }
    if (c == '\n') {
      ++line;
      column = 1;
    } else {
      ++column;
    }
  }
}

int count_characters(std::string_view utf8) {
  return static_cast<int>(std::count_if(utf8.begin(), utf8.end(), [](char c) {
    return (static_cast<unsigned char>(c) & 0xC0) != 0x80;  // not a continuation byte
  }));
}

bool looks_like_legacy_encoding(std::string_view text) {
  // Real text has these characters too ("Jürgen Müller", "ABC® ©"), so one alone proves
  // nothing. Legacy text puts symbols (¡–¿) inside words — "V¨n", "Thµnh", "§Æng" — and
  // letters such as Æ, Ñ, ø several times in a short name.
  const auto* bytes = reinterpret_cast<const uint8_t*>(text.data());
  const int32_t length = static_cast<int32_t>(text.size());
  int symbols_in_words = 0, letters = 0;
  bool previous_symbol = false;
  for (int32_t i = 0; i < length;) {
    UChar32 c = 0;
    U8_NEXT(bytes, i, length, c);
    if (c < 0)
      return false;
    const bool marker = is_legacy_marker(c);
    const bool symbol = marker && c <= 0xBF;
    if (previous_symbol && (marker || u_isalpha(c)))
      ++symbols_in_words;  // the symbol before this one starts or continues a word
    if (marker && !symbol)
      ++letters;
    previous_symbol = symbol;
  }
  return (symbols_in_words >= 1 && symbols_in_words + letters >= 2) || letters >= 3;
}

void require_unicode_text(std::string_view text, const InputLocation& where) {
  require_utf8(text, where);
  if (looks_like_legacy_encoding(text))
    throw MessageError(where, Message(msg::kLegacyText));
}

}  // namespace thuky::text
