#pragma once
// The version of a stored count (migration 7): the tally page sends the version it loaded, and
// a save over a newer one is refused (409) with who saved it and when, never overwriting
// silently. The store's trigger raises the version on every save; the page's save then signs it.

#include <cstdint>
#include <string>

#include "thuky/store.hpp"

namespace delegates {

struct TallyStamp {
  std::int64_t version = 0;  // 0: never stored
  std::string changed_by;    // the account; empty for a command
  std::string changed_at;    // UTC, "2026-03-16T02:00:00Z"
};

TallyStamp tally_stamp(thuky::Store& store, const std::string& day_id, const std::string& area,
                       const std::string& election_id);

// Who stored the count just now, through the web pages, and when.
void sign_tally(thuky::Store& store, const std::string& day_id, const std::string& area,
                const std::string& election_id, const std::string& user, const std::string& at);

}  // namespace delegates
