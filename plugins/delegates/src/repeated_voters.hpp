#pragma once
// One person twice on a voter list being imported: the same name (match key), birth date,
// household and residence in the same polling area, and at most one of the two with a citizen
// id. Namesakes exist, so it is a warning that names both lines, not a refusal; a citizen id
// on both settles it (two ids are two citizens, one id twice is refused).

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>

#include <optional>
#include <string>

#include "seen_hashes.hpp"

namespace delegates {

struct VoterKey {
  const std::string& area;
  const std::string& match_key;
  const std::string& birth;  // stored form
  const std::string& household;
  const std::string& residence;
  bool has_citizen_id;
};

class RepeatedVoters {
 public:
  RepeatedVoters(SQLite::Database& db, const std::string& day_id);

  // The card of an earlier voter of the area the voter about to get `card` repeats, or nothing.
  // Asks the store only when a hash of the key was seen (rare), so a million rows cost a probe.
  std::optional<int> earlier(const VoterKey& voter, int card);

 private:
  std::string day_;
  SeenHashes seen_;
  SQLite::Statement find_;
};

}  // namespace delegates
