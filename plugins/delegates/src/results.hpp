#pragma once
// Results of each unit (kết quả bầu cử): the tallies of its polling areas summed, then the law's
// rules — turnout validity, winners, additional election or re-election (rules.hpp).

#include <string>
#include <vector>

#include "candidates.hpp"
#include "model.hpp"
#include "rules.hpp"
#include "thuky/store.hpp"

namespace delegates {

struct CandidateResult {
  Candidate candidate;
  int number = 0;  // on the ballot, from 1
  std::int64_t votes = 0;
  bool elected = false;
};

// What the unit's board concludes.
enum class UnitStatus {
  kIncomplete,     // some polling area has not counted yet: nothing decided
  kElected,        // every seat filled
  kSeatsLeft,      // seats left, but not enough for an additional election
  kAdditional,     // bầu cử thêm
  kReElection,     // bầu cử lại: turnout not more than half
  kTie,            // equal votes and birth dates at the cut-off: the board decides
  kNoPollingArea,  // an area of the unit has no polling area for it (coverage.hpp): nothing
                   // decided, whatever was counted
};
const char* status_key(UnitStatus status);  // "elected", "additional_election", ...

struct UnitResult {
  const Election* election = nullptr;
  Unit unit;
  TallyCounts totals;                       // summed over its polling areas
  int areas = 0;                            // polling areas voting in the unit
  int tallied = 0;                          // of which have counted
  std::vector<CandidateResult> candidates;  // ballot order
  std::vector<std::size_t> winners;         // indices into candidates, highest count first
  UnitStatus status = UnitStatus::kIncomplete;

  bool turnout_valid() const { return delegates::turnout_valid(totals.listed, totals.voted); }
};

// Every unit of the day's elections (or of `election_id`), in election and unit order.
std::vector<UnitResult> compute_results(thuky::Store& store, const ElectionDay& day,
                                        const std::string& election_id = "");

// "95,24%" of `part` in `whole` (0 when whole is 0), as documents print it.
std::string percent_of(std::int64_t part, std::int64_t whole);

}  // namespace delegates
