#pragma once
// The lists printed with a verification code, as the store remembers them: which list, when,
// and the digest of each row, for `election verify CODE`.

#include <optional>
#include <string>

#include "list_digest.hpp"
#include "thuky/store.hpp"

namespace delegates {

struct PrintedList {
  std::string code;
  std::string kind;  // "candidates" or "voters"
  std::string day_id, election_id;
  int unit = 0;
  std::string area;  // polling area code
  std::string heading;
  std::string rows;  // ListDigest::rows_text()
  std::size_t row_count = 0;
  std::string printed_at, last_printed_at;  // ISO

  // What the digest of a list just printed says about it.
  void take(const ListDigest& digest) {
    code = digest.code();
    heading = digest.heading_digest();
    rows = digest.rows_text();
    row_count = digest.rows();
  }
};

// Records a printing at `now`: a new code is added; the same code printed again (same data)
// keeps its first printing time and updates the last.
void record_printed(thuky::Store& store, const PrintedList& list, const std::string& now);

std::optional<PrintedList> find_printed(thuky::Store& store, const std::string& code);

}  // namespace delegates
