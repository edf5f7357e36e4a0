#include "results_lock.hpp"

#include <SQLiteCpp/Statement.h>
#include <fmt/format.h>

#include "coverage.hpp"
#include "elected.hpp"
#include "nouns.hpp"
#include "results.hpp"

namespace delegates {

std::optional<std::string> locked_at(thuky::Store& store, const std::string& election_id) {
  SQLite::Statement q(store.db(),
                      "SELECT locked_at FROM delegates_results_locks WHERE election_id = ?");
  q.bind(1, election_id);
  if (!q.executeStep())
    return std::nullopt;
  return q.getColumn(0).getString();
}

void refuse_if_locked(thuky::Store& store, const Election& election) {
  if (const auto at = locked_at(store, election.id)) {
    throw thuky::UserError(fmt::format(
        "the results of {} ({}) are official since {}: reopen them first with 'thuky election "
        "results --reopen --election {} --reason TEXT'",
        election.level, election.id, *at, election.id));
  }
}

void refuse_if_list_locked(thuky::Store& store, const ElectionDay& day, const std::string& area) {
  SQLite::Statement q(store.db(),
                      "SELECT e.level, e.id, l.locked_at FROM delegates_polling_units pu JOIN "
                      "delegates_results_locks l ON l.election_id = pu.election_id JOIN "
                      "delegates_elections e ON e.id = pu.election_id WHERE pu.day_id = ? AND "
                      "pu.polling_area = ? ORDER BY e.id LIMIT 1");
  q.bind(1, day.id);
  q.bind(2, area);
  if (!q.executeStep())
    return;
  const std::string id = q.getColumn(1).getString();
  throw thuky::UserError(fmt::format(
      "the results of {} ({}) are official since {} and were counted against the voter list of "
      "'{}': reopen them first with 'thuky election results --reopen --election {} --reason "
      "TEXT'",
      q.getColumn(0).getString(), id, q.getColumn(2).getString(), area, id));
}

std::string not_yet_counted(thuky::Store& store, const ElectionDay& day, const Election& election) {
  for (const auto& unit : election.units) {
    if (const std::string problem = coverage_problem(day, election, unit); !problem.empty())
      return problem;
  }
  for (const auto& r : compute_results(store, day, election.id)) {
    if (r.status == UnitStatus::kIncomplete) {
      return fmt::format(
          "{} ({}), unit {}: {} of {} {} counted; lock the results when every polling area has "
          "counted",
          election.level, election.id, r.unit.number, r.tallied, r.areas,
          noun(r.areas, "polling area", "polling areas"));
    }
  }
  return "";
}

bool lock_results(thuky::PluginContext& ctx, const Election& election) {
  if (locked_at(ctx.store(), election.id))
    return false;
  SQLite::Statement q(ctx.store().db(),
                      "INSERT INTO delegates_results_locks(election_id, locked_at) VALUES (?, ?)");
  q.bind(1, election.id);
  q.bind(2, ctx.clock().now().iso());
  q.exec();
  // Official now: the winners become readable by other plugins (delegates_elected_v1).
  record_elected(ctx.store(), election.id);
  ctx.audit().row("delegates_results_locks", "locked", election.id);
  return true;
}

bool reopen_results(thuky::PluginContext& ctx, const Election& election,
                    const std::string& reason) {
  const auto at = locked_at(ctx.store(), election.id);
  if (!at)
    return false;
  auto& db = ctx.store().db();
  SQLite::Statement keep(db,
                         "INSERT INTO delegates_results_reopenings(election_id, locked_at, "
                         "reopened_at, reason) VALUES (?, ?, ?, ?)");
  keep.bind(1, election.id);
  keep.bind(2, *at);
  keep.bind(3, ctx.clock().now().iso());
  keep.bind(4, reason);
  keep.exec();
  SQLite::Statement drop(db, "DELETE FROM delegates_results_locks WHERE election_id = ?");
  drop.bind(1, election.id);
  drop.exec();
  forget_elected(ctx.store(), election.id);
  // The reason goes into the entry with the election, so `thuky log` shows why.
  ctx.audit().row("delegates_results_locks", "reopened", election.id + ": " + reason);
  return true;
}

}  // namespace delegates
