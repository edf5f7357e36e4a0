#pragma once
// The schedule as iCalendar (RFC 5545) files: local times with TZID Asia/Ho_Chi_Minh and its
// VTIMEZONE, one event per session with a UID that stays the same across re-plans.

#include <filesystem>
#include <string>
#include <vector>

#include "plan.hpp"
#include "schedule_rows.hpp"

namespace contact {

// The calendar of `rows` (one event each) as text.
std::string calendar_text(const Plan& plan, const std::vector<const ScheduleRow*>& rows,
                          const std::string& name);

// Writes the overall calendar, one per group and one per delegate into `dir`; returns the files.
std::vector<std::filesystem::path> write_calendars(const Plan& plan, const ScheduleRows& rows,
                                                   const std::filesystem::path& dir);

}  // namespace contact
