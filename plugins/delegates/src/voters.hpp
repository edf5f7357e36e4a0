#pragma once
// Voter lists (danh sách cử tri), one per polling area: in the file's order (households along
// the hamlet), the row number within the area being the voter-card number. Voters are not
// people of the directory; they have their own table, written with prepared statements.

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "delegates_config.hpp"
#include "model.hpp"
#include "thuky/context.hpp"
#include "thuky/table/import.hpp"
#include "thuky/table/list_output.hpp"

namespace SQLite {
class Statement;
}

namespace delegates {

// A voter the file lists twice in one polling area, maybe (repeated_voters.hpp).
struct RepeatedVoter {
  int row = 0;        // the later line
  int first_row = 0;  // the earlier one
  std::string full_name, birth_date, area;
};

struct VoterImportResult {
  std::size_t imported = 0;
  std::size_t areas = 0;  // polling areas whose lists the file made
  thuky::table::ImportReport table;
  static constexpr std::size_t kRepeatedKept = 10;
  std::vector<RepeatedVoter> repeated;  // the first kRepeatedKept
  std::size_t repeated_count = 0;
};

// Imports voter lists: every row checked (polling area, age ≥ voter_min_age on election day by
// the partial-date rule, the levels the area votes in, a citizen on one list only). A polling
// area that already has a list is refused: late voters come with add_voter. `area` is the
// polling area of every row when the file has no such column.
VoterImportResult import_voters(thuky::PluginContext& ctx, const ElectionDay& day,
                                const std::filesystem::path& file, const std::string& area,
                                const thuky::table::ImportOptions& options,
                                const DelegatesConfig& config);

struct VoterInput {
  std::string area, full_name, birth, gender, ethnicity, occupation, residence, household,
      citizen_id;
  bool temporary_residence = false;
  std::vector<std::string> levels;  // level names; empty: every level of the area
};

// A late addition: the next card number of the area. Returns it, with the name as stored.
struct AddedVoter {
  int card = 0;
  std::string full_name;  // as stored: cleaned by the name rule
};
AddedVoter add_voter(thuky::PluginContext& ctx, const ElectionDay& day, const VoterInput& voter,
                     const DelegatesConfig& config);

struct Voter {
  std::string area;
  int card = 0;
  std::string full_name, birth_date, gender, ethnicity, occupation, residence, residence_kind,
      household, citizen_id;
  int levels = 0;  // bit i: level i of levels_of(day)
  bool added_late = false;
  std::optional<std::string> removed_reason;
};

// What every reader of stored voters selects ("SELECT " + kVoterColumns + " FROM
// delegates_voters v …"), in the order read_voter reads it.
extern const char* const kVoterColumns;
// The voter of `q`'s current row into `v` (its strings reused across rows).
void read_voter(SQLite::Statement& q, Voter& v);

// Each voter of the day (or of one polling area) in list order, one at a time.
void for_each_voter(thuky::Store& store, const ElectionDay& day, const std::string& area,
                    const std::function<void(const Voter&)>& visit);

std::size_t list_voters(thuky::PluginContext& ctx, const ElectionDay& day, const std::string& area,
                        const thuky::table::ListOptions& options);

}  // namespace delegates
