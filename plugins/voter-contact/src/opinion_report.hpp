#pragma once
// The summary report (báo cáo tổng hợp ý kiến, kiến nghị của cử tri): each request once, with
// its count of raisings and the localities that raised it, by field (urgent ones first), then
// counted by council committee, by the agency that must answer and by competence. As a Decree
// 30 PDF, and as a table (.xlsx, .csv) with a row per request.

#include <filesystem>
#include <vector>

#include "opinion_topics.hpp"
#include "plan.hpp"
#include "schedule_rows.hpp"
#include "thuky/settings.hpp"

namespace contact {

// The topics in the report's order: fields in order of their first topic (urgent topics come
// first), urgent topics first within a field. The report numbers them 1, 2, ... in this order.
std::vector<Topic> in_report_order(const std::vector<Topic>& topics);

void write_opinion_report(const Plan& plan, const ScheduleRows& sessions,
                          const std::vector<Topic>& ordered, const thuky::Settings& settings,
                          const Date& issued, const std::filesystem::path& file);

void write_opinion_table(const std::vector<Topic>& ordered, const std::filesystem::path& file);

}  // namespace contact
