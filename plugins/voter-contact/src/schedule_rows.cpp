#include "schedule_rows.hpp"

#include <algorithm>
#include <tuple>

namespace contact {
namespace {

template <class T>
const T* find(const std::vector<T>& items, const std::string& id) {
  for (const auto& item : items) {
    if (item.id == id)
      return &item;
  }
  return nullptr;
}

}  // namespace

ScheduleRows schedule_rows(const Plan& plan, const std::vector<Visit>& visits) {
  ScheduleRows out;
  for (const Visit& v : visits) {
    ScheduleRow r;
    r.slot = find(plan.slots, v.slot);
    r.locality = find(plan.localities, v.locality);
    r.venue = find(plan.venues, v.venue);
    r.group = find(plan.groups, v.group);
    if (!v.date || !r.slot || !r.locality || !r.venue || !r.group) {
      ++out.unscheduled;
      continue;
    }
    r.date = *v.date;
    for (const Member& m : r.group->members)
      r.member_names += (r.member_names.empty() ? "" : ", ") + m.name;
    r.pinned = v.pinned;
    out.rows.push_back(std::move(r));
  }
  const auto rank = [&](const ScheduleRow& r) {
    return std::make_tuple(r.date, r.slot - plan.slots.data(), r.group - plan.groups.data(),
                           r.locality - plan.localities.data());
  };
  std::stable_sort(out.rows.begin(), out.rows.end(),
                   [&](const auto& a, const auto& b) { return rank(a) < rank(b); });
  return out;
}

}  // namespace contact
