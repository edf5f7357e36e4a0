#pragma once
// The verification code of a printed list: a SHA-256 of exactly what the paper shows (its
// heading and its rows, cell by cell), cut to 60 bits and written as 12 letters and digits in
// three groups ("7KQ2-MX4D-9TBA"), short enough to type from a posted list. Each row's own
// digest is kept too, so a check against the store can say which rows changed.

#include <array>
#include <string>
#include <string_view>
#include <vector>

namespace delegates {

class ListDigest {
 public:
  // `kind` and the heading's lines ("voters", {day id, area code, area name ...}).
  ListDigest(std::string_view kind, const std::vector<std::string>& heading);

  // A row as printed: `key` names it in messages (the voter's number, the candidate's name);
  // `struck` is the line through a struck-off voter.
  void row(std::string key, const std::vector<std::string>& cells, bool struck = false);

  // "7KQ2-MX4D-9TBA": Crockford base32 of the first 60 bits of the list's SHA-256.
  std::string code() const;
  std::string heading_digest() const { return heading_; }
  std::size_t rows() const { return rows_.size(); }
  // The rows as "key<TAB>16 hex digits" lines, for the store.
  std::string rows_text() const;

 private:
  std::string heading_;                                    // hex
  std::vector<std::pair<std::string, std::string>> rows_;  // key, 16 hex digits
};

// The typed code in canonical form ("7kq2 mx4d 9tba", "7KQ2MX4D9TBA", "7KQ2-MX4D-9TBA" →
// "7KQ2-MX4D-9TBA"), with the Crockford readings (O → 0, I and L → 1); empty when it is not
// 12 such characters.
std::string canonical_code(std::string_view typed);

}  // namespace delegates
