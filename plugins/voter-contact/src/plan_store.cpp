#include "plan_store.hpp"

#include <SQLiteCpp/Statement.h>
#include <fmt/format.h>
#include <toml++/toml.h>

#include <set>
#include <sstream>

#include "localities.hpp"
#include "thuky/areas.hpp"
#include "thuky/error.hpp"
#include "thuky/people.hpp"

namespace contact {
namespace {

std::string join_dates(const std::vector<Date>& dates) {
  std::string out;
  for (const auto& d : dates)
    out += (out.empty() ? "" : ",") + d.iso();
  return out;
}

std::vector<Date> split_dates(const std::string& text) {
  std::vector<Date> out;
  std::stringstream in(text);
  std::string part;
  while (std::getline(in, part, ',')) {
    if (const auto d = Date::parse_iso(part))
      out.push_back(*d);
  }
  return out;
}

toml::array array_of(const std::vector<std::string>& lines) {
  toml::array out;
  for (const auto& l : lines)
    out.push_back(l);
  return out;
}
std::vector<std::string> lines_of(const toml::table& t, const char* key) {
  std::vector<std::string> out;
  if (const auto* a = t[key].as_array()) {
    for (const auto& item : *a)
      out.push_back(item.value_or(std::string{}));
  }
  return out;
}

// Lines of text (invited officials) in one column, a line each.
std::string join_lines(const std::vector<std::string>& lines) {
  std::string out;
  for (const auto& line : lines)
    out += (out.empty() ? "" : "\n") + line;
  return out;
}
std::vector<std::string> split_lines(const std::string& text) {
  std::vector<std::string> out;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);)
    out.push_back(line);
  return out;
}

std::string document_text(const PlanDocument& d) {
  toml::table t{{"number", d.number},
                {"place_name", d.place_name},
                {"issued", d.issued ? d.issued->iso() : ""},
                {"parent_body", array_of(d.parent_body)},
                {"issuing_body", array_of(d.issuing_body)},
                {"symbol", d.symbol},
                {"signer_authority", d.signer_authority},
                {"signer_title", d.signer_title},
                {"signer_name", d.signer_name},
                {"recipients", array_of(d.recipients)}};
  std::ostringstream out;
  out << t;
  return out.str();
}

PlanDocument document_of(const std::string& text) {
  const toml::table t = toml::parse(text);
  PlanDocument d;
  d.number = t["number"].value_or(std::string{});
  d.place_name = t["place_name"].value_or(std::string{});
  d.issued = Date::parse_iso(t["issued"].value_or(std::string{}));
  d.parent_body = lines_of(t, "parent_body");
  d.issuing_body = lines_of(t, "issuing_body");
  d.symbol = t["symbol"].value_or(std::string{});
  d.signer_authority = t["signer_authority"].value_or(std::string{});
  d.signer_title = t["signer_title"].value_or(std::string{});
  d.signer_name = t["signer_name"].value_or(std::string{});
  d.recipients = lines_of(t, "recipients");
  return d;
}

// Removes the rows of `table` for `plan_id` whose key (the `columns`) is not in `keep`.
void remove_missing(SQLite::Database& db, const std::string& table,
                    const std::vector<std::string>& columns, const std::string& plan_id,
                    const std::set<std::vector<std::string>>& keep) {
  std::string select = "SELECT ", where;
  for (std::size_t i = 0; i < columns.size(); ++i) {
    select += (i ? ", " : "") + columns[i];
    where += fmt::format(" AND {} = ?", columns[i]);
  }
  SQLite::Statement q(db, fmt::format("{} FROM {} WHERE plan_id = ?", select, table));
  q.bind(1, plan_id);
  std::vector<std::vector<std::string>> gone;
  while (q.executeStep()) {
    std::vector<std::string> key;
    for (int i = 0; i < static_cast<int>(columns.size()); ++i)
      key.push_back(q.getColumn(i).getString());
    if (!keep.count(key))
      gone.push_back(std::move(key));
  }
  SQLite::Statement del(db, fmt::format("DELETE FROM {} WHERE plan_id = ?{}", table, where));
  for (const auto& key : gone) {
    del.reset();
    del.bind(1, plan_id);
    for (std::size_t i = 0; i < key.size(); ++i)
      del.bind(static_cast<int>(i) + 2, key[i]);
    del.exec();
  }
}

}  // namespace

