#pragma once
// What the printed lists show, line by line and cell by cell: the documents print exactly this
// and the verification code covers exactly this, so `election verify` can rebuild a list from
// the store without printing it.

#include <string>
#include <vector>

#include "candidates.hpp"
#include "list_digest.hpp"
#include "model.hpp"
#include "thuky/store.hpp"
#include "voters.hpp"

namespace delegates {

// "15/09/1970", "09/1970", "1970" from the stored form.
std::string printed_date(const std::string& stored);
// The names of the areas `codes` name, joined by ", ".
std::string area_list(const ElectionDay& day, const std::vector<std::string>& codes);
// "đại biểu Hội đồng nhân dân tỉnh Hà Tĩnh khóa XIX, nhiệm kỳ 2026–2031"
std::string delegates_of(const Election& e);
// "khu vực bỏ phiếu số 1 - thôn Đông Hà" in a sentence: what papers print for a polling area,
// never its code.
std::string polling_area_in_prose(const PollingArea& area);

struct CandidateListHeading {
  std::string committee;  // upper case
  std::string subject;    // "Những người ứng cử đại biểu ..."
  std::string unit;       // "Đơn vị bầu cử số 1: gồm xã Kỳ Hoa."
  std::string counts;     // "Số đại biểu được bầu: 2. Số người ứng cử: 3."
  std::vector<std::string> lines() const { return {committee, subject, unit, counts}; }
};
CandidateListHeading candidate_list_heading(const ElectionDay& day, const Election& election,
                                            const Unit& unit, std::size_t candidates);
// The row of the candidate numbered `number` (STT) on the list.
std::vector<std::string> candidate_cells(int number, const Candidate& c);
ListDigest candidate_list_digest(const ElectionDay& day, const Election& election, const Unit& unit,
                                 const std::vector<Candidate>& candidates);

struct VoterListHeading {
  std::string body;  // "XÃ KỲ HOA"
  std::string day;   // the election day's name
  std::string area;  // "Khu vực bỏ phiếu số 2 - thôn Tây Hà (KV02), xã Kỳ Hoa"
  // The levels the polling area votes in (a ward's list has no column for a commune council),
  // and each one's bit in a voter's `levels`.
  std::vector<std::string> levels;
  std::vector<int> level_bits;
  std::vector<std::string> lines() const;
};
VoterListHeading voter_list_heading(const ElectionDay& day, const PollingArea& area);

struct VoterRow {
  std::string key;  // "number 12": names the row in messages
  std::vector<std::string> cells;
  bool struck = false;
};
VoterRow voter_row(const Voter& v, const std::vector<int>& level_bits);
ListDigest voter_list_digest(thuky::Store& store, const ElectionDay& day, const PollingArea& area);

}  // namespace delegates
