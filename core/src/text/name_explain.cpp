// NameOrder::explain: the part and the letter that put one name before another, found by the
// same letter reading as the sort keys, so that the explanation can never disagree with the
// order.
#include <fmt/format.h>
#include <unicode/normalizer2.h>
#include <unicode/unistr.h>

#include <array>
#include <string>
#include <vector>

#include "text/name_keys.hpp"
#include "text/name_letters.hpp"
#include "thuky/text/names.hpp"

namespace thuky::text {
namespace {

using detail::NameUnit;

constexpr std::array<const char*, detail::kToneCount> kToneNames = {"ngang", "huyền", "hỏi",
                                                                    "ngã",   "sắc",   "nặng"};

std::string display(const NameUnit& u) {
  static constexpr std::array<const char*, detail::kLetterCount + 1> kLetters = {
      "",  "a", "ă", "â", "b", "c", "d", "đ", "e", "ê", "f", "g", "h", "i", "j", "k", "l",
      "m", "n", "o", "ô", "ơ", "p", "q", "r", "s", "t", "u", "ư", "v", "w", "x", "y", "z"};
  static constexpr std::array<char16_t, detail::kToneCount> kMarks = {0,      0x0300, 0x0309,
                                                                      0x0303, 0x0301, 0x0323};
  switch (u.kind) {
    case NameUnit::kDigit:
      return std::string(1, static_cast<char>('0' + u.letter));
    case NameUnit::kBreak:
      return " ";
    case NameUnit::kOther: {
      std::string out;
      icu::UnicodeString(static_cast<UChar32>(u.code_point)).toUTF8String(out);
      return out;
    }
    case NameUnit::kLetter:
      break;
  }
  icu::UnicodeString letter = icu::UnicodeString::fromUTF8(kLetters[u.letter]);
  if (u.tone != 0)
    letter.append(kMarks[u.tone]);
  UErrorCode status = U_ZERO_ERROR;
  std::string out;
  icu::Normalizer2::getNFCInstance(status)->normalize(letter, status).toUTF8String(out);
  return out;
}

std::vector<NameUnit> units_of(std::string_view part) {
  std::vector<NameUnit> units;
  detail::scan_name(part, [&units](const NameUnit& u) { units.push_back(u); });
  return units;
}

// What one unit weighs in the letters of a part: published order counts the tone, dictionary
// order does not.
int weight(const NameUnit& u, NameOrderKind kind) {
  switch (u.kind) {
    case NameUnit::kBreak:
      return 1;
    case NameUnit::kDigit:
      return 0x10 + u.letter;
    case NameUnit::kOther:
      return 0x1000000 + static_cast<int>(u.code_point);
    case NameUnit::kLetter:
      break;
  }
  return kind == NameOrderKind::kPublished ? detail::published_letter_byte(u.letter, u.tone)
                                           : 0x100 + u.letter;
}

std::string letters_of(const std::vector<NameUnit>& units, std::size_t count) {
  std::string out;
  for (std::size_t i = 0; i < count && i < units.size(); ++i)
    out += display(NameUnit{units[i].kind, units[i].letter, 0, units[i].code_point});
  return out;
}

// Why `first` (the text of one part) comes before `second` in `kind` order.
std::string part_difference(std::string_view first, std::string_view second, NameOrderKind kind) {
  const auto a = units_of(first);
  const auto b = units_of(second);
  int letter = 0;
  for (std::size_t i = 0; i < a.size() || i < b.size(); ++i) {
    if (i < a.size() && a[i].kind != NameUnit::kBreak)
      ++letter;
    if (i == a.size()) {
      return fmt::format("'{}' ends where '{}' goes on with '{}': a shorter name comes first",
                         first, second, display(b[i]));
    }
    if (i == b.size())
      break;  // cannot happen: `first` would not come first
    if (weight(a[i], kind) == weight(b[i], kind))
      continue;
    if (a[i].kind == NameUnit::kBreak) {
      return fmt::format(
          "after '{}', a word of '{}' ends where '{}' goes on with '{}': a shorter word comes "
          "first",
          letters_of(a, i), first, second, display(b[i]));
    }
    std::string why;
    if (kind == NameOrderKind::kPublished && a[i].kind == NameUnit::kLetter &&
        b[i].kind == NameUnit::kLetter && a[i].letter == b[i].letter) {
      why = fmt::format(
          " (tone {} before {}: a vowel with a tone is a letter of its own, right "
          "after the plain one)",
          kToneNames[a[i].tone], kToneNames[b[i].tone]);
    }
    const NameUnit shown_a = kind == NameOrderKind::kPublished
                                 ? a[i]
                                 : NameUnit{a[i].kind, a[i].letter, 0, a[i].code_point};
    const NameUnit shown_b = kind == NameOrderKind::kPublished
                                 ? b[i]
                                 : NameUnit{b[i].kind, b[i].letter, 0, b[i].code_point};
    return fmt::format("'{}' before '{}', letter {}: '{}' comes before '{}'{}", first, second,
                       letter, display(shown_a), display(shown_b), why);
  }
  // Dictionary order, same letters: the tones decide, word by word.
  int word = 1;
  int tone_a = 0;
  int tone_b = 0;
  for (std::size_t i = 0; i <= a.size(); ++i) {
    if (i == a.size() || a[i].kind == NameUnit::kBreak) {
      if (tone_a != tone_b) {
        return fmt::format(
            "'{}' before '{}': the same letters; in word {} the tone {} comes before {}", first,
            second, word, kToneNames[tone_a], kToneNames[tone_b]);
      }
      ++word;
      tone_a = tone_b = 0;
      continue;
    }
    if (tone_a == 0)
      tone_a = a[i].tone;
    if (tone_b == 0)
      tone_b = b[i].tone;
  }
  return fmt::format("'{}' and '{}' read the same", first, second);
}

// The name as entered, with the birth date when there is one: "Lê An (01/01/1960)".
std::string shown(const ListedPerson& person) {
  if (!person.birth_date)
    return person.full_name;
  return fmt::format("{} ({})", person.full_name, person.birth_date->dmy());
}

}  // namespace

std::string NameOrder::explain(const ListedPerson& a, const ListedPerson& b) const {
  const std::string order = fmt::format("the {} order", name_order_name(kind_));
  const int sign = compare(a, b);
  if (sign == 0) {
    return fmt::format(
        "'{}' and '{}' are equal in {}: the same letters and tones and the same birth date; a "
        "list keeps them in the order entered.\n",
        shown(a), shown(b), order);
  }
  const ListedPerson& first = sign < 0 ? a : b;
  const ListedPerson& second = sign < 0 ? b : a;
  std::string out =
      fmt::format("'{}' comes before '{}' in {}:\n", shown(first), shown(second), order);
  struct Part {
    const char* name;
    const std::string& first;
    const std::string& second;
  };
  const Part parts[] = {{"given names (tên)", first.parts.given, second.parts.given},
                        {"family names (họ)", first.parts.family, second.parts.family},
                        {"middle names (đệm)", first.parts.middle, second.parts.middle}};
  for (const Part& part : parts) {
    std::string key_first, key_second;
    detail::append_part_key(key_first, part.first, kind_);
    detail::append_part_key(key_second, part.second, kind_);
    if (key_first == key_second) {
      out += part.first.empty()
                 ? fmt::format("- the {} are the same: none\n", part.name)
                 : fmt::format("- the {} are the same: '{}'\n", part.name, part.first);
      continue;
    }
    out += fmt::format("- the {} decide: {}\n", part.name,
                       part_difference(part.first, part.second, kind_));
    return out;
  }
  if (first.birth_date && second.birth_date) {
    out += fmt::format("- the birth date decides: {} is earlier than {}\n", first.birth_date->dmy(),
                       second.birth_date->dmy());
  } else {
    out += fmt::format(
        "- the birth date decides: {} is known, the other is not (unknown dates "
        "come last)\n",
        first.birth_date->dmy());
  }
  return out;
}

}  // namespace thuky::text
