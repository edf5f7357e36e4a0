#pragma once
// The law's rules as pure functions (Law 85/2015/QH13 as amended by 83/2025/QH15, domain.md
// §2): what each decides is tested alone, on instances where it alone decides.

#include <cstdint>
#include <string>
#include <vector>

#include "delegates_config.hpp"
#include "model.hpp"
#include "thuky/message.hpp"
#include "thuky/text/partial_date.hpp"

namespace delegates {

// Candidates a unit needs: its seats plus the configured surplus for its kind and seats.
int min_candidates(const DelegatesConfig& config, ElectionKind kind, int seats);

// Old enough on election day, counted with the law's rule for partial birth dates.
bool old_enough(const thuky::text::PartialDate& birth, const thuky::text::Date& election_day,
                int min_age);

// An election in a unit is valid only when more than half of the listed voters voted.
bool turnout_valid(std::int64_t listed, std::int64_t voted);

struct CandidateVotes {
  std::int64_t id = 0;
  std::int64_t votes = 0;
  thuky::text::Date birth;  // effective birth date: the older wins a tie at the cut-off
};

struct UnitOutcome {
  std::vector<std::int64_t> winners;  // ids, highest count first
  bool tie_unresolved = false;  // equal votes and birth dates at the cut-off: the board decides
  bool additional_election = false;  // bầu cử thêm
};

// Winners of a unit: more than half of the valid ballots, highest first, at most `seats`; a tie
// at the cut-off goes to the older. Additional election when seats remain: for the National
// Assembly any seat, for a council fewer than two thirds of the seats filled.
UnitOutcome decide_unit(ElectionKind kind, int seats, std::int64_t valid_ballots,
                        std::vector<CandidateVotes> candidates);

// The counts of one polling area and level.
struct TallyCounts {
  std::int64_t listed = 0, voted = 0, issued = 0, returned = 0, valid = 0, invalid = 0;
};

// One inconsistency of a tally: the count to blame and what is wrong.
struct TallyProblem {
  // "voted", "issued", "returned", "valid", "votes2" (the second name on the ballot), or
  // "votes" for all votes together.
  std::string field;
  thuky::Message message;  // in both languages: the tally page shows the Vietnamese
};

// What is inconsistent in a tally (valid + invalid = returned ≤ issued ≤ listed, voted ≤
// listed, each candidate ≤ valid, all votes ≤ valid × seats); empty when it holds together.
std::vector<TallyProblem> check_tally(const TallyCounts& t, const std::vector<std::int64_t>& votes,
                                      int seats);
// The same, in English words only (the command line's).
std::vector<std::string> tally_problems(const TallyCounts& t,
                                        const std::vector<std::int64_t>& votes, int seats);

// Re-election (bầu cử lại) of a unit: its turnout was not more than half of the listed voters.
bool re_election_needed(std::int64_t listed, std::int64_t voted);

}  // namespace delegates
