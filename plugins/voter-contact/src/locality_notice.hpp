#pragma once
// The notice (thông báo) to one locality of its session: when, where, which delegates, who
// chairs; sent so the local Front and people's committee invite the voters (domain.md §3).

#include <filesystem>

#include "plan.hpp"
#include "schedule_rows.hpp"
#include "thuky/settings.hpp"

namespace contact {

void write_locality_notice(const Plan& plan, const ScheduleRow& session,
                           const thuky::Settings& settings, const std::filesystem::path& file);

}  // namespace contact
