// Sort keys of both name orders. Not ICU collation keys, on purpose: ICU cannot make "Hoà"
// equal "Hòa" (tone placement) in either order, so a syllable pass over letters and tones is
// needed anyway (text/name_letters.hpp); once it has run, one byte per letter is an exact key,
// several times cheaper to build than Collator::getSortKey and shorter. A test checks the
// dictionary key against ICU's "vi" collation.
#include <algorithm>
#include <numeric>
#include <string>

#include "text/name_keys.hpp"
#include "text/name_letters.hpp"
#include "thuky/text/names.hpp"

namespace thuky::text {
namespace detail {
namespace {

// Published order: one rank per letter, six per vowel (a à ả ã á ạ ă ằ … b c d đ e è …).
struct PublishedRanks {
  std::array<std::uint8_t, kLetterCount + 1> first{};
  constexpr PublishedRanks() {
    int rank = 0;
    for (int letter = 1; letter <= kLetterCount; ++letter) {
      first[letter] = static_cast<std::uint8_t>(rank);
      rank += is_vowel(static_cast<std::uint8_t>(letter)) ? kToneCount : 1;
    }
  }
};
constexpr PublishedRanks kPublishedRanks;

void append_other(std::string& key, char32_t c) {
  key += static_cast<char>(kKeyOther);
  key += static_cast<char>((c >> 16) & 0xFF);
  key += static_cast<char>((c >> 8) & 0xFF);
  key += static_cast<char>(c & 0xFF);
}

}  // namespace

std::uint8_t published_letter_byte(std::uint8_t letter, std::uint8_t tone) {
  return static_cast<std::uint8_t>(kKeyLetters + kPublishedRanks.first[letter] +
                                   (is_vowel(letter) ? tone : 0));
}

void append_part_key(std::string& key, std::string_view part, NameOrderKind kind) {
  if (kind == NameOrderKind::kPublished) {
    scan_name(part, [&key](const NameUnit& u) {
      switch (u.kind) {
        case NameUnit::kLetter:
          key += static_cast<char>(published_letter_byte(u.letter, u.tone));
          break;
        case NameUnit::kDigit:
          key += static_cast<char>(kKeyDigits + u.letter);
          break;
        case NameUnit::kBreak:
          key += static_cast<char>(kKeyBreak);
          break;
        case NameUnit::kOther:
          append_other(key, u.code_point);
          break;
      }
    });
    key += static_cast<char>(kKeyEnd);
    return;
  }
  // Dictionary order: the letters, then one tone a word, so tones only break ties.
  char tones[64];
  std::size_t tone_count = 0;
  std::string overflow;  // names with more than 64 words, never in practice
  int word_tone = 0;
  bool in_word = false;
  const auto end_word = [&] {
    if (!in_word)
      return;
    if (tone_count < sizeof tones)
      tones[tone_count++] = static_cast<char>(kKeyTones + word_tone);
    else
      overflow += static_cast<char>(kKeyTones + word_tone);
    word_tone = 0;
    in_word = false;
  };
  scan_name(part, [&](const NameUnit& u) {
    switch (u.kind) {
      case NameUnit::kLetter:
        key += static_cast<char>(kKeyLetters + u.letter);
        if (u.tone != 0 && word_tone == 0)
          word_tone = u.tone;
        in_word = true;
        break;
      case NameUnit::kDigit:
        key += static_cast<char>(kKeyDigits + u.letter);
        in_word = true;
        break;
      case NameUnit::kBreak:
        end_word();
        key += static_cast<char>(kKeyBreak);
        break;
      case NameUnit::kOther:
        append_other(key, u.code_point);
        in_word = true;
        break;
    }
  });
  end_word();
  key += static_cast<char>(kKeyEnd);
  key.append(tones, tone_count);
  key += overflow;
  key += static_cast<char>(kKeyEnd);
}

void append_date_key(std::string& key, const std::optional<Date>& date) {
  if (!date) {
    key += static_cast<char>(kKeyNoDate);
    return;
  }
  key += static_cast<char>(kKeyDate);
  key += static_cast<char>((date->year >> 8) & 0xFF);
  key += static_cast<char>(date->year & 0xFF);
  key += static_cast<char>(date->month);
  key += static_cast<char>(date->day);
}

}  // namespace detail

NameOrder::NameOrder(NameOrderKind kind) : kind_(kind) {
  detail::letter_table();  // built once, here rather than inside the first comparison
}

NameOrder::~NameOrder() = default;

void NameOrder::append_sort_key(std::string& out, const NamePartViews& parts,
                                const std::optional<Date>& birth_date) const {
  detail::append_part_key(out, parts.given, kind_);
  detail::append_part_key(out, parts.family, kind_);
  detail::append_part_key(out, parts.middle, kind_);
  detail::append_date_key(out, birth_date);
}

std::string NameOrder::sort_key(const ListedPerson& person) const {
  std::string key;
  key.reserve(32);
  append_sort_key(key, {person.parts.family, person.parts.middle, person.parts.given},
                  person.birth_date);
  return key;
}

int NameOrder::compare(const ListedPerson& a, const ListedPerson& b) const {
  const int r = sort_key(a).compare(sort_key(b));
  return r < 0 ? -1 : r > 0 ? 1 : 0;
}

void NameOrder::sort(std::vector<ListedPerson>& people) const {
  std::vector<std::string> keys;
  keys.reserve(people.size());
  for (const auto& person : people)
    keys.push_back(sort_key(person));
  std::vector<std::size_t> order(people.size());
  std::iota(order.begin(), order.end(), 0);
  std::stable_sort(order.begin(), order.end(),
                   [&keys](std::size_t a, std::size_t b) { return keys[a] < keys[b]; });
  std::vector<ListedPerson> sorted;
  sorted.reserve(people.size());
  for (const std::size_t i : order)
    sorted.push_back(std::move(people[i]));
  people = std::move(sorted);
}

}  // namespace thuky::text
