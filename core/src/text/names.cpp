#include "thuky/text/names.hpp"

#include <unicode/coll.h>
#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <stdexcept>

#include "thuky/text/normalize.hpp"

namespace thuky::text {
namespace {

const icu::Normalizer2& normalizer(bool compose) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* n =
      compose ? icu::Normalizer2::getNFCInstance(status) : icu::Normalizer2::getNFDInstance(status);
  if (U_FAILURE(status))
    throw std::runtime_error("ICU normaliser unavailable");
  return *n;
}

icu::UnicodeString nfd(std::string_view utf8) {
  UErrorCode status = U_ZERO_ERROR;
  return normalizer(false).normalize(icu::UnicodeString::fromUTF8(utf8), status);
}

std::string utf8_nfc(const icu::UnicodeString& s) {
  UErrorCode status = U_ZERO_ERROR;
  std::string out;
  normalizer(true).normalize(s, status).toUTF8String(out);
  return out;
}

// Vietnamese tones as combining marks after NFD, numbered in collation order:
// ngang 0 < huyền 1 < hỏi 2 < ngã 3 < sắc 4 < nặng 5.
int tone_of(UChar32 c) {
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

// A text split into syllables: letters without tone marks, and each syllable's tone.
struct Untoned {
  icu::UnicodeString letters;  // NFC without tones, single spaces between words
  std::string tones;           // one digit per syllable, '0'..'5'
};

Untoned remove_tones(std::string_view utf8) {
  const icu::UnicodeString decomposed = nfd(utf8);
  Untoned out;
  int tone = 0;
  bool in_syllable = false;
  for (int32_t i = 0; i < decomposed.length();) {
    const UChar32 c = decomposed.char32At(i);
    i += U16_LENGTH(c);
    if (const int t = tone_of(c)) {
      tone = t;
      continue;
    }
    if (u_isalnum(c) || u_getCombiningClass(c) != 0) {
      out.letters.append(c);
      in_syllable = true;
      continue;
    }
    if (in_syllable) {
      out.tones += static_cast<char>('0' + tone);
      tone = 0;
      in_syllable = false;
    }
    if (u_isspace(c)) {
      if (out.letters.length() > 0 && !out.letters.endsWith(icu::UnicodeString(u' '))) {
        out.letters.append(u' ');
      }
    } else {
      out.letters.append(c);
    }
  }
  if (in_syllable)
    out.tones += static_cast<char>('0' + tone);
  if (out.letters.endsWith(icu::UnicodeString(u' ')))
    out.letters.truncate(out.letters.length() - 1);
  UErrorCode status = U_ZERO_ERROR;
  out.letters = normalizer(true).normalize(out.letters, status);  // ư, ơ, â… composed again
  return out;
}

std::vector<std::string> words_of(std::string_view text) {
  std::vector<std::string> words;
  std::string current;
  for (char c : clean_text(text)) {
    if (c == ' ') {
      words.push_back(std::move(current));
      current.clear();
    } else {
      current += c;
    }
  }
  if (!current.empty())
    words.push_back(std::move(current));
  return words;
}

}  // namespace

NameParts split_name(std::string_view full_name) {
  std::vector<std::string> words = words_of(full_name);
  NameParts parts;
  if (words.empty())
    return parts;
  parts.given = words.back();
  if (words.size() == 1)
    return parts;
  parts.family = words.front();
  for (std::size_t i = 1; i + 1 < words.size(); ++i) {
    if (!parts.middle.empty())
      parts.middle += ' ';
    parts.middle += words[i];
  }
  return parts;
}

std::string match_key(std::string_view text) {
  // The letters (lower case, NFC) of each syllable followed by its tone digit: "Thuỷ" and
  // "Thủy" both give "thuy2", whichever vowel carries the hook.
  const Untoned untoned = remove_tones(text);
  icu::UnicodeString lower = untoned.letters;
  lower.toLower(icu::Locale::getRoot());
  const std::string letters = utf8_nfc(lower);
  std::string key;
  std::size_t syllable = 0;
  for (std::size_t i = 0; i <= letters.size(); ++i) {
    if (i == letters.size() || letters[i] == ' ') {
      if (syllable < untoned.tones.size())
        key += untoned.tones[syllable++];
      if (i < letters.size())
        key += ' ';
    } else {
      key += letters[i];
    }
  }
  return key;
}

std::string search_key(std::string_view text) {
  const icu::UnicodeString decomposed = nfd(text);
  icu::UnicodeString folded;
  bool pending_space = false;
  for (int32_t i = 0; i < decomposed.length();) {
    UChar32 c = decomposed.char32At(i);
    i += U16_LENGTH(c);
    if (u_charType(c) == U_NON_SPACING_MARK)
      continue;
    if (u_isspace(c)) {
      pending_space = folded.length() > 0;
      continue;
    }
    if (c == 0x0110 || c == 0x0111)
      c = u'd';  // Đ, đ
    if (pending_space)
      folded.append(u' ');
    pending_space = false;
    folded.append(u_tolower(c));
  }
  std::string out;
  folded.toUTF8String(out);
  return out;
}

struct NameOrder::Impl {
  std::unique_ptr<icu::Collator> letters;  // "vi", primary strength: a < ă < â < b < … < đ …

  // One name part: letters by Vietnamese collation, then tones syllable by syllable, then the
  // exact text (case, tone placement) so that the order is total and repeatable.
  int compare_part(const std::string& a, const std::string& b) const {
    if (a == b)
      return 0;
    const Untoned ua = remove_tones(a);
    const Untoned ub = remove_tones(b);
    UErrorCode status = U_ZERO_ERROR;
    const UCollationResult r = letters->compare(ua.letters, ub.letters, status);
    if (r != UCOL_EQUAL)
      return r;
    if (const int t = ua.tones.compare(ub.tones))
      return t;
    return 0;
  }
};

NameOrder::NameOrder() : impl_(std::make_unique<Impl>()) {
  UErrorCode status = U_ZERO_ERROR;
  impl_->letters.reset(icu::Collator::createInstance(icu::Locale("vi"), status));
  if (U_FAILURE(status) || !impl_->letters) {
    throw std::runtime_error("ICU has no Vietnamese collation");
  }
  impl_->letters->setStrength(icu::Collator::PRIMARY);
}

NameOrder::~NameOrder() = default;

int NameOrder::compare(const ListedPerson& a, const ListedPerson& b) const {
  if (const int r = impl_->compare_part(a.parts.given, b.parts.given))
    return r;
  if (const int r = impl_->compare_part(a.parts.family, b.parts.family))
    return r;
  if (const int r = impl_->compare_part(a.parts.middle, b.parts.middle))
    return r;
  if (a.birth_date != b.birth_date) {
    if (!a.birth_date)
      return 1;
    if (!b.birth_date)
      return -1;
    return *a.birth_date < *b.birth_date ? -1 : 1;
  }
  return 0;
}

void NameOrder::sort(std::vector<ListedPerson>& people) const {
  std::stable_sort(
      people.begin(), people.end(),
      [this](const ListedPerson& a, const ListedPerson& b) { return compare(a, b) < 0; });
}

}  // namespace thuky::text
