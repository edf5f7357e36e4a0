#include "thuky/text/name_check.hpp"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <cstdint>
#include <utility>

#include "text/name_messages.hpp"
#include "thuky/text/normalize.hpp"
#include "thuky/text/terminal.hpp"

namespace thuky::text {
namespace {

// Calls `visit(code point, its bytes)` for each character of well-formed UTF-8; an ill-formed
// sequence is passed as U+FFFD (the importers refuse it before).
template <typename Visit>
void each_code_point(std::string_view utf8, Visit visit) {
  const auto* bytes = reinterpret_cast<const std::uint8_t*>(utf8.data());
  const auto length = static_cast<std::int32_t>(utf8.size());
  for (std::int32_t i = 0; i < length;) {
    const std::int32_t start = i;
    UChar32 c = 0;
    U8_NEXT(bytes, i, length, c);
    visit(c < 0 ? 0xFFFD : c,
          utf8.substr(static_cast<std::size_t>(start), static_cast<std::size_t>(i - start)));
  }
}

bool is_space(UChar32 c) {
  // Zs (U+00A0, U+2000..U+200A, U+202F, U+3000 ...), line and paragraph separators, and the
  // ASCII white space clean_text collapses.
  const auto type = u_charType(c);
  return c == '\t' || c == '\n' || c == '\r' || type == U_SPACE_SEPARATOR ||
         type == U_LINE_SEPARATOR || type == U_PARAGRAPH_SEPARATOR;
}

bool invisible(UChar32 c) {
  // Cf: zero-width space/joiners, word joiner, BOM, soft hyphen, direction marks and overrides.
  return u_charType(c) == U_FORMAT_CHAR;
}

bool is_ascii(std::string_view s) {
  for (char c : s) {
    if (static_cast<unsigned char>(c) >= 0x80)
      return false;
  }
  return true;
}

Message with_char(const MessageText& text, std::string_view value, std::string_view character) {
  return Message(text, {{"value", escape_controls(value)}, {"char", std::string(character)}});
}

}  // namespace

std::string clean_name(std::string_view utf8) {
  if (is_ascii(utf8))
    return clean_text(utf8);  // no Unicode spaces nor format characters to look for
  const std::string nfc = to_nfc(utf8);
  std::string plain;
  plain.reserve(nfc.size());
  each_code_point(nfc, [&](UChar32 c, std::string_view bytes) {
    if (invisible(c))
      return;
    if (is_space(c))
      plain += ' ';
    else
      plain.append(bytes);
  });
  return clean_text(plain);
}

std::optional<Message> name_problem(std::string_view name) {
  std::optional<Message> problem;
  bool first = true;
  each_code_point(name, [&](UChar32 c, std::string_view bytes) {
    if (problem)
      return;
    const bool was_first = std::exchange(first, false);
    if (u_iscntrl(c) && !is_space(c)) {
      problem = Message(msg::kNameControl,
                        {{"value", escape_controls(name)}, {"code", std::to_string(c)}});
      return;
    }
    if (u_isdigit(c)) {
      problem = with_char(msg::kNameDigit, name, bytes);
      return;
    }
    if (was_first && (c == '=' || c == '+' || c == '@' || c == '-')) {
      problem = with_char(msg::kNameLikeFormula, name, bytes);
      return;
    }
    const auto type = u_charType(c);
    const bool letter = u_isalpha(c) || type == U_NON_SPACING_MARK ||
                        type == U_COMBINING_SPACING_MARK || type == U_ENCLOSING_MARK;
    if (was_first && !letter) {
      problem = Message(msg::kNameNotLetterFirst, {{"value", escape_controls(name)}});
      return;
    }
    // Inside a name: an apostrophe (H'Luân, also typed ’ or ʼ), a hyphen, an initial's dot,
    // an alias in parentheses or a nickname in quotes (Lê Thị "Út" Hoa), spaces.
    const bool allowed = letter || c == ' ' || c == '\'' || c == 0x2019 || c == 0x02BC ||
                         c == '-' || c == '.' || c == '(' || c == ')' || c == '"' || c == 0x201C ||
                         c == 0x201D;
    if (!allowed)
      problem = with_char(msg::kNameSymbol, name, bytes);
  });
  return problem;
}

}  // namespace thuky::text
