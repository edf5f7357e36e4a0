#pragma once
// The letters of a name as both name orders see them (docs/name-order.md): Vietnamese letters
// with their tone, read from NFC or NFD text alike; the tone mark moved to one canonical vowel
// per syllable, so that "Hoà" and "Hòa" read the same; apostrophes and primes dropped (H′Dry
// reads "hdry"); a parenthesised alias skipped; runs of spaces and punctuation one word break.
// A header template because it runs for every name of a million-line list.

#include <unicode/utf8.h>

#include <array>
#include <cstdint>
#include <string_view>

namespace thuky::text::detail {

// The alphabet in dictionary order: a ă â b c d đ e ê f g h i j k l m n o ô ơ p q r s t u ư
// v w x y z, numbered from 1 (f, j, w, z are in foreign and ethnic-minority names).
// clang-format off
enum Letter : std::uint8_t {
  kNoLetter,
  kA, kAw, kAa, kB, kC, kD, kDd, kE, kEe, kF, kG, kH, kI, kJ, kK, kL, kM, kN,
  kO, kOo, kOw, kP, kQ, kR, kS, kT, kU, kUw, kV, kW, kX, kY, kZ,
};
// clang-format on
inline constexpr int kLetterCount = kZ;

// ngang 0, huyền 1, hỏi 2, ngã 3, sắc 4, nặng 5: the order of both name orders.
inline constexpr int kToneCount = 6;

constexpr bool is_vowel(std::uint8_t letter) {
  switch (letter) {
    case kA:
    case kAw:
    case kAa:
    case kE:
    case kEe:
    case kI:
    case kO:
    case kOo:
    case kOw:
    case kU:
    case kUw:
    case kY:
      return true;
    default:
      return false;
  }
}

// ă â ê ô ơ ư: in a syllable with one of them, it carries the tone.
constexpr bool has_quality_mark(std::uint8_t letter) {
  return letter == kAw || letter == kAa || letter == kEe || letter == kOo || letter == kOw ||
         letter == kUw;
}

struct NameUnit {
  enum Kind : std::uint8_t { kLetter, kDigit, kOther, kBreak };
  Kind kind = kLetter;
  std::uint8_t letter = kNoLetter;  // kLetter: a Letter; kDigit: 0–9
  std::uint8_t tone = 0;            // kLetter only
  char32_t code_point = 0;          // kOther: a character outside the Latin alphabet
};

// Letter and tone of the code points below kTableEnd: letter | tone << 8, 0 for "not a letter".
inline constexpr char32_t kTableEnd = 0x1F00;
const std::array<std::uint16_t, kTableEnd>& letter_table();

// Combining marks (NFD input): a tone (1–5), a quality mark, or neither.
int tone_of_mark(char32_t c);
std::uint8_t with_quality_mark(std::uint8_t letter, char32_t mark);  // kNoLetter if none

enum class CharClass : std::uint8_t { kSkip, kBreak, kOpen, kClose, kOther };
// What a code point that is not a letter, a digit or a combining mark does in a name.
CharClass classify(char32_t c);

// Index in [0, size) of the vowel that carries the tone of `syllable` in the traditional
// placement ("hòa", "thủy", "khỏe", "hoàng", "thuyền", "quý", "giữa").
int tone_position(const NameUnit* syllable, int size, int toned);

// Reads `utf8` and calls sink(const NameUnit&) for each letter, digit, other character and
// word break, in order. Breaks never lead, trail or repeat.
template <class Sink>
void scan_name(std::string_view utf8, Sink&& sink) {
  constexpr int kMaxSyllable = 48;  // longer runs are flushed in pieces, tones left in place
  std::array<NameUnit, kMaxSyllable> word{};
  int size = 0;
  bool emitted = false;
  bool pending_break = false;
  int depth = 0;  // inside an alias in parentheses

  const auto flush = [&] {
    if (size == 0)
      return;
    int toned = -1;
    int tones = 0;
    for (int i = 0; i < size; ++i) {
      if (word[i].kind == NameUnit::kLetter && word[i].tone != 0) {
        toned = i;
        ++tones;
      }
    }
    if (tones == 1) {
      const int target = tone_position(word.data(), size, toned);
      if (target != toned) {
        word[target].tone = word[toned].tone;
        word[toned].tone = 0;
      }
    }
    if (pending_break && emitted)
      sink(NameUnit{NameUnit::kBreak, 0, 0, 0});
    pending_break = false;
    for (int i = 0; i < size; ++i)
      sink(word[i]);
    emitted = true;
    size = 0;
  };
  const auto push = [&](const NameUnit& unit) {
    if (size == kMaxSyllable)
      flush();
    word[size++] = unit;
  };

  const auto* bytes = reinterpret_cast<const std::uint8_t*>(utf8.data());
  const auto length = static_cast<std::int32_t>(utf8.size());
  const auto& table = letter_table();
  for (std::int32_t i = 0; i < length;) {
    UChar32 c = bytes[i];
    if (c < 0x80) {
      ++i;
    } else {
      U8_NEXT(bytes, i, length, c);
      if (c < 0)
        c = 0xFFFD;
    }
    if (c >= 0x0300 && c < 0x0370) {  // combining marks of NFD text
      if (depth > 0 || size == 0 || word[size - 1].kind != NameUnit::kLetter)
        continue;
      NameUnit& last = word[size - 1];
      if (const int tone = tone_of_mark(static_cast<char32_t>(c))) {
        last.tone = static_cast<std::uint8_t>(tone);
      } else if (const std::uint8_t marked =
                     with_quality_mark(last.letter, static_cast<char32_t>(c))) {
        last.letter = marked;
      }
      continue;
    }
    const std::uint16_t entry = c < static_cast<UChar32>(kTableEnd) ? table[c] : 0;
    if (entry != 0 && depth == 0) {
      push(NameUnit{NameUnit::kLetter, static_cast<std::uint8_t>(entry & 0xFF),
                    static_cast<std::uint8_t>(entry >> 8), 0});
      continue;
    }
    if (c >= '0' && c <= '9') {
      if (depth == 0)
        push(NameUnit{NameUnit::kDigit, static_cast<std::uint8_t>(c - '0'), 0, 0});
      continue;
    }
    if (entry != 0)
      continue;  // a letter inside an alias
    switch (classify(static_cast<char32_t>(c))) {
      case CharClass::kSkip:
        break;
      case CharClass::kOpen:
        ++depth;
        [[fallthrough]];
      case CharClass::kBreak:
        flush();
        pending_break = true;
        break;
      case CharClass::kClose:
        if (depth > 0)
          --depth;
        flush();
        pending_break = true;
        break;
      case CharClass::kOther:
        if (depth == 0)
          push(NameUnit{NameUnit::kOther, 0, 0, static_cast<char32_t>(c)});
        break;
    }
  }
  flush();
}

}  // namespace thuky::text::detail
