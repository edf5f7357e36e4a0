#include "rules.hpp"

#include "delegates_messages.hpp"
#include "nouns.hpp"

#include <fmt/format.h>

#include <algorithm>

namespace delegates {

int min_candidates(const DelegatesConfig& config, ElectionKind kind, int seats) {
  return seats + config.surplus(kind, seats);
}

bool old_enough(const thuky::text::PartialDate& birth, const thuky::text::Date& election_day,
                int min_age) {
  return thuky::text::age_on(birth, election_day) >= min_age;
}

bool turnout_valid(std::int64_t listed, std::int64_t voted) {
  return listed > 0 && voted * 2 > listed;
}

UnitOutcome decide_unit(ElectionKind kind, int seats, std::int64_t valid_ballots,
                        std::vector<CandidateVotes> candidates) {
  UnitOutcome out;
  std::erase_if(candidates, [&](const CandidateVotes& c) { return c.votes * 2 <= valid_ballots; });
  // Highest count first; at equal counts the older (earlier birth) first.
  std::stable_sort(candidates.begin(), candidates.end(),
                   [](const CandidateVotes& a, const CandidateVotes& b) {
                     if (a.votes != b.votes)
                       return a.votes > b.votes;
                     return a.birth < b.birth;
                   });
  const std::size_t take = std::min(candidates.size(), static_cast<std::size_t>(seats));
  for (std::size_t i = 0; i < take; ++i)
    out.winners.push_back(candidates[i].id);
  if (take > 0 && take < candidates.size()) {
    const auto& last = candidates[take - 1];
    const auto& next = candidates[take];
    out.tie_unresolved = last.votes == next.votes && last.birth == next.birth;
  }
  const auto filled = static_cast<int>(out.winners.size());
  out.additional_election = kind == ElectionKind::kNationalAssembly
                                ? filled < seats
                                : filled * 3 < seats * 2;  // fewer than ⅔ of the seats
  return out;
}

std::vector<TallyProblem> check_tally(const TallyCounts& t, const std::vector<std::int64_t>& votes,
                                      int seats) {
  using thuky::count_arg;
  using thuky::Message;
  const auto word = [](const char* name, long long n, const char* one, const char* many) {
    return thuky::MessageArg(name, std::string(noun(n, one, many)));
  };
  std::vector<TallyProblem> out;
  if (t.voted > t.listed) {
    out.push_back({"voted", Message(msg::kVotedOverListed,
                                    {count_arg("voted", t.voted), count_arg("listed", t.listed),
                                     word("are", t.listed, "is", "are")})});
  }
  if (t.issued > t.listed) {
    out.push_back(
        {"issued",
         Message(msg::kIssuedOverListed,
                 {count_arg("issued", t.issued), word("ballots", t.issued, "ballot", "ballots"),
                  count_arg("listed", t.listed), word("voters", t.listed, "voter", "voters")})});
  }
  if (t.returned > t.issued) {
    out.push_back({"returned", Message(msg::kReturnedOverIssued,
                                       {count_arg("returned", t.returned),
                                        word("ballots", t.returned, "ballot", "ballots"),
                                        count_arg("issued", t.issued)})});
  }
  if (t.valid + t.invalid != t.returned) {
    out.push_back({"valid", Message(msg::kValidPlusInvalid,
                                    {count_arg("valid", t.valid), count_arg("invalid", t.invalid),
                                     count_arg("sum", t.valid + t.invalid),
                                     count_arg("returned", t.returned)})});
  }
  std::int64_t total = 0;
  for (std::size_t i = 0; i < votes.size(); ++i) {
    total += votes[i];
    if (votes[i] > t.valid) {
      out.push_back(
          {fmt::format("votes{}", i + 1),
           Message(msg::kCandidateOverValid, {{"number", std::to_string(i + 1)},
                                              count_arg("votes", votes[i]),
                                              word("votes_word", votes[i], "vote", "votes"),
                                              count_arg("valid", t.valid),
                                              word("ballots", t.valid, "ballot", "ballots")})});
    }
  }
  if (total > t.valid * seats) {
    out.push_back(
        {"votes",
         Message(msg::kVotesOverSeats,
                 {count_arg("total", total), word("votes_word", total, "vote", "votes"),
                  count_arg("valid", t.valid), word("ballots", t.valid, "ballot", "ballots"),
                  count_arg("seats", seats), word("seats_word", seats, "seat", "seats")})});
  }
  return out;
}

std::vector<std::string> tally_problems(const TallyCounts& t,
                                        const std::vector<std::int64_t>& votes, int seats) {
  std::vector<std::string> out;
  for (const auto& p : check_tally(t, votes, seats))
    out.push_back(p.message.english());
  return out;
}

bool re_election_needed(std::int64_t listed, std::int64_t voted) {
  return !turnout_valid(listed, voted);
}

}  // namespace delegates
