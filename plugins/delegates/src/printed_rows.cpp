#include "printed_rows.hpp"

#include <fmt/format.h>

#include <map>

#include "committees.hpp"
#include "election_store.hpp"
#include "thuky/text/case.hpp"
#include "thuky/text/partial_date.hpp"

namespace delegates {

std::string printed_date(const std::string& stored) {
  const auto date = thuky::text::PartialDate::parse_stored(stored);
  return date ? date->dmy() : stored;
}

std::string area_list(const ElectionDay& day, const std::vector<std::string>& codes) {
  std::map<std::string, std::string> names;
  for (const auto& a : day.areas)
    names[a.code] = a.name;
  std::string out;
  for (const auto& code : codes)
    out += (out.empty() ? "" : ", ") + (names.contains(code) ? names[code] : code);
  return out;
}

std::string delegates_of(const Election& e) {
  return fmt::format("đại biểu {} {}", e.body, e.term);
}

CandidateListHeading candidate_list_heading(const ElectionDay& day, const Election& election,
                                            const Unit& unit, std::size_t candidates) {
  const std::string committee = list_publisher(day, election);
  return {thuky::text::to_upper(committee.empty() ? "Ủy ban bầu cử" : committee),
          "Những người ứng cử " + delegates_of(election),
          fmt::format("Đơn vị bầu cử số {}: gồm {}.", unit.number, area_list(day, unit.areas)),
          fmt::format("Số đại biểu được bầu: {}. Số người ứng cử: {}.", unit.seats, candidates)};
}

std::vector<std::string> candidate_cells(int number, const Candidate& c) {
  return {std::to_string(number),
          c.full_name,
          printed_date(c.birth_date),
          thuky::text::upper_first(c.gender),
          c.hometown,
          c.residence,
          c.ethnicity,
          c.religion,
          c.general_education,
          c.professional,
          c.academic,
          c.political_theory,
          c.foreign_language,
          c.occupation,
          c.workplace,
          printed_date(c.party_date),
          c.delegate_of};
}

ListDigest candidate_list_digest(const ElectionDay& day, const Election& election, const Unit& unit,
                                 const std::vector<Candidate>& candidates) {
  ListDigest digest("candidates",
                    candidate_list_heading(day, election, unit, candidates.size()).lines());
  int number = 0;
  for (const auto& c : candidates)
    digest.row(c.full_name, candidate_cells(++number, c));
  return digest;
}

std::string polling_area_in_prose(const PollingArea& area) {
  // The area's name when it already says what it is, else the name after the label.
  static const std::string kLabel = "Khu vực bỏ phiếu";
  if (area.name.starts_with(kLabel))
    return thuky::text::lower_first(area.name);
  return thuky::text::lower_first(kLabel) + " " + area.name;
}

std::vector<std::string> VoterListHeading::lines() const {
  std::vector<std::string> out = {body, this->day, area};
  out.insert(out.end(), levels.begin(), levels.end());
  return out;
}

VoterListHeading voter_list_heading(const ElectionDay& day, const PollingArea& area) {
  VoterListHeading heading{
      thuky::text::to_upper(area_list(day, area.areas)),
      day.name,
      // The name a clerk knows, never the store's code ("KV01"): that is for commands and files.
      fmt::format("{}, {}", area.name, area_list(day, area.areas)),
      {},
      {}};
  const auto levels = levels_of(day);
  for (std::size_t bit = 0; bit < levels.size(); ++bit) {
    bool voted = false;
    for (const auto& [election_id, unit] : area.units)
      voted = voted || election_of(day, election_id).level == levels[bit];
    if (voted) {
      heading.levels.push_back(levels[bit]);
      heading.level_bits.push_back(static_cast<int>(bit));
    }
  }
  return heading;
}

VoterRow voter_row(const Voter& v, const std::vector<int>& level_bits) {
  const bool temporary = v.residence_kind == "tạm trú";
  VoterRow row{fmt::format("number {}", v.card),
               {std::to_string(v.card), v.full_name, printed_date(v.birth_date),
                thuky::text::upper_first(v.gender), v.ethnicity, v.occupation,
                temporary ? "" : v.residence, temporary ? v.residence : ""},
               v.removed_reason.has_value()};
  for (const int bit : level_bits)
    row.cells.push_back(v.levels & (1 << bit) ? "x" : "");
  row.cells.push_back(v.removed_reason ? "Xóa tên: " + *v.removed_reason
                                       : (v.added_late ? "Bổ sung" : ""));
  return row;
}

ListDigest voter_list_digest(thuky::Store& store, const ElectionDay& day, const PollingArea& area) {
  const VoterListHeading heading = voter_list_heading(day, area);
  ListDigest digest("voters", heading.lines());
  for_each_voter(store, day, area.code, [&](const Voter& v) {
    VoterRow row = voter_row(v, heading.level_bits);
    digest.row(std::move(row.key), row.cells, row.struck);
  });
  return digest;
}

}  // namespace delegates
