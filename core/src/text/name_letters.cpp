#include "text/name_letters.hpp"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include <stdexcept>

namespace thuky::text::detail {
namespace {

std::uint8_t ascii_letter(UChar32 c) {
  static constexpr std::uint8_t kByAscii[26] = {kA, kB, kC, kD, kE, kF, kG, kH, kI, kJ, kK, kL, kM,
                                                kN, kO, kP, kQ, kR, kS, kT, kU, kV, kW, kX, kY, kZ};
  if (c >= 'a' && c <= 'z')
    return kByAscii[c - 'a'];
  if (c >= 'A' && c <= 'Z')
    return kByAscii[c - 'A'];
  return kNoLetter;
}

// Letter and tone of one precomposed character, from its canonical decomposition: "ặ" is
// a + breve + dot below. Marks that are not Vietnamese (ç, ü, ñ) are ignored.
std::uint16_t entry_for(UChar32 c, const icu::Normalizer2& nfd) {
  if (c == 0x0110 || c == 0x0111 || c == 0x00D0)  // Đ, đ, and Ð that converters put for Đ
    return kDd;
  if (const std::uint8_t letter = ascii_letter(c))
    return letter;
  icu::UnicodeString decomposition;
  if (c < 0xC0 || !nfd.getDecomposition(c, decomposition))
    return 0;
  std::uint8_t letter = ascii_letter(decomposition.char32At(0));
  if (letter == kNoLetter)
    return 0;
  int tone = 0;
  for (int32_t i = U16_LENGTH(decomposition.char32At(0)); i < decomposition.length();) {
    const UChar32 mark = decomposition.char32At(i);
    i += U16_LENGTH(mark);
    if (const int t = tone_of_mark(static_cast<char32_t>(mark)))
      tone = t;
    else if (const std::uint8_t marked = with_quality_mark(letter, static_cast<char32_t>(mark)))
      letter = marked;
  }
  return static_cast<std::uint16_t>(letter | (is_vowel(letter) ? tone : 0) << 8);
}

std::array<std::uint16_t, kTableEnd> build_table() {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfd = icu::Normalizer2::getNFDInstance(status);
  if (U_FAILURE(status))
    throw std::runtime_error("ICU NFD normaliser unavailable");
  std::array<std::uint16_t, kTableEnd> table{};
  for (UChar32 c = 0; c < static_cast<UChar32>(kTableEnd); ++c)
    table[c] = entry_for(c, *nfd);
  return table;
}

}  // namespace

const std::array<std::uint16_t, kTableEnd>& letter_table() {
  static const std::array<std::uint16_t, kTableEnd> table = build_table();
  return table;
}

int tone_of_mark(char32_t c) {
  switch (c) {
    case 0x0300:
    case 0x0340:
      return 1;  // grave: huyền
    case 0x0309:
      return 2;  // hook above: hỏi
    case 0x0303:
      return 3;  // tilde: ngã
    case 0x0301:
    case 0x0341:
      return 4;  // acute: sắc
    case 0x0323:
      return 5;  // dot below: nặng
    default:
      return 0;
  }
}

std::uint8_t with_quality_mark(std::uint8_t letter, char32_t mark) {
  switch (mark) {
    case 0x0306:  // breve
      return letter == kA ? kAw : kNoLetter;
    case 0x0302:  // circumflex
      return letter == kA ? kAa : letter == kE ? kEe : letter == kO ? kOo : kNoLetter;
    case 0x031B:  // horn
      return letter == kO ? kOw : letter == kU ? kUw : kNoLetter;
    default:
      return kNoLetter;
  }
}

CharClass classify(char32_t c) {
  switch (c) {
    // Apostrophes and primes inside ethnic-minority names (H′Dry, H'Hen) are not letters.
    case U'\'':
    case U'`':
    case 0x00B4:
    case 0x02B9:
    case 0x02BB:
    case 0x02BC:
    case 0x2018:
    case 0x2019:
    case 0x2032:
      return CharClass::kSkip;
    case U'(':
    case U'[':
    case 0xFF08:
      return CharClass::kOpen;
    case U')':
    case U']':
    case 0xFF09:
      return CharClass::kClose;
    default:
      break;
  }
  const auto u = static_cast<UChar32>(c);
  if (c < 0x80 || u_isspace(u) || u_ispunct(u) || u_charType(u) == U_CONTROL_CHAR)
    return CharClass::kBreak;  // ASCII letters and digits never get here
  if (u_charType(u) == U_NON_SPACING_MARK || u_charType(u) == U_FORMAT_CHAR)
    return CharClass::kSkip;
  return CharClass::kOther;
}

int tone_position(const NameUnit* syllable, int size, int toned) {
  const auto vowel_at = [&](int i) {
    return syllable[i].kind == NameUnit::kLetter && is_vowel(syllable[i].letter);
  };
  int begin = toned;
  while (begin > 0 && vowel_at(begin - 1))
    --begin;
  int end = toned + 1;
  while (end < size && vowel_at(end))
    ++end;
  // "qu" and "gi" before another vowel are consonants: quý, giữa.
  if (end - begin > 1 && begin > 0) {
    const std::uint8_t before = syllable[begin - 1].letter;
    const std::uint8_t first = syllable[begin].letter;
    if ((before == kQ && first == kU) || (before == kG && first == kI))
      ++begin;
  }
  for (int i = end - 1; i >= begin; --i) {
    if (has_quality_mark(syllable[i].letter))
      return i;  // thuyền, giữa, người
  }
  if (end < size)
    return end - 1;  // closed syllable: hoàng, toán
  if (end - begin >= 3)
    return begin + 1;  // ngoài, khuỷu
  return begin;        // hòa, thủy, khỏe, tài
}

}  // namespace thuky::text::detail
