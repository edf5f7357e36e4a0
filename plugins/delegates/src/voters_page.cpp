#include "voters_page.hpp"

#include <SQLiteCpp/Statement.h>

#include "thuky/text/names.hpp"

namespace delegates {

namespace {

// One polling area's voters, from the (day, area, card) index.
std::string area_voters(const char* order) {
  return std::string("SELECT ") + kVoterColumns +
         " FROM delegates_voters v WHERE v.day_id = ?1 AND v.polling_area = ?2 " + order;
}

Voter voter_of(SQLite::Statement& q) {
  Voter v;
  read_voter(q, v);
  return v;
}

}  // namespace

std::optional<std::string> polling_area_name(thuky::Store& store, const std::string& day_id,
                                             const std::string& area) {
  SQLite::Statement q(store.db(),
                      "SELECT name FROM delegates_polling_areas WHERE day_id = ? AND code = ?");
  q.bind(1, day_id);
  q.bind(2, area);
  if (!q.executeStep())
    return std::nullopt;
  return q.getColumn(0).getString();
}

VoterPage voters_page(thuky::Store& store, const std::string& day_id, const std::string& area,
                      const std::string& query, std::size_t offset, std::size_t limit) {
  VoterPage page;
  const std::string wanted = thuky::text::search_key(query);
  if (wanted.empty()) {
    // Cards run 1, 2, 3 … in the area (never reused): the count and the page from the index.
    SQLite::Statement count(store.db(),
                            "SELECT count(*) FROM delegates_voters WHERE day_id = ?1 AND "
                            "polling_area = ?2");
    count.bind(1, day_id);
    count.bind(2, area);
    count.executeStep();
    page.total = static_cast<std::size_t>(count.getColumn(0).getInt64());
    SQLite::Statement q(store.db(), area_voters("ORDER BY v.card LIMIT ?3 OFFSET ?4"));
    q.bind(1, day_id);
    q.bind(2, area);
    q.bind(3, static_cast<std::int64_t>(limit));
    q.bind(4, static_cast<std::int64_t>(offset));
    while (q.executeStep())
      page.voters.push_back(voter_of(q));
    return page;
  }
  // A search reads the area's names (a few thousand) and folds them here: voters store no
  // folded key, and an area is small enough that this stays far under a page's budget.
  SQLite::Statement q(store.db(), area_voters("ORDER BY v.card"));
  q.bind(1, day_id);
  q.bind(2, area);
  while (q.executeStep()) {
    const std::string card = q.getColumn(1).getString();
    if (card != wanted &&
        thuky::text::search_key(q.getColumn(2).getText()).find(wanted) == std::string::npos)
      continue;
    if (page.total++ >= offset && page.voters.size() < limit)
      page.voters.push_back(voter_of(q));
  }
  return page;
}

}  // namespace delegates
