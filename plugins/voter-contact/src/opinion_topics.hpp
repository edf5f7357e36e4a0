#pragma once
// A request as the summary report counts it: one group of alike opinions, counted once, with
// its number of raisings (lượt ý kiến) and every locality that raised it.

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "opinion_groups.hpp"
#include "plan.hpp"

namespace contact {

struct Topic {
  std::int64_t group = 0;
  std::string content;  // as the first voter said it
  // The first non-empty value among its opinions.
  std::string field, committee, agency, competence;
  bool urgent = false;  // any of its opinions
  // Answered on the spot (Đã trả lời tại hội nghị): how many of its raisings were, and whether
  // all of them were. Only then is the request settled at the sessions and not forwarded to an
  // agency: a request raised at two sessions and answered at one still waits for an answer to
  // the voters of the other, so it stays unanswered, with all its raisings.
  std::size_t answered_at_sessions = 0;
  bool settled_at_sessions = false;
  std::vector<std::int64_t> numbers;
  std::vector<std::string> localities;  // names, in the plan's order
  const OpinionGroup* source = nullptr;
};

// Urgent topics first, then by group number. Topics point into `groups`.
std::vector<Topic> topics_of(const Plan& plan, const std::vector<OpinionGroup>& groups);

// Whether the topic still waits for an agency's answer: neither answered (`opinions answer`)
// nor settled at the sessions (every raising answered on the spot).
bool awaits_answer(const Topic& topic);

// `value`, or "Chưa phân loại" when empty: how an unclassified topic is headed.
std::string or_unclassified(const std::string& value);

}  // namespace contact
