#pragma once
// Tallies (kết quả kiểm phiếu): the counts of each polling team for each level it votes in,
// set one at a time or imported from a file, each checked against the law's consistency rules
// before anything is stored. Votes go in the ballot's order (the official list of the unit):
// "Ứng cử viên 1" is the first name on the ballot — names alone are not unique.

#include <filesystem>
#include <string>
#include <vector>

#include "model.hpp"
#include "rules.hpp"
#include "thuky/context.hpp"
#include "thuky/table/import.hpp"
#include "thuky/table/list_output.hpp"

namespace delegates {

struct Tally {
  std::string area;         // polling area code
  std::string election_id;  // or, as typed by a user, the level ("HĐND tỉnh")
  TallyCounts counts;
  std::vector<std::int64_t> votes;  // per candidate, in ballot order
};

// The election a user names by id or level; UserError listing the day's when none.
const Election& election_named(const ElectionDay& day, const std::string& id_or_level);

// Checks `tally` (the area votes in the election, one count per candidate on the unit's
// ballot, the law's consistency rules, results not official) and stores it in place of the
// area's previous tally for that level. UserError "KV01, HĐND tỉnh: …" otherwise.
void set_tally(thuky::PluginContext& ctx, const ElectionDay& day, const Tally& tally);

struct TallyImportResult {
  std::size_t stored = 0;
  thuky::table::ImportReport table;
};

// Imports tallies (.csv/.xlsx), one row per polling area and level; every row checked as
// set_tally does, errors by row and column; the caller's transaction keeps the store unchanged
// when any row is wrong.
TallyImportResult import_tallies(thuky::PluginContext& ctx, const ElectionDay& day,
                                 const std::filesystem::path& file,
                                 const thuky::table::ImportOptions& options);

// The stored tallies of the day in polling-area order (election_id resolved to the id);
// `election_id` / `area` limit them when not empty.
std::vector<Tally> load_tallies(thuky::Store& store, const ElectionDay& day,
                                const std::string& election_id = "", const std::string& area = "");

// Lists the tallies with the import file's columns: `--out tally.csv` imports back.
std::size_t list_tallies(thuky::PluginContext& ctx, const ElectionDay& day,
                         const std::string& election_id, const std::string& area,
                         const thuky::table::ListOptions& options);

}  // namespace delegates
