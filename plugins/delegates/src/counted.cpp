#include "counted.hpp"

#include <SQLiteCpp/Statement.h>
#include <fmt/format.h>

namespace delegates {

std::string counted_candidate_problem(thuky::Store& store, std::int64_t id,
                                      const std::string& file) {
  SQLite::Statement q(store.db(),
                      "SELECT c.full_name, v.polling_area FROM delegates_tally_votes v JOIN "
                      "delegates_candidates c ON c.id = v.candidate_id WHERE v.candidate_id = ? "
                      "ORDER BY v.polling_area LIMIT 1");
  q.bind(1, id);
  if (!q.executeStep())
    return {};
  return fmt::format(
      "{} is not in '{}' but has votes in the count of {}: keep the candidate, or set the counts "
      "again without them first",
      q.getColumn(0).getString(), file, q.getColumn(1).getString());
}

std::string counted_polling_area_problem(thuky::Store& store, const std::string& day_id,
                                         const std::string& code) {
  SQLite::Statement q(store.db(),
                      "SELECT count(*) FROM delegates_tallies WHERE day_id = ? AND "
                      "polling_area = ?");
  q.bind(1, day_id);
  q.bind(2, code);
  q.executeStep();
  if (q.getColumn(0).getInt() == 0)
    return {};
  return fmt::format("polling area '{}' is not in the file but has counts; keep it in the file",
                     code);
}

std::string counts_problem(thuky::Store& store, const std::string& election_id) {
  // A vote whose candidate and polling area no longer meet in one unit.
  SQLite::Statement moved(
      store.db(),
      "SELECT c.full_name, v.polling_area, c.unit_number, u.unit_number FROM "
      "delegates_tally_votes v JOIN delegates_candidates c ON c.id = v.candidate_id LEFT JOIN "
      "delegates_polling_units u ON u.day_id = v.day_id AND u.polling_area = v.polling_area AND "
      "u.election_id = v.election_id WHERE v.election_id = ?1 AND (u.unit_number IS NULL OR "
      "u.unit_number != c.unit_number) ORDER BY v.polling_area, c.sort_key LIMIT 1");
  moved.bind(1, election_id);
  if (moved.executeStep()) {
    const std::string name = moved.getColumn(0).getString();
    const std::string area = moved.getColumn(1).getString();
    return fmt::format(
        "{}: the count of {} has votes for {}, but {} would stand in unit {} and {} {}; a counted "
        "polling area or candidate cannot move to another unit",
        election_id, area, name, name, moved.getColumn(2).getInt(), area,
        moved.getColumn(3).isNull() ? "not vote in this election"
                                    : fmt::format("vote in unit {}", moved.getColumn(3).getInt()));
  }
  // A candidate of a counted unit the count has no votes for: the ballot changed after it.
  SQLite::Statement uncounted(
      store.db(),
      "SELECT c.full_name, c.unit_number, t.polling_area FROM delegates_tallies t JOIN "
      "delegates_polling_units u ON u.day_id = t.day_id AND u.polling_area = t.polling_area AND "
      "u.election_id = t.election_id JOIN delegates_candidates c ON c.election_id = t.election_id "
      "AND c.unit_number = u.unit_number WHERE t.election_id = ?1 AND NOT EXISTS (SELECT 1 FROM "
      "delegates_tally_votes v WHERE v.day_id = t.day_id AND v.polling_area = t.polling_area AND "
      "v.election_id = t.election_id AND v.candidate_id = c.id) ORDER BY t.polling_area, "
      "c.sort_key LIMIT 1");
  uncounted.bind(1, election_id);
  if (uncounted.executeStep()) {
    return fmt::format(
        "{}: {} would stand in unit {}, but the count of {} has no votes for them; the "
        "candidates of a counted unit cannot change",
        election_id, uncounted.getColumn(0).getString(), uncounted.getColumn(1).getInt(),
        uncounted.getColumn(2).getString());
  }
  return {};
}

}  // namespace delegates
