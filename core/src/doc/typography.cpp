#include "doc/typography.hpp"

#include <algorithm>
#include <array>
#include <string>
#include <unordered_map>

#include <unicode/locid.h>
#include <unicode/unistr.h>

#include "thuky/text/case.hpp"
#include "thuky/text/names.hpp"

namespace thuky::doc::typography {
namespace {

std::string lower(std::string_view utf8) {
  std::string out;
  icu::UnicodeString::fromUTF8(icu::StringPiece(utf8.data(), static_cast<int32_t>(utf8.size())))
      .toLower(icu::Locale("vi"))
      .toUTF8String(out);
  return out;
}

// Punctuation that may close or open a word without changing what it is.
std::string_view trimmed(std::string_view w) {
  // ASCII only, byte by byte: a byte of "“" or "”" (E2 80 9C/9D) also ends "ờ" (E1 BB 9D) and
  // "À" (C3 80), so "giờ" lost its last byte and was no unit. The quotes go whole, below.
  const std::string_view open = "(\"'";
  const std::string_view close = ",;:.)\"'!?";
  while (!w.empty() && open.find(w.front()) != std::string_view::npos)
    w.remove_prefix(1);
  while (!w.empty() && close.find(w.back()) != std::string_view::npos)
    w.remove_suffix(1);
  // The curly quotes are three bytes each.
  for (std::string_view q : {std::string_view("“"), std::string_view("”")}) {
    if (w.size() >= q.size() && w.substr(0, q.size()) == q)
      w.remove_prefix(q.size());
    if (w.size() >= q.size() && w.substr(w.size() - q.size()) == q)
      w.remove_suffix(q.size());
  }
  return w;
}

bool one_of(std::string_view word, const std::vector<std::string>& list) {
  const std::string l = lower(trimmed(word));
  return std::find(list.begin(), list.end(), l) != list.end();
}

std::vector<std::string> lowered(const std::vector<std::string>& words) {
  std::vector<std::string> out;
  for (const auto& w : words)
    out.push_back(lower(w));
  return out;
}

}  // namespace

bool is_number(std::string_view word) {
  const std::string_view w = trimmed(word);
  if (w.empty() || !(w.front() >= '0' && w.front() <= '9'))
    return false;
  return std::all_of(w.begin(), w.end(),
                     [](char c) { return (c >= '0' && c <= '9') || c == '.' || c == ','; });
}

WordLists word_lists(const std::vector<std::string>& units,
                     const std::vector<std::string>& multipliers,
                     const std::vector<std::string>& weak_words) {
  return {lowered(units), lowered(multipliers), lowered(weak_words)};
}

bool is_unit(std::string_view word, const WordLists& lists) {
  return one_of(word, lists.units);
}

bool is_multiplier(std::string_view word, const WordLists& lists) {
  return one_of(word, lists.multipliers);
}

bool closes_phrase(std::string_view word) {
  const std::string_view close = ",;:.)\"'!?";
  return !word.empty() && (close.find(word.back()) != std::string_view::npos ||
                           (word.size() >= 3 && word.substr(word.size() - 3) == "”"));
}

bool is_date_word(std::string_view word) {
  static const std::vector<std::string> words = {"ngày", "tháng", "năm", "giờ"};
  return !closes_phrase(word) && one_of(word, words);
}

bool is_dash(std::string_view word) {
  return word == "-" || word == "–" || word == "—";
}

bool is_qualifier(std::string_view word) {
  if (word.size() < 2 || word.back() != '.')
    return false;
  const std::string_view letters = word.substr(0, word.size() - 1);
  return letters.size() <= 4 &&
         std::all_of(letters.begin(), letters.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
}

bool is_upper(std::string_view word) {
  const std::string w(trimmed(word));
  return !w.empty() && text::to_upper(w) == w && lower(w) != w;
}

bool is_weak(std::string_view word, const WordLists& lists) {
  // A word that ends with punctuation closes a phrase; it may end a line.
  if (trimmed(word).size() != word.size())
    return false;
  return one_of(word, lists.weak);
}

// A word's key is ICU case folding, the costly part of matching terms; a long list repeats the
// same few hundred words ("thôn", "xã", family and middle names), so each thread remembers the
// keys it made. Bounded: a document of unique words does not grow it for ever.
const std::string& word_key(const std::string& word) {
  thread_local std::unordered_map<std::string, std::string> keys;
  if (keys.size() > 16384)
    keys.clear();
  auto [it, fresh] = keys.try_emplace(word);
  if (fresh)
    it->second = text::match_key(trimmed(word));
  return it->second;
}

std::vector<std::string> term_keys(std::string_view term) {
  std::vector<std::string> out;
  std::string word;
  for (std::size_t at = 0; at <= term.size(); ++at) {
    if (at < term.size() && term[at] != ' ' && term[at] != '\t' && term[at] != '\n' &&
        term[at] != '\r') {
      word += term[at];
    } else if (!word.empty()) {
      out.push_back(word_key(word));
      word.clear();
    }
  }
  return out;
}

std::string curly_quotes(std::string_view text) {
  std::string out;
  bool open = true;  // quotes pair up: the first opens, the next closes
  for (char c : text) {
    if (c != '"') {
      out += c;
      continue;
    }
    out += open ? "“" : "”";
    open = !open;
  }
  return out;
}

}  // namespace thuky::doc::typography
