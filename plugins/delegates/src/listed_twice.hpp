#pragma once
// Voters who may be one citizen listed twice: the same name (match key) and full birth date on
// the lists of two polling areas, struck-off voters left out. `election check` finds them on a
// partial index (migration 9) in the key's order, so a million voters cost one index walk that
// stops at the limit; only the voters of the keys found are read.

#include <SQLiteCpp/Database.h>

#include <string>
#include <utility>
#include <vector>

#include "thuky/store.hpp"

namespace delegates {

struct ListedTwice {
  std::string full_name;   // the first of the names as written, in byte order
  std::string birth_date;  // ISO
  std::vector<std::pair<std::string, int>> cards;  // (polling area, card), in that order
};

// The first `limit` keys in match-key order, as `election check` reports them.
std::vector<ListedTwice> voters_listed_twice(thuky::Store& store, const std::string& day_id,
                                             int limit);

// The check's index, dropped while a first list loads into an empty table and built once at the
// end: a sort instead of a million B-tree inserts, as for the citizen index (voters.cpp).
class DeferredTwiceIndex {
 public:
  explicit DeferredTwiceIndex(SQLite::Database& db);
  void finish();  // before the caller commits

 private:
  SQLite::Database& db_;
  bool deferred_ = false;
};

}  // namespace delegates
