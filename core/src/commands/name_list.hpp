#pragma once
// A list for `thuky names sort`: one person a line ("full name" or "full name<TAB>dd/mm/yyyy"),
// read into one compact record a line (sort key in a shared arena, where the text is) so that
// a million names cost little more than the file itself.

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

  // Reads `input` (which the list keeps); `source` names it in messages. Throws UserError for
  // bad UTF-8, legacy encodings, bad dates and overlong lines.
  NameList(std::string source, std::string input, const text::NameOrder& order);

  std::size_t size() const noexcept { return entries_.size(); }
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
    std::uint64_t text_offset;  // in input_, or in rewritten_ when kRewritten is set
    std::uint32_t text_length;
    std::uint32_t name_length;
  };
  static constexpr std::uint64_t kRewritten = std::uint64_t{1} << 63;

  void read_line(std::string_view raw, std::size_t offset, int number,
                 const text::NameOrder& order);

  std::string source_;
  std::string input_;
  std::string rewritten_;  // lines that needed NFC, spacing or a date reformatted
  std::string keys_;
  std::vector<Entry> entries_;
};

}  // namespace thuky::host
