#include "elected.hpp"

#include <SQLiteCpp/Statement.h>

#include "election_store.hpp"
#include "results.hpp"

namespace delegates {

int record_elected(thuky::Store& store, const std::string& election_id) {
  forget_elected(store, election_id);
  SQLite::Statement day_of(store.db(), "SELECT day_id FROM delegates_elections WHERE id = ?");
  day_of.bind(1, election_id);
  if (!day_of.executeStep())
    return 0;
  const ElectionDay day = ElectionStore(store).load(day_of.getColumn(0).getString());
  SQLite::Statement add(store.db(),
                        "INSERT INTO delegates_elected(election_id, unit_number, place, "
                        "candidate_id, person_id, votes) SELECT election_id, unit_number, ?, id, "
                        "person_id, ? FROM delegates_candidates WHERE id = ?");
  int count = 0;
  for (const UnitResult& r : compute_results(store, day, election_id)) {
    int place = 0;
    for (const std::size_t i : r.winners) {
      const CandidateResult& winner = r.candidates[i];
      add.reset();
      add.bind(1, ++place);
      add.bind(2, winner.votes);
      add.bind(3, winner.candidate.id);
      add.exec();
      ++count;
    }
  }
  return count;
}

void forget_elected(thuky::Store& store, const std::string& election_id) {
  SQLite::Statement q(store.db(), "DELETE FROM delegates_elected WHERE election_id = ?");
  q.bind(1, election_id);
  q.exec();
}

}  // namespace delegates
