#include "locked_units.hpp"

#include <SQLiteCpp/Statement.h>
#include <fmt/format.h>

#include "thuky/error.hpp"

namespace delegates {

LockedUnits locked_units(thuky::Store& store) {
  // One text per part of each unit; an import that changes the part changes the text.
  SQLite::Statement q(
      store.db(),
      "SELECT u.election_id, u.number, u.seats, u.areas, (SELECT coalesce(group_concat(code, "
      "'|'), '') FROM (SELECT p.code || ':' || p.areas AS code FROM delegates_polling_units pu "
      "JOIN delegates_polling_areas p ON p.day_id = pu.day_id AND p.code = pu.polling_area WHERE "
      "pu.election_id = u.election_id AND pu.unit_number = u.number ORDER BY p.code)), (SELECT "
      "coalesce(group_concat(who, '|'), '') FROM (SELECT c.id || ':' || c.full_name || ':' || "
      "c.birth_date AS who FROM delegates_candidates c WHERE c.election_id = u.election_id AND "
      "c.unit_number = u.number ORDER BY c.sort_key, c.id)) FROM delegates_units u JOIN "
      "delegates_results_locks l ON l.election_id = u.election_id");
  LockedUnits out;
  while (q.executeStep()) {
    out.units[{q.getColumn(0).getString(), q.getColumn(1).getInt()}] = {
        {"seats", q.getColumn(2).getString()},
        {"areas", q.getColumn(3).getString()},
        {"polling areas", q.getColumn(4).getString()},
        {"candidates", q.getColumn(5).getString()}};
  }
  return out;
}

namespace {

[[noreturn]] void refuse(thuky::Store& store, const std::string& election_id, int unit,
                         const std::string& change) {
  SQLite::Statement q(store.db(),
                      "SELECT e.level, l.locked_at FROM delegates_results_locks l JOIN "
                      "delegates_elections e ON e.id = l.election_id WHERE l.election_id = ?");
  q.bind(1, election_id);
  q.executeStep();
  throw thuky::UserError(fmt::format(
      "{} ({}), unit {}: the results are official since {} and this import would {}; reopen them "
      "first with 'thuky election results --reopen --election {} --reason TEXT'",
      q.getColumn(0).getString(), election_id, unit, q.getColumn(1).getString(), change,
      election_id));
}

}  // namespace

void refuse_changed_locked_units(thuky::Store& store, const LockedUnits& before) {
  const LockedUnits now = locked_units(store);
  for (const auto& [key, parts] : before.units) {
    const auto after = now.units.find(key);
    if (after == now.units.end())
      refuse(store, key.first, key.second, "remove the unit");
    for (const auto& [part, text] : parts) {
      if (after->second.at(part) != text)
        refuse(store, key.first, key.second, "change its " + part);
    }
  }
  for (const auto& [key, parts] : now.units) {
    if (!before.units.contains(key))
      refuse(store, key.first, key.second, "add the unit");
  }
}

}  // namespace delegates
