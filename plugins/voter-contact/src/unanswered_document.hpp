#pragma once
// The list of requests still without a final answer (danh sách kiến nghị chưa được trả lời),
// by the agency that must answer, as a Decree 30 PDF: what the standing office sends the
// agencies and reports back to voters.

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
};

void write_unanswered_document(const Plan& plan, const UnansweredList& list,
                               const thuky::Settings& settings, const std::filesystem::path& file);

}  // namespace contact
