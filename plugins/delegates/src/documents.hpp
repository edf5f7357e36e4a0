#pragma once
// The papers of an election, through the core document engine: the official candidate list and
// the ballot of a unit, the voter list of a polling area (domain.md §2).

#include <filesystem>
#include <vector>

#include "candidates.hpp"
#include "model.hpp"
#include "printed_lists.hpp"
#include "printed_rows.hpp"  // area_list, delegates_of
#include "thuky/settings.hpp"
#include "thuky/store.hpp"

namespace delegates {

// Danh sách chính thức những người ứng cử: A4 landscape, the official order, header with the
// unit, its areas, seats and number of candidates. The printed lists carry their verification
// code in the footer of every page; they return it with what it covers, for the caller to
// record (record_printed).
PrintedList write_candidate_list(const ElectionDay& day, const Election& election, const Unit& unit,
                                 const std::vector<Candidate>& candidates, const thuky::Settings& s,
                                 const std::filesystem::path& file);

// Phiếu bầu: A5, the seal box top left, body and term, unit and seats, the names in list order
// prefixed "Ông"/"Bà", the birth date in parentheses when two full names are equal; a frame in
// the level's `colour` (a name of ballot_colours.hpp; "trắng": none).
void write_ballot(const ElectionDay& day, const Election& election, const Unit& unit,
                  const std::vector<Candidate>& candidates, const std::string& colour,
                  const thuky::Settings& s, const std::filesystem::path& file);

// Danh sách cử tri of one polling area: A4 landscape, the law's columns, a tick column per
// level, struck-off voters struck through with the reason, totals by sex and level. The voters
// stream from the store: a list of 4.000 takes the memory of one row.
PrintedList write_voter_list(thuky::Store& store, const ElectionDay& day, const PollingArea& area,
                             const thuky::Settings& s, const std::filesystem::path& file);

// What a ballot prints for each candidate: "Bà Nguyễn Thị Hoa (15/09/1980)".
std::vector<std::string> ballot_lines(const std::vector<Candidate>& candidates);

}  // namespace delegates