bool PlanStore::save(const Plan& p) {
  SQLite::Database& db = store_.db();
  SQLite::Statement exists(db, "SELECT 1 FROM voter_contact_plans WHERE id = ?");
  exists.bind(1, p.id);
  const bool added = !exists.executeStep();
  thuky::PeopleDirectory people(store_);
  SQLite::Statement plan(db, R"sql(
INSERT INTO voter_contact_plans (id, title, council_session, timing, session_starts, session_ends,
  window_from, window_to, weekends, holidays, document, invited)
VALUES (?,?,?,?,?,?,?,?,?,?,?,?)
ON CONFLICT (id) DO UPDATE SET title = excluded.title, council_session = excluded.council_session,
  timing = excluded.timing, session_starts = excluded.session_starts,
  session_ends = excluded.session_ends, window_from = excluded.window_from,
  window_to = excluded.window_to, weekends = excluded.weekends, holidays = excluded.holidays,
  document = excluded.document, invited = excluded.invited)sql");
  plan.bind(1, p.id);
  plan.bind(2, p.title);
  plan.bind(3, p.council_session);
  plan.bind(4, p.timing);
  plan.bind(5, p.session_starts.iso());
  plan.bind(6, p.session_ends.iso());
  plan.bind(7, p.from.iso());
  plan.bind(8, p.to.iso());
  plan.bind(9, p.weekends ? 1 : 0);
  plan.bind(10, join_dates(p.holidays));
  plan.bind(11, document_text(p.document));
  plan.bind(12, join_lines(p.invited));
  plan.exec();

  std::set<std::vector<std::string>> keep;
  SQLite::Statement slot(db, R"sql(
INSERT INTO voter_contact_slots (plan_id, id, position, name, starts, ends, cost)
VALUES (?,?,?,?,?,?,?) ON CONFLICT (plan_id, id) DO UPDATE SET position = excluded.position,
  name = excluded.name, starts = excluded.starts, ends = excluded.ends, cost = excluded.cost)sql");
  for (std::size_t i = 0; i < p.slots.size(); ++i) {
    const SlotDef& s = p.slots[i];
    slot.reset();
    slot.bind(1, p.id);
    slot.bind(2, s.id);
    slot.bind(3, static_cast<int>(i));
    slot.bind(4, s.name);
    slot.bind(5, clock_text(s.starts));
    slot.bind(6, clock_text(s.ends));
    slot.bind(7, s.cost);
    slot.exec();
    keep.insert({s.id});
  }
  remove_missing(db, "voter_contact_slots", {"id"}, p.id, keep);

  Localities localities(store_);
  for (const LocalityDef& l : p.localities) {
    localities.upsert(l);
    localities.adopt_older_keys(p.id, l);
  }
  keep.clear();
  SQLite::Statement locality(db, R"sql(
INSERT INTO voter_contact_plan_localities (plan_id, locality_id, position, closed, preferred,
  voters, chair, organiser, invited) VALUES (?,?,?,?,?,?,?,?,?) ON CONFLICT (plan_id, locality_id)
  DO UPDATE SET position = excluded.position, closed = excluded.closed,
  preferred = excluded.preferred, voters = excluded.voters, chair = excluded.chair,
  organiser = excluded.organiser, invited = excluded.invited)sql");
  for (std::size_t i = 0; i < p.localities.size(); ++i) {
    const LocalityDef& l = p.localities[i];
    locality.reset();
    locality.bind(1, p.id);
    locality.bind(2, l.id);
    locality.bind(3, static_cast<int>(i));
    locality.bind(4, join_dates(l.closed));
    locality.bind(5, join_dates(l.preferred));
    locality.bind(6, l.voters);
    locality.bind(7, l.chair);
    locality.bind(8, l.organiser);
    locality.bind(9, join_lines(l.invited));
    locality.exec();
    keep.insert({l.id});
  }

  std::set<std::vector<std::string>> venues;
  SQLite::Statement venue(db, R"sql(
INSERT INTO voter_contact_venues (plan_id, id, position, locality_id, name, address, capacity)
VALUES (?,?,?,?,?,?,?) ON CONFLICT (plan_id, id) DO UPDATE SET position = excluded.position,
  locality_id = excluded.locality_id, name = excluded.name, address = excluded.address,
  capacity = excluded.capacity)sql");
  for (std::size_t i = 0; i < p.venues.size(); ++i) {
    const VenueDef& v = p.venues[i];
    venue.reset();
    venue.bind(1, p.id);
    venue.bind(2, v.id);
    venue.bind(3, static_cast<int>(i));
    venue.bind(4, v.locality);
    venue.bind(5, v.name);
    venue.bind(6, v.address);
    venue.bind(7, v.capacity);
    venue.exec();
    venues.insert({v.id});
  }
  remove_missing(db, "voter_contact_venues", {"id"}, p.id, venues);

  std::set<std::vector<std::string>> groups, members, visits;
  SQLite::Statement group(db, R"sql(
INSERT INTO voter_contact_groups (plan_id, id, position, name, max_per_day) VALUES (?,?,?,?,?)
ON CONFLICT (plan_id, id) DO UPDATE SET position = excluded.position, name = excluded.name,
  max_per_day = excluded.max_per_day)sql");
  SQLite::Statement member(db, R"sql(
INSERT INTO voter_contact_members (plan_id, group_id, person_id, position) VALUES (?,?,?,?)
ON CONFLICT (plan_id, group_id, person_id) DO UPDATE SET position = excluded.position)sql");
  SQLite::Statement visit(db, R"sql(
INSERT INTO voter_contact_visits (plan_id, group_id, locality_id, position) VALUES (?,?,?,?)
ON CONFLICT (plan_id, group_id, locality_id) DO UPDATE SET position = excluded.position)sql");
  int visit_position = 0;
  for (std::size_t i = 0; i < p.groups.size(); ++i) {
    const GroupDef& g = p.groups[i];
    group.reset();
    group.bind(1, p.id);
    group.bind(2, g.id);
    group.bind(3, static_cast<int>(i));
    group.bind(4, g.name);
    group.bind(5, g.max_per_day);
    group.exec();
    groups.insert({g.id});
    for (std::size_t m = 0; m < g.members.size(); ++m) {
      const std::int64_t person = people.find_by_code(g.members[m].code)->id;
      member.reset();
      member.bind(1, p.id);
      member.bind(2, g.id);
      member.bind(3, person);
      member.bind(4, static_cast<int>(m));
      member.exec();
      members.insert({g.id, std::to_string(person)});
    }
    for (const auto& l : g.localities) {
      visit.reset();
      visit.bind(1, p.id);
      visit.bind(2, g.id);
      visit.bind(3, l);
      visit.bind(4, visit_position++);
      visit.exec();
      visits.insert({g.id, l});
    }
  }
  remove_missing(db, "voter_contact_visits", {"group_id", "locality_id"}, p.id, visits);
  remove_missing(db, "voter_contact_members", {"group_id", "person_id"}, p.id, members);
  remove_missing(db, "voter_contact_groups", {"id"}, p.id, groups);
  remove_missing(db, "voter_contact_plan_localities", {"locality_id"}, p.id, keep);

  keep.clear();
  SQLite::Statement absence(db, R"sql(
INSERT INTO voter_contact_absences (plan_id, person_id, dates) VALUES (?,?,?)
ON CONFLICT (plan_id, person_id) DO UPDATE SET dates = excluded.dates)sql");
  for (const Absence& a : p.absences) {
    const std::int64_t person = people.find_by_code(a.person)->id;
    absence.reset();
    absence.bind(1, p.id);
    absence.bind(2, person);
    absence.bind(3, join_dates(a.dates));
    absence.exec();
    keep.insert({std::to_string(person)});
  }
  remove_missing(db, "voter_contact_absences", {"person_id"}, p.id, keep);

  keep.clear();
  SQLite::Statement travel(db, R"sql(
INSERT INTO voter_contact_travel (plan_id, from_id, to_id, minutes) VALUES (?,?,?,?)
ON CONFLICT (plan_id, from_id, to_id) DO UPDATE SET minutes = excluded.minutes)sql");
  for (const TravelDef& t : p.travel) {
    travel.reset();
    travel.bind(1, p.id);
    travel.bind(2, t.from);
    travel.bind(3, t.to);
    travel.bind(4, t.minutes);
    travel.exec();
    keep.insert({t.from, t.to});
  }
  remove_missing(db, "voter_contact_travel", {"from_id", "to_id"}, p.id, keep);
  return added;
}

