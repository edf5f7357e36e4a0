#pragma once
// Official results (VxSuite's "mark results official"): once an election's results are locked,
// its tallies cannot change until someone reopens them and says why.

#include <optional>
#include <string>

#include "model.hpp"
#include "thuky/context.hpp"

namespace delegates {

// When the election's results were locked ("2026-03-16T09:00:00+07:00"), or nullopt.
std::optional<std::string> locked_at(thuky::Store& store, const std::string& election_id);

// UserError naming the election when its results are official.
void refuse_if_locked(thuky::Store& store, const Election& election);

// UserError naming the first election the polling area votes in whose results are official:
// its voter list is what they counted against.
void refuse_if_list_locked(thuky::Store& store, const ElectionDay& day, const std::string& area);

// Why the election's results cannot be made official yet: "HĐND xã (hdnd-xa-2026), unit 1: 1 of
// 2 polling areas counted; …" for its first unit some polling area has not counted, or an area
// of a unit has no polling area at all (coverage.hpp); "" when every one has counted. The
// command and the web page say the same.
std::string not_yet_counted(thuky::Store& store, const ElectionDay& day, const Election& election);

// Marks the results official; false when they already were.
bool lock_results(thuky::PluginContext& ctx, const Election& election);

// Lifts the lock, recording the reason (store and audit log); false when it was not locked.
bool reopen_results(thuky::PluginContext& ctx, const Election& election, const std::string& reason);

}  // namespace delegates
