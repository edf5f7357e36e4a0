#pragma once
// Plans and their schedules in the store. A plan is saved by id: rows of the file are inserted
// or updated in place, rows the file no longer has are removed, and the schedule of every
// session that is still planned (its date, slot, venue, pin) is kept.

#include <string>
#include <vector>

#include "plan.hpp"
#include "thuky/store.hpp"

namespace contact {

class PlanStore {
 public:
  explicit PlanStore(thuky::Store& store) : store_(store) {}

  // True when the plan was added, false when it replaced one with the same id.
  bool save(const Plan& plan);
  // Throws UserError when there is no such plan.
  Plan load(const std::string& id);
  std::vector<std::string> plan_ids();

  // The sessions of a plan in file order (group by group, locality by locality).
  std::vector<Visit> visits(const std::string& plan_id);
  // Stores the date, slot and venue of every session (and its pin).
  void save_visits(const std::string& plan_id, const std::vector<Visit>& visits);

 private:
  thuky::Store& store_;
};

}  // namespace contact