Plan PlanStore::load(const std::string& id) {
  SQLite::Database& db = store_.db();
  SQLite::Statement q(db, R"sql(
SELECT title, council_session, timing, session_starts, session_ends, window_from, window_to,
  weekends, holidays, document, invited FROM voter_contact_plans WHERE id = ?)sql");
  q.bind(1, id);
  if (!q.executeStep()) {
    throw thuky::UserError(
        fmt::format("no plan '{}' in the store (import it with 'thuky contact import')", id));
  }
  Plan p;
  p.id = id;
  p.title = q.getColumn(0).getString();
  p.council_session = q.getColumn(1).getString();
  p.timing = q.getColumn(2).getString();
  p.session_starts = *Date::parse_iso(q.getColumn(3).getString());
  p.session_ends = *Date::parse_iso(q.getColumn(4).getString());
  p.from = *Date::parse_iso(q.getColumn(5).getString());
  p.to = *Date::parse_iso(q.getColumn(6).getString());
  p.weekends = q.getColumn(7).getInt() != 0;
  p.holidays = split_dates(q.getColumn(8).getString());
  p.document = document_of(q.getColumn(9).getString());
  p.invited = split_lines(q.getColumn(10).getString());

  const auto rows = [&](const char* sql, auto&& visit) {
    SQLite::Statement s(db, sql);
    s.bind(1, id);
    while (s.executeStep())
      visit(s);
  };
  rows(
      "SELECT id, name, starts, ends, cost FROM voter_contact_slots WHERE plan_id = ? "
      "ORDER BY position",
      [&](SQLite::Statement& s) {
        p.slots.push_back({s.getColumn(0).getString(), s.getColumn(1).getString(),
                           parse_clock(s.getColumn(2).getString()),
                           parse_clock(s.getColumn(3).getString()), s.getColumn(4).getInt()});
      });
  thuky::AreaDirectory areas(store_);
  rows(
      "SELECT l.id, l.name, p.closed, p.preferred, p.voters, p.chair, l.area_id, p.organiser, "
      "p.invited "
      "FROM voter_contact_plan_localities p JOIN voter_contact_localities l ON l.id = "
      "p.locality_id WHERE p.plan_id = ? ORDER BY p.position",
      [&](SQLite::Statement& s) {
        LocalityDef l{s.getColumn(0).getString(),
                      s.getColumn(1).getString(),
                      split_dates(s.getColumn(2).getString()),
                      split_dates(s.getColumn(3).getString()),
                      s.getColumn(4).getInt(),
                      s.getColumn(5).getString(),
                      s.getColumn(6).isNull() ? 0 : s.getColumn(6).getInt64(),
                      s.getColumn(7).getString(),
                      split_lines(s.getColumn(8).getString())};
        // The areas tree names it (a renamed area prints its new name).
        if (l.area_id != 0) {
          if (const auto a = areas.find_by_id(l.area_id))
            l.name = a->full_name();
        }
        p.localities.push_back(std::move(l));
      });
  rows(
      "SELECT id, locality_id, name, address, capacity FROM voter_contact_venues "
      "WHERE plan_id = ? ORDER BY position",
      [&](SQLite::Statement& s) {
        p.venues.push_back({s.getColumn(0).getString(), s.getColumn(1).getString(),
                            s.getColumn(2).getString(), s.getColumn(3).getString(),
                            s.getColumn(4).getInt()});
      });
  rows(
      "SELECT id, name, max_per_day FROM voter_contact_groups WHERE plan_id = ? "
      "ORDER BY position",
      [&](SQLite::Statement& s) {
        p.groups.push_back({s.getColumn(0).getString(),
                            s.getColumn(1).getString(),
                            {},
                            {},
                            s.getColumn(2).getInt()});
      });
  thuky::PeopleDirectory people(store_);
  for (GroupDef& g : p.groups) {
    SQLite::Statement m(db,
                        "SELECT person_id FROM voter_contact_members WHERE plan_id = ? AND "
                        "group_id = ? ORDER BY position");
    m.bind(1, id);
    m.bind(2, g.id);
    while (m.executeStep()) {
      const auto person = people.find_by_id(m.getColumn(0).getInt64());
      g.members.push_back({person->code, person->full_name, person->title});
    }
  }
  for (const Visit& v : visits(id)) {
    for (GroupDef& g : p.groups) {
      if (g.id == v.group)
        g.localities.push_back(v.locality);
    }
  }
  rows("SELECT person_id, dates FROM voter_contact_absences WHERE plan_id = ? ORDER BY person_id",
       [&](SQLite::Statement& s) {
         p.absences.push_back({people.find_by_id(s.getColumn(0).getInt64())->code,
                               split_dates(s.getColumn(1).getString())});
       });
  rows(
      "SELECT from_id, to_id, minutes FROM voter_contact_travel WHERE plan_id = ? "
      "ORDER BY from_id, to_id",
      [&](SQLite::Statement& s) {
        p.travel.push_back(
            {s.getColumn(0).getString(), s.getColumn(1).getString(), s.getColumn(2).getInt()});
      });
  return p;
}

