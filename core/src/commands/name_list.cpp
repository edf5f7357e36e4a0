#include "commands/name_list.hpp"

#include <fmt/format.h>
#include <unicode/normalizer2.h>

#include <algorithm>
#include <cstring>
#include <numeric>

#include "thuky/error.hpp"
#include "thuky/text/normalize.hpp"
#include "thuky/text/utf8.hpp"

namespace thuky::host {
namespace {

bool is_ascii(std::string_view s) {
  for (const char c : s) {
    if (static_cast<unsigned char>(c) >= 0x80)
      return false;
  }
  return true;
}

bool is_space(char c) {
  return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}

bool is_blank(std::string_view s) {
  return std::all_of(s.begin(), s.end(), is_space);
}

// Already what clean_text would make of it: no space at either end, none doubled.
bool is_clean(std::string_view s) {
  if (s.empty())
    return true;
  if (is_space(s.front()) || is_space(s.back()))
    return false;
  for (std::size_t i = 1; i < s.size(); ++i) {
    if (is_space(s[i]) && (s[i] != ' ' || s[i - 1] == ' '))
      return false;
  }
  return true;
}

bool is_nfc_utf8(std::string_view s) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(status);
  return U_SUCCESS(status) &&
         nfc->isNormalizedUTF8(icu::StringPiece(s.data(), static_cast<int32_t>(s.size())),
                               status) &&
         U_SUCCESS(status);
}

// Eight key bytes from `from` as a big-endian number, zero-padded: numbers order like bytes.
std::uint64_t key_word(std::string_view key, std::size_t from) {
  std::uint64_t word = 0;
  for (std::size_t i = from; i < from + 8; ++i)
    word = word << 8 | (i < key.size() ? static_cast<unsigned char>(key[i]) : 0);
  return word;
}

}  // namespace

void NameList::add(std::string_view raw, int number, const text::NameOrder& order) {
  const bool ascii = is_ascii(raw);
  if (!ascii)
    text::require_unicode_text(raw, InputLocation{source_, number, 0, ""});
  if (is_blank(raw))
    return;
  const std::size_t tab = raw.find('\t');
  std::string_view name = raw.substr(0, tab);
  const std::string_view date_text =
      tab == std::string_view::npos ? std::string_view() : raw.substr(tab + 1);

  // The name as printed and keyed: NFC with single spaces. Most lines already are.
  std::string cleaned;
  if (!(ascii || is_nfc_utf8(name)) || !is_clean(name)) {
    cleaned = text::clean_text(name);
    name = cleaned;
  }
  std::optional<text::Date> birth;
  if (tab != std::string_view::npos) {
    const std::string date = text::clean_text(date_text);
    birth = text::Date::parse_dmy(date);
    if (!birth) {
      throw UserError(InputLocation{source_, number, text::count_characters(name) + 2, "ngày sinh"},
                      fmt::format("'{}' is not a date like 15/09/1970", date));
    }
  }

  Entry entry{};
  entry.key_offset = keys_.size();
  order.append_sort_key(keys_, text::split_name_views(name), birth);
  entry.key_length = static_cast<std::uint32_t>(keys_.size() - entry.key_offset);
  entry.line_number = number;
  entry.name_length = static_cast<std::uint32_t>(name.size());
  entry.text_offset = texts_.size();
  texts_ += name;
  if (birth) {
    texts_ += '\t';
    texts_ += birth->dmy();
  }
  entry.text_length = static_cast<std::uint32_t>(texts_.size() - entry.text_offset);
  entries_.push_back(entry);
}

void NameList::clear() {
  texts_.clear();
  keys_.clear();
  entries_.clear();
}

std::string_view NameList::key(std::size_t i) const {
  return std::string_view(keys_).substr(entries_[i].key_offset, entries_[i].key_length);
}

std::string_view NameList::line_text(std::size_t i) const {
  return std::string_view(texts_).substr(entries_[i].text_offset, entries_[i].text_length);
}

std::vector<std::uint32_t> NameList::sorted() const {
  // Sorting small records that carry the key's first 16 bytes keeps most comparisons out of
  // the key arena; equal keys keep their input order.
  struct Item {
    std::uint64_t head;
    std::uint64_t next;
    std::uint32_t index;
  };
  std::vector<Item> items(entries_.size());
  for (std::uint32_t i = 0; i < items.size(); ++i)
    items[i] = {key_word(key(i), 0), key_word(key(i), 8), i};
  const char* const keys = keys_.data();
  const Entry* const entries = entries_.data();
  std::sort(items.begin(), items.end(), [keys, entries](const Item& a, const Item& b) {
    if (a.head != b.head)
      return a.head < b.head;
    if (a.next != b.next)
      return a.next < b.next;
    const Entry& ea = entries[a.index];
    const Entry& eb = entries[b.index];
    const std::size_t la = ea.key_length > 16 ? ea.key_length - 16 : 0;
    const std::size_t lb = eb.key_length > 16 ? eb.key_length - 16 : 0;
    if (const std::size_t common = std::min(la, lb)) {
      const int r = std::memcmp(keys + ea.key_offset + 16, keys + eb.key_offset + 16, common);
      if (r != 0)
        return r < 0;
    }
    if (la != lb)
      return la < lb;
    return a.index < b.index;
  });
  std::vector<std::uint32_t> order(items.size());
  for (std::size_t i = 0; i < items.size(); ++i)
    order[i] = items[i].index;
  return order;
}

}  // namespace thuky::host
