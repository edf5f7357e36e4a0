#pragma once
// Which session of a plan an opinion was raised at, from what a user writes: the locality by
// id or name ("xa-ky-hoa", "xã Kỳ Hoa", "XA KY HOA"), the group likewise, which may be left out
// when one group alone visits the locality.

#include <string>

#include "plan.hpp"

namespace contact {

class OpinionSessions {
 public:
  explicit OpinionSessions(const Plan& plan) : plan_(plan) {}
  // Throw thuky::table::RowProblem naming the field ("locality", "group").
  const LocalityDef& locality(const std::string& text) const;
  const GroupDef& group(const LocalityDef& at, const std::string& text) const;

 private:
  const Plan& plan_;
};

}  // namespace contact