std::vector<std::string> PlanStore::plan_ids() {
  std::vector<std::string> out;
  SQLite::Statement q(store_.db(), "SELECT id FROM voter_contact_plans ORDER BY id");
  while (q.executeStep())
    out.push_back(q.getColumn(0).getString());
  return out;
}

std::vector<Visit> PlanStore::visits(const std::string& plan_id) {
  std::vector<Visit> out;
  SQLite::Statement q(store_.db(), R"sql(
SELECT group_id, locality_id, date, slot_id, venue_id, pinned FROM voter_contact_visits
WHERE plan_id = ? ORDER BY position)sql");
  q.bind(1, plan_id);
  while (q.executeStep()) {
    Visit v{q.getColumn(0).getString(),
            q.getColumn(1).getString(),
            Date::parse_iso(q.getColumn(2).getString()),
            q.getColumn(3).getString(),
            q.getColumn(4).getString(),
            q.getColumn(5).getInt() != 0};
    out.push_back(std::move(v));
  }
  return out;
}

void PlanStore::save_visits(const std::string& plan_id, const std::vector<Visit>& visits) {
  SQLite::Statement q(store_.db(), R"sql(
UPDATE voter_contact_visits SET date = ?, slot_id = ?, venue_id = ?, pinned = ?
WHERE plan_id = ? AND group_id = ? AND locality_id = ?)sql");
  for (const Visit& v : visits) {
    q.reset();
    if (v.date)
      q.bind(1, v.date->iso());
    else
      q.bind(1);
    q.bind(2, v.slot);
    q.bind(3, v.venue);
    q.bind(4, v.pinned ? 1 : 0);
    q.bind(5, plan_id);
    q.bind(6, v.group);
    q.bind(7, v.locality);
    q.exec();
  }
}

}  // namespace contact
