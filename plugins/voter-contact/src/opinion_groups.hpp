#pragma once
// Groups of alike opinions (opinion_similarity.hpp) in the store: suggested, then confirmed or
// split by the user. Every opinion is in one group once grouped (most alone); a group keeps its
// number when a regrouping finds it again, and a confirmed group is never changed by one.

#include <cstdint>
#include <string>
#include <vector>

#include "opinion.hpp"
#include "plan.hpp"
#include "thuky/store.hpp"

namespace contact {

struct OpinionGroup {
  std::int64_t number = 0;
  bool confirmed = false;
  std::vector<Opinion> opinions;  // by number
  // The agency's answer: status "answered", "in-progress" or empty (none yet).
  std::string status, answer_agency, answer;
  std::string answered_on;  // ISO date or empty
};

class OpinionGroups {
 public:
  OpinionGroups(thuky::Store& store, const Plan& plan) : store_(store), plan_(plan) {}

  // Suggests groups again for every opinion outside a confirmed group.
  void regroup(double threshold);
  // Every group of the plan by number.
  std::vector<OpinionGroup> list();
  // Throw UserError for a group not in the plan.
  void confirm(std::int64_t group);
  // Takes `numbers` out of the group, each alone (all of them when empty); what is left stays
  // together. Every group touched is confirmed: the user has decided.
  void split(std::int64_t group, const std::vector<std::int64_t>& numbers);
  // Records the agency's answer to the group (and confirms it).
  void answer(std::int64_t group, const std::string& status, const std::string& agency,
              const std::string& text, const std::string& on);

 private:
  OpinionGroup load(std::int64_t group);
  std::int64_t add_group(bool confirmed);
  void move(std::int64_t opinion, std::int64_t group);

  thuky::Store& store_;
  const Plan& plan_;
};

}  // namespace contact
