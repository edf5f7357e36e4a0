#include "thuky/text/names.hpp"

#include <unicode/coll.h>
#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <stdexcept>

#include "text/name_letters.hpp"
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
// ngang 0 < huyền 1 < hỏi 2 < ngã 3 < sắc 4 < nặng 5 (one table for keys and matching).
int tone_of(UChar32 c) {
  return detail::tone_of_mark(static_cast<char32_t>(c));
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

// The words of a cleaned text outside parentheses.
std::vector<std::string> words_of(std::string_view clean) {
  std::vector<std::string> words;
  std::string current;
  int depth = 0;
  const auto end_word = [&] {
    if (!current.empty())
      words.push_back(std::move(current));
    current.clear();
  };
  for (char c : clean) {
    if (c == '(') {
      end_word();
      ++depth;
    } else if (c == ')') {
      end_word();
      depth = depth > 0 ? depth - 1 : 0;
    } else if (c == ' ') {
      end_word();
    } else if (depth == 0) {
      current += c;
    }
  }
  end_word();
  return words;
}

}  // namespace

NamePartViews split_name_views(std::string_view full_name) {
  // Words are runs outside parentheses between ASCII white space (what clean_text collapses).
  struct Span {
    std::size_t begin, end;
  };
  Span first{0, 0}, second{0, 0}, before_last{0, 0}, last{0, 0};
  std::size_t words = 0;
  int depth = 0;
  std::size_t start = std::string_view::npos;
  const auto end_word = [&](std::size_t at) {
    if (start == std::string_view::npos)
      return;
    const Span word{start, at};
    if (words == 0)
      first = word;
    if (words == 1)
      second = word;
    before_last = last;
    last = word;
    ++words;
    start = std::string_view::npos;
  };
  for (std::size_t i = 0; i < full_name.size(); ++i) {
    const char c = full_name[i];
    if (c == '(') {
      end_word(i);
      ++depth;
    } else if (c == ')') {
      end_word(i);
      depth = depth > 0 ? depth - 1 : 0;
    } else if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
      end_word(i);
    } else if (depth == 0 && start == std::string_view::npos) {
      start = i;
    }
  }
  end_word(full_name.size());
  NamePartViews parts;
  const auto view = [&](Span s) { return full_name.substr(s.begin, s.end - s.begin); };
  if (words == 0)
    return parts;
  parts.given = view(last);
  if (words == 1)
    return parts;
  parts.family = view(first);
  if (words > 2)
    parts.middle = full_name.substr(second.begin, before_last.end - second.begin);
  return parts;
}

NameParts split_name(std::string_view full_name) {
  const std::string clean = clean_text(full_name);
  const NamePartViews views = split_name_views(clean);
  NameParts parts{std::string(views.family), {}, std::string(views.given)};
  // The middle words without an alias between them.
  for (const std::string& word : words_of(views.middle)) {
    if (!parts.middle.empty())
      parts.middle += ' ';
    parts.middle += word;
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

}  // namespace thuky::text
