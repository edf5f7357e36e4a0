#include "listed_twice.hpp"

#include <SQLiteCpp/Statement.h>

namespace delegates {
namespace {

// As migration 9 creates it; the queries below repeat its WHERE so the planner may use it.
constexpr const char* kCreateIndex =
    "CREATE INDEX delegates_voters_twice ON delegates_voters(day_id, match_key, birth_date, "
    "polling_area, card) WHERE removed_reason IS NULL AND length(birth_date) = 10";

}  // namespace

std::vector<ListedTwice> voters_listed_twice(thuky::Store& store, const std::string& day_id,
                                             int limit) {
  // The keys from the index alone (GROUP BY in its order, no sort), then their voters: CROSS
  // JOIN keeps the keys outside, else the planner walks the whole index for the voters.
  SQLite::Statement q(
      store.db(),
      "WITH twice AS (SELECT match_key, birth_date FROM delegates_voters WHERE day_id = ?1 AND "
      "removed_reason IS NULL AND length(birth_date) = 10 GROUP BY match_key, birth_date HAVING "
      "count(DISTINCT polling_area) > 1 LIMIT ?2) "
      "SELECT v.match_key, v.full_name, v.birth_date, v.polling_area, v.card FROM twice t CROSS "
      "JOIN "
      "delegates_voters v ON v.day_id = ?1 AND v.match_key = t.match_key AND v.birth_date = "
      "t.birth_date AND v.removed_reason IS NULL AND length(v.birth_date) = 10 "
      "ORDER BY v.match_key, v.birth_date, v.polling_area, v.card");
  q.bind(1, day_id);
  q.bind(2, limit);
  std::vector<ListedTwice> out;
  std::string key;
  while (q.executeStep()) {
    std::string name = q.getColumn(1).getString();
    std::string birth = q.getColumn(2).getString();
    if (out.empty() || q.getColumn(0).getString() != key || birth != out.back().birth_date) {
      key = q.getColumn(0).getString();
      out.push_back({name, std::move(birth), {}});
    } else if (name < out.back().full_name) {
      out.back().full_name = std::move(name);
    }
    out.back().cards.emplace_back(q.getColumn(3).getString(), q.getColumn(4).getInt());
  }
  return out;
}

DeferredTwiceIndex::DeferredTwiceIndex(SQLite::Database& db) : db_(db) {
  SQLite::Statement any(db, "SELECT 1 FROM delegates_voters LIMIT 1");
  deferred_ = !any.executeStep();
  if (deferred_)
    db.exec("DROP INDEX delegates_voters_twice");
}

void DeferredTwiceIndex::finish() {
  if (!deferred_)
    return;
  deferred_ = false;
  db_.exec(kCreateIndex);
}

}  // namespace delegates
