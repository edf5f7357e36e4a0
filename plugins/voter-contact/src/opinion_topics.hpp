#pragma once
// A request as the summary report counts it: one group of alike opinions, counted once, with
// its number of raisings (lượt ý kiến) and every locality that raised it.

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
  std::vector<std::int64_t> numbers;
  std::vector<std::string> localities;  // names, in the plan's order
  const OpinionGroup* source = nullptr;
};

// Urgent topics first, then by group number. Topics point into `groups`.
std::vector<Topic> topics_of(const Plan& plan, const std::vector<OpinionGroup>& groups);

// `value`, or "Chưa phân loại" when empty: how an unclassified topic is headed.
std::string or_unclassified(const std::string& value);

}  // namespace contact
