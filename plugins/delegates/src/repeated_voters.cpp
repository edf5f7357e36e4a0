#include "repeated_voters.hpp"

#include <functional>

namespace delegates {

RepeatedVoters::RepeatedVoters(SQLite::Database& db, const std::string& day_id)
    : day_(day_id),
      // Within one area: the (day, area, card) key bounds the walk to its list.
      find_(db,
            "SELECT card FROM delegates_voters WHERE day_id = ? AND polling_area = ? AND card < ? "
            "AND match_key = ? AND birth_date = ? AND household = ? AND residence = ? AND "
            "removed_reason IS NULL AND (? = 0 OR citizen_id IS NULL) ORDER BY card LIMIT 1") {}

std::optional<int> RepeatedVoters::earlier(const VoterKey& v, int card) {
  std::string key;
  key.reserve(v.area.size() + v.match_key.size() + v.birth.size() + v.household.size() +
              v.residence.size() + 4);
  for (const std::string* part : {&v.area, &v.match_key, &v.birth, &v.household, &v.residence})
    key.append(*part).push_back('\x1f');
  if (seen_.insert(std::hash<std::string>{}(key)))
    return std::nullopt;
  find_.reset();
  find_.bind(1, day_);
  find_.bind(2, v.area);
  find_.bind(3, card);
  find_.bind(4, v.match_key);
  find_.bind(5, v.birth);
  find_.bind(6, v.household);
  find_.bind(7, v.residence);
  find_.bind(8, v.has_citizen_id ? 1 : 0);
  if (!find_.executeStep())
    return std::nullopt;  // another key with the same hash, or both with citizen ids
  return find_.getColumn(0).getInt();
}

}  // namespace delegates
