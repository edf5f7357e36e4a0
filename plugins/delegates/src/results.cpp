#include "results.hpp"

#include "coverage.hpp"
#include "election_store.hpp"
#include "tally.hpp"
#include "thuky/text/format.hpp"
#include "thuky/text/partial_date.hpp"

namespace delegates {
namespace {

void add(TallyCounts& sum, const TallyCounts& t) {
  sum.listed += t.listed;
  sum.voted += t.voted;
  sum.issued += t.issued;
  sum.returned += t.returned;
  sum.valid += t.valid;
  sum.invalid += t.invalid;
}

thuky::text::Date effective_birth(const std::string& stored) {
  const auto date = thuky::text::PartialDate::parse_stored(stored);
  return date ? date->effective() : thuky::text::Date{};
}

void decide(UnitResult& r) {
  if (r.tallied < r.areas || r.areas == 0) {
    r.status = UnitStatus::kIncomplete;
    return;
  }
  if (!r.turnout_valid()) {
    r.status = UnitStatus::kReElection;
    return;
  }
  std::vector<CandidateVotes> votes;
  for (std::size_t i = 0; i < r.candidates.size(); ++i) {
    votes.push_back({static_cast<std::int64_t>(i), r.candidates[i].votes,
                     effective_birth(r.candidates[i].candidate.birth_date)});
  }
  const UnitOutcome outcome = decide_unit(r.election->kind, r.unit.seats, r.totals.valid, votes);
  for (const std::int64_t i : outcome.winners) {
    r.winners.push_back(static_cast<std::size_t>(i));
    r.candidates[static_cast<std::size_t>(i)].elected = true;
  }
  if (outcome.tie_unresolved)
    r.status = UnitStatus::kTie;
  else if (outcome.additional_election)
    r.status = UnitStatus::kAdditional;
  else if (static_cast<int>(r.winners.size()) < r.unit.seats)
    r.status = UnitStatus::kSeatsLeft;
  else
    r.status = UnitStatus::kElected;
}

}  // namespace

const char* status_key(UnitStatus status) {
  switch (status) {
    case UnitStatus::kIncomplete:
      return "incomplete";
    case UnitStatus::kElected:
      return "elected";
    case UnitStatus::kSeatsLeft:
      return "seats_left";
    case UnitStatus::kAdditional:
      return "additional_election";
    case UnitStatus::kReElection:
      return "re_election";
    case UnitStatus::kTie:
      return "tie";
    case UnitStatus::kNoPollingArea:
      return "no_polling_area";
  }
  return "";
}

std::vector<UnitResult> compute_results(thuky::Store& store, const ElectionDay& day,
                                        const std::string& election_id) {
  const auto tallies = load_tallies(store, day, election_id);
  std::vector<UnitResult> out;
  for (const auto& e : day.elections) {
    if (!election_id.empty() && e.id != election_id)
      continue;
    for (const auto& unit : e.units) {
      UnitResult r;
      r.election = &e;
      r.unit = unit;
      int number = 0;
      for (auto& c : load_candidates(store, e.id, unit.number))
        r.candidates.push_back({std::move(c), ++number, 0, false});
      for (const auto& area : day.polling_areas) {
        const auto in = area.units.find(e.id);
        if (in == area.units.end() || in->second != unit.number)
          continue;
        ++r.areas;
        for (const auto& t : tallies) {
          if (t.area != area.code || t.election_id != e.id)
            continue;
          ++r.tallied;
          add(r.totals, t.counts);
          for (std::size_t i = 0; i < t.votes.size() && i < r.candidates.size(); ++i)
            r.candidates[i].votes += t.votes[i];
        }
      }
      decide(r);
      if (!areas_without_polling_area(day, e, unit).empty()) {
        // Its voters there had nowhere to vote: no winner is declared from the others' counts.
        r.status = UnitStatus::kNoPollingArea;
        r.winners.clear();
        for (auto& c : r.candidates)
          c.elected = false;
      }
      out.push_back(std::move(r));
    }
  }
  return out;
}

std::string percent_of(std::int64_t part, std::int64_t whole) {
  return thuky::text::format_percent(
      whole == 0 ? 0.0 : 100.0 * static_cast<double>(part) / static_cast<double>(whole));
}

}  // namespace delegates
