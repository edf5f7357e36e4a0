#include "election_store.hpp"

#include <SQLiteCpp/Statement.h>
#include <SQLiteCpp/VariadicBind.h>
#include <fmt/format.h>

#include <algorithm>
#include <set>
#include <sstream>

#include "area_names.hpp"
#include "counted.hpp"
#include "polling_team.hpp"
#include "thuky/error.hpp"
#include "unit_basis.hpp"

namespace delegates {
namespace {

template <class... Args>
int count(thuky::Store& store, const char* sql, const Args&... args) {
  SQLite::Statement q(store.db(), sql);
  SQLite::bind(q, args...);
  q.executeStep();
  return q.getColumn(0).getInt();
}

template <class... Args>
void run(thuky::Store& store, const char* sql, const Args&... args) {
  SQLite::Statement q(store.db(), sql);
  SQLite::bind(q, args...);
  q.exec();
}

// The keys `sql` selects that `keep` lacks: what the file no longer has.
template <class Key, class... Args>
std::vector<Key> missing(thuky::Store& store, const std::set<Key>& keep, const char* sql,
                         const Args&... args) {
  SQLite::Statement q(store.db(), sql);
  SQLite::bind(q, args...);
  std::vector<Key> out;
  while (q.executeStep()) {
    const Key key = q.getColumn(0);
    if (!keep.contains(key))
      out.push_back(key);
  }
  return out;
}

}  // namespace

std::vector<std::string> levels_of(const ElectionDay& day) {
  std::vector<std::string> levels;
  for (const auto& e : day.elections) {
    if (std::find(levels.begin(), levels.end(), e.level) == levels.end())
      levels.push_back(e.level);
  }
  return levels;
}

int level_index(const ElectionDay& day, const Election& election) {
  const auto levels = levels_of(day);
  return static_cast<int>(std::find(levels.begin(), levels.end(), election.level) - levels.begin());
}

const Election& election_of(const ElectionDay& day, const std::string& id) {
  for (const auto& e : day.elections) {
    if (e.id == id)
      return e;
  }
  std::string known;
  for (const auto& e : day.elections)
    known += (known.empty() ? "" : ", ") + e.id;
  throw thuky::UserError(fmt::format("no election '{}' on {} (elections: {})", id, day.id, known));
}

const Unit* unit_of(const Election& election, int number) {
  for (const auto& u : election.units) {
    if (u.number == number)
      return &u;
  }
  return nullptr;
}

bool ElectionStore::save(const ElectionDay& day) {
  auto& db = store_.db();
  const UnitBasis basis(store_);  // before the changes
  const bool added = count(store_, "SELECT count(*) FROM delegates_days WHERE id = ?", day.id) == 0;
  {
    SQLite::Statement q(
        db,
        "INSERT INTO delegates_days(id, date, name, place, committee) VALUES (?, ?, ?, "
        "?, ?) ON CONFLICT(id) DO UPDATE SET date = excluded.date, name = "
        "excluded.name, place = excluded.place, committee = excluded.committee");
    q.bind(1, day.id);
    q.bind(2, day.date.iso());
    q.bind(3, day.name);
    q.bind(4, day.place);
    q.bind(5, day.committee);
    q.exec();
  }
  {
    SQLite::Statement q(db, "DELETE FROM delegates_polling_units WHERE day_id = ?");
    q.bind(1, day.id);
    q.exec();
  }

  std::set<std::string> election_ids;
  for (const auto& e : day.elections) {
    election_ids.insert(e.id);
    SQLite::Statement other(db,
                            "SELECT coalesce(day_id, '') FROM delegates_elections WHERE id = ?");
    other.bind(1, e.id);
    if (other.executeStep() && other.getColumn(0).getString() != day.id) {
      throw thuky::UserError(
          fmt::format("election '{}' belongs to the election day '{}': give "
                      "this one another id",
                      e.id, other.getColumn(0).getString()));
    }
    SQLite::Statement q(
        db,
        "INSERT INTO delegates_elections(id, body, term, election_day, day_id, level, kind, "
        "position) VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(id) DO UPDATE SET body = "
        "excluded.body, term = excluded.term, election_day = excluded.election_day, level = "
        "excluded.level, kind = excluded.kind, position = excluded.position");
    q.bind(1, e.id);
    q.bind(2, e.body);
    q.bind(3, e.term);
    q.bind(4, day.date.iso());
    q.bind(5, day.id);
    q.bind(6, e.level);
    q.bind(7, kind_name(e.kind));
    q.bind(8, level_index(day, e));
    q.exec();
    std::set<int> numbers;
    for (const auto& u : e.units) {
      numbers.insert(u.number);
      run(store_,
          "INSERT INTO delegates_units(election_id, number, seats, areas) VALUES (?, ?, ?, ?) "
          "ON CONFLICT(election_id, number) DO UPDATE SET seats = excluded.seats, areas = "
          "excluded.areas",
          e.id, u.number, u.seats, join_lines(u.areas));
    }
    for (int number : missing(store_, numbers,
                              "SELECT number FROM delegates_units WHERE election_id = ?", e.id)) {
      if (count(store_,
                "SELECT count(*) FROM delegates_candidates WHERE election_id = ? AND "
                "unit_number = ?",
                e.id, number) > 0) {
        throw thuky::UserError(fmt::format(
            "election '{}': unit {} is not in the file but has candidates; keep it, or remove "
            "its candidates first",
            e.id, number));
      }
      run(store_, "DELETE FROM delegates_units WHERE election_id = ? AND number = ?", e.id, number);
    }
  }
  for (const auto& id : missing(store_, election_ids,
                                "SELECT id FROM delegates_elections WHERE day_id = ?", day.id)) {
    if (count(store_, "SELECT count(*) FROM delegates_candidates WHERE election_id = ?", id) > 0) {
      throw thuky::UserError(
          fmt::format("election '{}' is not in the file but has candidates; keep it, or remove its "
                      "candidates first",
                      id));
    }
    run(store_, "DELETE FROM delegates_units WHERE election_id = ?", id);
    run(store_, "DELETE FROM delegates_elections WHERE id = ?", id);
  }

  std::set<std::string> codes;
  int position = 0;
  for (const auto& p : day.polling_areas) {
    codes.insert(p.code);
    run(store_,
        "INSERT INTO delegates_polling_areas(day_id, code, name, position, areas, team) VALUES "
        "(?, ?, ?, ?, ?, ?) ON CONFLICT(day_id, code) DO UPDATE SET name = excluded.name, "
        "position = excluded.position, areas = excluded.areas, team = excluded.team",
        day.id, p.code, p.name, position++, join_lines(p.areas), team_to_text(p.team));
    for (const auto& [election_id, number] : p.units) {
      run(store_,
          "INSERT INTO delegates_polling_units(day_id, polling_area, election_id, unit_number) "
          "VALUES (?, ?, ?, ?)",
          day.id, p.code, election_id, number);
    }
  }
  for (const auto& code : missing(
           store_, codes, "SELECT code FROM delegates_polling_areas WHERE day_id = ?", day.id)) {
    if (count(store_, "SELECT count(*) FROM delegates_voters WHERE day_id = ? AND polling_area = ?",
              day.id, code) > 0) {
      throw thuky::UserError(fmt::format(
          "polling area '{}' is not in the file but has a voter list; keep it in the file", code));
    }
    if (const std::string problem = counted_polling_area_problem(store_, day.id, code);
        !problem.empty())
      throw thuky::UserError(problem);
    run(store_, "DELETE FROM delegates_polling_areas WHERE day_id = ? AND code = ?", day.id, code);
  }
  std::vector<std::string> elections;
  for (const auto& e : day.elections)
    elections.push_back(e.id);
  basis.refuse_changes(store_, elections);
  return added;
}

std::vector<std::pair<std::string, std::string>> ElectionStore::list_days() {
  std::vector<std::pair<std::string, std::string>> out;
  SQLite::Statement q(store_.db(), "SELECT id, date FROM delegates_days ORDER BY date DESC, id");
  while (q.executeStep())
    out.emplace_back(q.getColumn(0).getString(), q.getColumn(1).getString());
  return out;
}

ElectionDay ElectionStore::load(const std::string& id) {
  auto& db = store_.db();
  ElectionDay day;
  {
    SQLite::Statement q(db, id.empty() ? "SELECT id, date, name, place, committee FROM "
                                         "delegates_days ORDER BY date DESC, id LIMIT 1"
                                       : "SELECT id, date, name, place, committee FROM "
                                         "delegates_days WHERE id = ?");
    if (!id.empty())
      q.bind(1, id);
    if (!q.executeStep()) {
      throw thuky::UserError(
          id.empty() ? std::string("no election day in the store: import one with 'thuky "
                                   "election import FILE.toml'")
                     : fmt::format("no election day '{}' in the store", id));
    }
    day.id = q.getColumn(0).getString();
    day.date = *thuky::text::Date::parse_iso(q.getColumn(1).getString());
    day.name = q.getColumn(2).getString();
    day.place = q.getColumn(3).getString();
    day.committee = q.getColumn(4).getString();
  }
  SQLite::Statement e(db,
                      "SELECT id, level, kind, body, term FROM delegates_elections WHERE day_id "
                      "= ? ORDER BY position, rowid");
  e.bind(1, day.id);
  while (e.executeStep()) {
    Election election;
    election.id = e.getColumn(0).getString();
    election.level = e.getColumn(1).getString();
    election.kind = e.getColumn(2).getString() == "national_assembly"
                        ? ElectionKind::kNationalAssembly
                        : ElectionKind::kCouncil;
    election.body = e.getColumn(3).getString();
    election.term = e.getColumn(4).getString();
    SQLite::Statement u(db,
                        "SELECT number, seats, areas FROM delegates_units WHERE election_id = ? "
                        "ORDER BY number");
    u.bind(1, election.id);
    while (u.executeStep()) {
      election.units.push_back({u.getColumn(0).getInt(), split_lines(u.getColumn(2).getString()),
                                u.getColumn(1).getInt(), 0});
    }
    day.elections.push_back(std::move(election));
  }
  SQLite::Statement p(db,
                      "SELECT code, name, areas, team FROM delegates_polling_areas WHERE day_id "
                      "= ? ORDER BY position");
  p.bind(1, day.id);
  while (p.executeStep()) {
    PollingArea area{p.getColumn(0).getString(),
                     p.getColumn(1).getString(),
                     split_lines(p.getColumn(2).getString()),
                     {},
                     team_from_text(p.getColumn(3).getString())};
    SQLite::Statement m(db,
                        "SELECT election_id, unit_number FROM delegates_polling_units WHERE "
                        "day_id = ? AND polling_area = ?");
    m.bind(1, day.id);
    m.bind(2, area.code);
    while (m.executeStep())
      area.units[m.getColumn(0).getString()] = m.getColumn(1).getInt();
    day.polling_areas.push_back(std::move(area));
  }
  // The names of the areas the day's units and polling areas cover, from the areas tree.
  const AreaNames names(store_);
  std::set<std::string> seen;
  const auto add_areas = [&](const std::vector<std::string>& codes) {
    for (const auto& code : codes) {
      if (seen.insert(code).second)
        day.areas.push_back({code, names.name(code), names.province(code)});
    }
  };
  for (const auto& election : day.elections) {
    for (const auto& unit : election.units)
      add_areas(unit.areas);
  }
  for (const auto& area : day.polling_areas)
    add_areas(area.areas);
  return day;
}

}  // namespace delegates
