#include "unit_basis.hpp"

#include <SQLiteCpp/Statement.h>
#include <fmt/format.h>

#include "counted.hpp"
#include "delegates_messages.hpp"
#include "thuky/message.hpp"

namespace delegates {
namespace {

// What the import would do to a locked unit, in both languages.
struct Change {
  const char* english;
  const char* vietnamese;
};

Change change_of(const std::string& part) {
  if (part == "seats")
    return {"change its seats", "thay đổi số đại biểu được bầu của đơn vị"};
  if (part == "areas")
    return {"change its areas", "thay đổi địa bàn của đơn vị"};
  if (part == "polling areas")
    return {"change its polling areas", "thay đổi các khu vực bỏ phiếu của đơn vị"};
  return {"change its candidates", "thay đổi danh sách người ứng cử của đơn vị"};
}

// "2026-03-16T12:00:00+07:00" as a page says it: "12:00 ngày 16/03/2026" (as stored otherwise).
std::string vietnamese_time(const std::string& iso) {
  if (iso.size() < 16 || iso[4] != '-' || iso[7] != '-' || iso[10] != 'T' || iso[13] != ':')
    return iso;
  return fmt::format("{} ngày {}/{}/{}", iso.substr(11, 5), iso.substr(8, 2), iso.substr(5, 2),
                     iso.substr(0, 4));
}

[[noreturn]] void refuse(const std::string& election_id, const UnitBasis::Locked& locked, int unit,
                         const Change& change) {
  throw thuky::MessageError(
      thuky::Message(msg::kResultsOfficial, {{"level", locked.level},
                                             {"election", election_id},
                                             {"unit", std::to_string(unit)},
                                             {"since", locked.since, vietnamese_time(locked.since)},
                                             {"change", change.english, change.vietnamese}}));
}

}  // namespace

UnitBasis::UnitBasis(thuky::Store& store) {
  SQLite::Statement q(
      store.db(),
      "SELECT u.election_id, u.number, u.seats, u.areas, (SELECT coalesce(group_concat(code, "
      "'|'), '') FROM (SELECT p.code || ':' || p.areas AS code FROM delegates_polling_units pu "
      "JOIN delegates_polling_areas p ON p.day_id = pu.day_id AND p.code = pu.polling_area WHERE "
      "pu.election_id = u.election_id AND pu.unit_number = u.number ORDER BY p.code)), (SELECT "
      "coalesce(group_concat(who, '|'), '') FROM (SELECT c.id || ':' || c.full_name || ':' || "
      "c.birth_date AS who FROM delegates_candidates c WHERE c.election_id = u.election_id AND "
      "c.unit_number = u.number ORDER BY c.sort_key, c.id)), e.level, l.locked_at FROM "
      "delegates_units u JOIN delegates_results_locks l ON l.election_id = u.election_id JOIN "
      "delegates_elections e ON e.id = u.election_id");
  while (q.executeStep()) {
    const std::string election = q.getColumn(0).getString();
    units_[{election, q.getColumn(1).getInt()}] = {{"seats", q.getColumn(2).getString()},
                                                   {"areas", q.getColumn(3).getString()},
                                                   {"polling areas", q.getColumn(4).getString()},
                                                   {"candidates", q.getColumn(5).getString()}};
    elections_[election] = {q.getColumn(6).getString(), q.getColumn(7).getString()};
  }
}

void UnitBasis::refuse_changes(thuky::Store& store,
                               const std::vector<std::string>& elections) const {
  for (const auto& election : elections) {
    if (const std::string problem = counts_problem(store, election); !problem.empty())
      throw thuky::UserError(problem);
  }
  const UnitBasis now(store);
  for (const auto& [key, parts] : units_) {
    const Locked& locked = elections_.at(key.first);
    const auto after = now.units_.find(key);
    if (after == now.units_.end())
      refuse(key.first, locked, key.second, {"remove the unit", "bỏ đơn vị này"});
    for (const auto& [part, text] : parts) {
      if (after->second.at(part) != text)
        refuse(key.first, locked, key.second, change_of(part));
    }
  }
  for (const auto& [key, parts] : now.units_) {
    if (!units_.contains(key))
      refuse(key.first, now.elections_.at(key.first), key.second,
             {"add the unit", "thêm đơn vị này"});
  }
}

}  // namespace delegates
