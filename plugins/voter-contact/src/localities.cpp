#include "localities.hpp"

#include <SQLiteCpp/Statement.h>
#include <fmt/format.h>

#include <vector>

#include "thuky/people.hpp"
#include "thuky/text/names.hpp"

namespace contact {

std::string LocalityDef::slug() const {
  return thuky::PeopleDirectory::code_for(name);
}

std::string locality_key(const thuky::Area& a) {
  return a.code.empty() ? fmt::format("area-{}", a.id) : a.code;
}

bool names_locality(const LocalityDef& l, const std::string& text) {
  return text == l.id || text == l.slug() ||
         thuky::text::search_key(text) == thuky::text::search_key(l.name);
}

void Localities::upsert(const LocalityDef& l) {
  SQLite::Statement q(store_.db(),
                      "INSERT INTO voter_contact_localities (id, name, area_id) VALUES (?, ?, ?) "
                      "ON CONFLICT (id) DO UPDATE SET name = excluded.name, "
                      "area_id = excluded.area_id");
  q.bind(1, l.id);
  q.bind(2, l.name);
  if (l.area_id != 0)
    q.bind(3, l.area_id);
  else
    q.bind(3);
  q.exec();
}

void Localities::adopt_older_keys(const std::string& plan_id, const LocalityDef& l) {
  SQLite::Database& db = store_.db();
  SQLite::Statement older(db, R"sql(
SELECT DISTINCT l.id, l.name, l.area_id FROM voter_contact_plan_localities p
JOIN voter_contact_localities l ON l.id = p.locality_id
WHERE p.plan_id = ? AND l.id <> ?)sql");
  older.bind(1, plan_id);
  older.bind(2, l.id);
  std::vector<std::string> keys;
  while (older.executeStep()) {
    const bool same_area =
        !older.getColumn(2).isNull() && older.getColumn(2).getInt64() == l.area_id;
    const bool same_name =
        older.getColumn(2).isNull() &&
        thuky::text::search_key(older.getColumn(1).getString()) == thuky::text::search_key(l.name);
    if (same_area || same_name)
      keys.push_back(older.getColumn(0).getString());
  }
  static const char* const kColumns[][2] = {{"voter_contact_plan_localities", "locality_id"},
                                            {"voter_contact_venues", "locality_id"},
                                            {"voter_contact_visits", "locality_id"},
                                            {"voter_contact_travel", "from_id"},
                                            {"voter_contact_travel", "to_id"},
                                            {"voter_contact_opinions", "locality_id"}};
  for (const std::string& key : keys) {
    for (const auto& [table, column] : kColumns) {
      SQLite::Statement q(
          db, fmt::format("UPDATE {0} SET {1} = ? WHERE plan_id = ? AND {1} = ?", table, column));
      q.bind(1, l.id);
      q.bind(2, plan_id);
      q.bind(3, key);
      q.exec();
    }
  }
}

}  // namespace contact
