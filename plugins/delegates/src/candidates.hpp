#pragma once
// Candidates of an election: imported from the committee's list (.csv/.xlsx), each linked to a
// person of the people directory, listed in the official order.

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "delegates_config.hpp"
#include "model.hpp"
#include "thuky/context.hpp"
#include "thuky/table/import.hpp"
#include "thuky/table/list_output.hpp"

namespace delegates {

struct CandidateImportResult {
  int added = 0;
  int updated = 0;
  int removed = 0;  // stored in a unit of the file but no longer on its list
  thuky::table::ImportReport table;
};

// Imports the list of `election` (every field of domain.md §2). Every row is checked — the unit
// exists, age on election day, the same person twice — and all errors are reported by row and
// column; the caller's transaction keeps the store unchanged then. The file is the whole list
// of each unit it names: candidates of those units not in it are removed.
CandidateImportResult import_candidates(thuky::PluginContext& ctx, const ElectionDay& day,
                                        const Election& election, const std::filesystem::path& file,
                                        const thuky::table::ImportOptions& options,
                                        const DelegatesConfig& config);

// The candidates in official order (given, family, middle name, earlier birth date), by
// election and unit; `unit` limits to one unit.
std::size_t list_candidates(thuky::PluginContext& ctx, const ElectionDay& day,
                            const std::string& election_id, std::optional<int> unit,
                            const thuky::table::ListOptions& options);

struct Candidate {
  std::int64_t id = 0;
  std::string election_id;
  int unit = 0;
  std::string full_name, family, middle, given, birth_date, gender;
  std::string hometown, residence, ethnicity, religion, general_education, professional, academic,
      political_theory, foreign_language, occupation, workplace, party_date, delegate_of;
  bool self_nominated = false;
};

// The stored candidates of `election_id` in official order, by unit; `unit` limits to one.
std::vector<Candidate> load_candidates(thuky::Store& store, const std::string& election_id,
                                       std::optional<int> unit = std::nullopt);

}  // namespace delegates
