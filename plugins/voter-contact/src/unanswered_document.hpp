#pragma once
// The requests still without a final answer, by the agency that must answer, as a Decree 30
// PDF: what the council's standing body sends the agencies and reports back to voters. A
// notice (Thông báo, TB): "danh sách" is no type of Decree 30's Appendix III, and the paper
// informs the agencies and asks them to answer, which a notice does; the table is its content.

#include <filesystem>
#include <vector>

#include "opinion_topics.hpp"
#include "plan.hpp"
#include "thuky/settings.hpp"

namespace contact {

struct UnansweredList {
  std::vector<Topic> open;  // by agency (unnamed last), as `opinions unanswered` lists them
  Date due;                 // the answer deadline
  Date today;               // the clock's: the list's date and what overdue counts from
  std::string council;  // "Hội đồng nhân dân tỉnh": whose standing body gets the answers
};

void write_unanswered_document(const Plan& plan, const UnansweredList& list,
                               const thuky::Settings& settings, const std::filesystem::path& file);

}  // namespace contact
