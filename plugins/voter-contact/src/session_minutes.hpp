#pragma once
// The minutes (biên bản, Mẫu 1.9) of one session: who met whom, where and when, and the list of
// what voters said with who answered on the spot (domain.md §3).

#include <filesystem>
#include <vector>

#include "opinion.hpp"
#include "plan.hpp"
#include "schedule_rows.hpp"
#include "thuky/organisations.hpp"
#include "thuky/settings.hpp"

namespace contact {

// `keeper`: the organisation that keeps the minutes (the locality's `organiser`, else the plan's
// `minutes_organiser`): its header, symbol and place. Without one, the header of the locality's
// Front standing committee. Its signer chairs when the locality's chair is its signer's title.
// `council` ("Hội đồng nhân dân tỉnh"): whose standing body gets what was not answered.
void write_session_minutes(const Plan& plan, const ScheduleRow& session,
                           const std::vector<Opinion>& opinions,
                           const std::optional<thuky::Organisation>& keeper,
                           const std::string& council, const thuky::Settings& settings,
                           const std::filesystem::path& file);

}  // namespace contact
