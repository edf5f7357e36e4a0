#pragma once
// The plan (kế hoạch) of a round as a Decree 30 document with its schedule table.

#include <filesystem>

#include "plan.hpp"
#include "schedule_rows.hpp"
#include "thuky/settings.hpp"

namespace contact {

void write_plan_document(const Plan& plan, const ScheduleRows& rows, const thuky::Settings& s,
                         const std::filesystem::path& file);

}  // namespace contact
