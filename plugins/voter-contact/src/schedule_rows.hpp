#pragma once
// The stored schedule of a plan as rows by date, slot and group: what the list, the plan
// document and the calendars print.

#include <string>
#include <vector>

#include "plan.hpp"

namespace contact {

struct ScheduleRow {
  Date date;
  const SlotDef* slot = nullptr;
  const LocalityDef* locality = nullptr;
  const VenueDef* venue = nullptr;
  const GroupDef* group = nullptr;
  std::string member_names;  // "Hà Văn Hùng, Nguyễn Thị Mai Thuỷ"
  bool pinned = false;
};

struct ScheduleRows {
  std::vector<ScheduleRow> rows;
  std::size_t unscheduled = 0;
};

// Rows point into `plan`, which must outlive them.
ScheduleRows schedule_rows(const Plan& plan, const std::vector<Visit>& visits);

}  // namespace contact
