#include "elected_delegates.hpp"

#include <SQLiteCpp/Statement.h>

namespace contact {

const char* const kNoDelegatesPlugin =
    "the elected delegates come from the 'delegates' plugin, which is not installed or is "
    "disabled (see 'thuky plugins')";

bool ElectedDelegates::available() const {
  SQLite::Statement q(store_.db(),
                      "SELECT 1 FROM sqlite_master WHERE type = 'view' AND name = "
                      "'delegates_elected_v1'");
  return q.executeStep();
}

std::vector<ElectedDelegate> ElectedDelegates::list(const std::string& election_id) const {
  SQLite::Statement q(store_.db(),
                      "SELECT person_id, election_id, level, body, term, unit_number, place, "
                      "locked_at FROM delegates_elected_v1 WHERE ?1 = '' OR election_id = ?1 "
                      "ORDER BY election_day, election_id, unit_number, place");
  q.bind(1, election_id);
  std::vector<ElectedDelegate> out;
  while (q.executeStep()) {
    out.push_back({q.getColumn(0).getInt64(), q.getColumn(1).getString(),
                   q.getColumn(2).getString(), q.getColumn(3).getString(),
                   q.getColumn(4).getString(), q.getColumn(5).getInt(), q.getColumn(6).getInt(),
                   q.getColumn(7).getString()});
  }
  return out;
}

}  // namespace contact
