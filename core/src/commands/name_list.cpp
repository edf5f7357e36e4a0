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

NameList::NameList(std::string source, std::string input, const text::NameOrder& order)
    : source_(std::move(source)), input_(std::move(input)) {
  entries_.reserve(static_cast<std::size_t>(std::count(input_.begin(), input_.end(), '\n')) + 1);
  keys_.reserve(input_.size() + input_.size() / 4);  // keys run about as long as the names
  const std::string_view all(input_);
  int number = 1;
  for (std::size_t start = 0; start < all.size(); ++number) {
    std::size_t end = all.find('\n', start);
    if (end == std::string_view::npos)
      end = all.size();
    std::string_view raw = all.substr(start, end - start);
    if (!raw.empty() && raw.back() == '\r')
      raw.remove_suffix(1);
    if (raw.size() > kMaxLineBytes) {
      throw UserError(InputLocation{source_, number, 0, ""},
                      fmt::format("the line is {} bytes long; a line holds one name and at most "
                                  "{} bytes (is this a list of names?)",
                                  raw.size(), kMaxLineBytes));
    }
    read_line(raw, start, number, order);
    start = end + 1;
  }
}

void NameList::read_line(std::string_view raw, std::size_t offset, int number,
                         const text::NameOrder& order) {
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
  const bool rewrite_name = !(ascii || is_nfc_utf8(name)) || !is_clean(name);
  if (rewrite_name) {
    cleaned = text::clean_text(name);
    name = cleaned;
  }
  std::optional<text::Date> birth;
  std::string dmy;
  if (tab != std::string_view::npos) {
    const std::string date = text::clean_text(date_text);
    birth = text::Date::parse_dmy(date);
    if (!birth) {
      throw UserError(InputLocation{source_, number, text::count_characters(name) + 2, "ngày sinh"},
                      fmt::format("'{}' is not a date like 15/09/1970", date));
    }
    dmy = birth->dmy();
  }

  Entry entry{};
  entry.key_offset = keys_.size();
  order.append_sort_key(keys_, text::split_name_views(name), birth);
  entry.key_length = static_cast<std::uint32_t>(keys_.size() - entry.key_offset);
  entry.line_number = number;
  entry.name_length = static_cast<std::uint32_t>(name.size());
  if (!rewrite_name && (!birth || date_text == dmy)) {
    entry.text_offset = offset;
    entry.text_length = static_cast<std::uint32_t>(raw.size());
  } else {
    entry.text_offset = rewritten_.size() | kRewritten;
    rewritten_ += name;
    if (birth) {
      rewritten_ += '\t';
      rewritten_ += dmy;
    }
    entry.text_length = static_cast<std::uint32_t>((rewritten_.size() & ~kRewritten) -
                                                   (entry.text_offset & ~kRewritten));
  }
  entries_.push_back(entry);
}

std::string_view NameList::key(std::size_t i) const {
  return std::string_view(keys_).substr(entries_[i].key_offset, entries_[i].key_length);
}

std::string_view NameList::line_text(std::size_t i) const {
  const Entry& e = entries_[i];
  if (e.text_offset & kRewritten)
    return std::string_view(rewritten_).substr(e.text_offset & ~kRewritten, e.text_length);
  return std::string_view(input_).substr(e.text_offset, e.text_length);
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
