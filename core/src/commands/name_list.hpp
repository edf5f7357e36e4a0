#pragma once
// A list for `thuky names sort`: one person a line ("full name" or "full name<TAB>dd/mm/yyyy"),
// read into one compact record a line (sort key and text in shared arenas) so that a million
// names cost little more than the file itself. `thuky names sort` keeps one such list of a
// bounded size in memory at a time (name_runs.hpp).

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "thuky/text/names.hpp"

namespace thuky::host {

class NameList {
 public:
  // The longest line accepted; longer ones are refused (they are no names).
  static constexpr std::size_t kMaxLineBytes = 64 * 1024;

  // An empty list; `source` names the input in messages.
  explicit NameList(std::string source) : source_(std::move(source)) {}

  // Adds line `number` (without its line break; blank lines are skipped). Throws UserError for
  // bad UTF-8, legacy encodings and bad dates.
  void add(std::string_view raw, int number, const text::NameOrder& order);
  // Forgets every line (the memory stays for the next ones).
  void clear();

  std::size_t size() const noexcept { return entries_.size(); }
  // The memory the lines take, roughly: arenas and records.
  std::size_t bytes() const noexcept {
    return keys_.size() + texts_.size() + entries_.size() * sizeof(Entry);
  }
  std::string_view key(std::size_t i) const;
  // The line as printed: the name in NFC with single spaces, then a tab and the date if any.
  std::string_view line_text(std::size_t i) const;
  std::string_view name(std::size_t i) const {
    return line_text(i).substr(0, entries_[i].name_length);
  }
  int line_number(std::size_t i) const { return entries_[i].line_number; }

  // Entry indexes in key order; equal keys keep their input order.
  std::vector<std::uint32_t> sorted() const;

 private:
  struct Entry {
    std::uint64_t key_offset;
    std::uint32_t key_length;
    std::int32_t line_number;
    std::uint64_t text_offset;  // in texts_
    std::uint32_t text_length;
    std::uint32_t name_length;
  };

  std::string source_;
  std::string texts_;  // the lines as printed (NFC, single spaces, dates dd/mm/yyyy)
  std::string keys_;
  std::vector<Entry> entries_;
};

}  // namespace thuky::host
