#pragma once
// The minutes plugin's lists (meetings, tasks) through the SDK's one list output: terminal
// lines, --json or --out FILE.csv|.xlsx.

#include <vector>

#include "meeting_store.hpp"
#include "thuky/context.hpp"
#include "thuky/table/list_output.hpp"

namespace minutes {

void print_meetings(thuky::PluginContext& ctx, const std::vector<MeetingStore::Summary>& meetings,
                    thuky::table::ListOptions options, const char* when_empty);
void print_tasks(thuky::PluginContext& ctx, const std::vector<MeetingStore::TaskRow>& tasks,
                 thuky::table::ListOptions options, const char* when_empty);

}  // namespace minutes
