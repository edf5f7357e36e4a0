#include "tally_version.hpp"

#include <SQLiteCpp/Statement.h>

namespace delegates {

TallyStamp tally_stamp(thuky::Store& store, const std::string& day_id, const std::string& area,
                       const std::string& election_id) {
  SQLite::Statement q(store.db(),
                      "SELECT version, changed_by, changed_at FROM delegates_tally_versions "
                      "WHERE day_id = ? AND polling_area = ? AND election_id = ?");
  q.bind(1, day_id);
  q.bind(2, area);
  q.bind(3, election_id);
  TallyStamp stamp;
  if (q.executeStep()) {
    stamp.version = q.getColumn(0).getInt64();
    stamp.changed_by = q.getColumn(1).getString();
    stamp.changed_at = q.getColumn(2).getString();
  }
  return stamp;
}

void sign_tally(thuky::Store& store, const std::string& day_id, const std::string& area,
                const std::string& election_id, const std::string& user, const std::string& at) {
  SQLite::Statement q(store.db(),
                      "UPDATE delegates_tally_versions SET changed_by = ?, changed_at = ? "
                      "WHERE day_id = ? AND polling_area = ? AND election_id = ?");
  q.bind(1, user);
  q.bind(2, at);
  q.bind(3, day_id);
  q.bind(4, area);
  q.bind(5, election_id);
  q.exec();
}

}  // namespace delegates
