#pragma once
// The minutes of the count (domain.md §2, Law 85/2015 Art. 75, 78, 84–86), through the core
// document engine: a polling team's tally minutes per level, an election board's results
// minutes per unit.

#include <filesystem>
#include <string>
#include <vector>

#include "forms.hpp"
#include "model.hpp"
#include "results.hpp"
#include "tally.hpp"
#include "thuky/settings.hpp"
#include "thuky/store.hpp"

namespace delegates {

// Biên bản kết quả kiểm phiếu of one polling area and level: the counts, the votes of each
// candidate in ballot order, three copies, signed by the team leader, the secretary and two
// voters who witnessed the count.
void write_tally_minutes(const ElectionDay& day, const Election& election, const PollingArea& area,
                         const Tally& tally, const std::vector<Candidate>& ballot,
                         const FormNumbers& forms, const thuky::Settings& s,
                         const std::filesystem::path& file);

// Biên bản xác định kết quả bầu cử of one unit: seats, candidates, voters and turnout, the
// ballots, each candidate's votes and share of the valid ballots, the winners, and the
// proposal of an additional election or a re-election when the law calls for one. UserError
// when some polling area of the unit has not counted.
void write_results_minutes(const ElectionDay& day, const UnitResult& result,
                           const FormNumbers& forms, const thuky::Settings& s,
                           const std::filesystem::path& file);

// Biên bản tổng kết cuộc bầu cử of the committee that organised one election: the totals over
// all its `units` (every one decided), the winners of each unit with their share, a blank for
// the important events, six copies, signed by the chair and a vice-chair.
void write_summary_minutes(const ElectionDay& day, const std::vector<UnitResult>& units,
                           const FormNumbers& forms, const thuky::Settings& s,
                           const std::filesystem::path& file);

struct MinutesFilter {
  bool tally = true;          // tally minutes of every stored count
  bool results = true;        // results minutes of every unit, the summary of every election
  bool only_results = false;  // results asked for alone: a unit still counting is an error
  std::string election_id;    // empty: every election
  int unit = 0;               // 0: every unit
  std::string area;           // empty: every polling area
};

// The minutes `filter` asks for, written into `dir`; returns the files in order.
std::vector<std::filesystem::path> write_count_minutes(thuky::Store& store, const ElectionDay& day,
                                                       const FormNumbers& forms,
                                                       const thuky::Settings& s,
                                                       const MinutesFilter& filter,
                                                       const std::filesystem::path& dir);

}  // namespace delegates
