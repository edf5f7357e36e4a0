#pragma once
// `election check --pdf FILE`: the check as a report the committee can sign and file (Decree
// 30 layout): a summary, then one section per rule with a table of each violation.

#include <filesystem>
#include <vector>

#include "check.hpp"
#include "model.hpp"
#include "thuky/settings.hpp"
#include "thuky/text/date.hpp"

namespace delegates {

void write_check_report(const ElectionDay& day, const std::vector<CheckRow>& rows,
                        const thuky::text::Date& today, const thuky::Settings& s,
                        const std::filesystem::path& file);

}  // namespace delegates
