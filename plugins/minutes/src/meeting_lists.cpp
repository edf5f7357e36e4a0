#include "meeting_lists.hpp"

#include <iostream>

namespace minutes {

using thuky::table::ColumnType;
using thuky::table::ListOutput;

void print_meetings(thuky::PluginContext& ctx, const std::vector<MeetingStore::Summary>& meetings,
                    thuky::table::ListOptions options, const char* when_empty) {
  options.json = options.json || ctx.json_output();
  ListOutput out("meetings", {{"id", "Mã"}, {"starts", "Bắt đầu"}, {"title", "Nội dung"}}, options,
                 std::cout);
  for (const auto& m : meetings)
    out.add({m.id, m.starts_at, m.title});
  if (out.finish() == 0)
    ctx.log().warn(when_empty);
}

void print_tasks(thuky::PluginContext& ctx, const std::vector<MeetingStore::TaskRow>& tasks,
                 thuky::table::ListOptions options, const char* when_empty) {
  options.json = options.json || ctx.json_output();
  ListOutput out("tasks",
                 {{"id", "Số", ColumnType::kInteger},
                  {"deadline", "Hạn", ColumnType::kDate},
                  {"done", "Hoàn thành", ColumnType::kDate},
                  {"task", "Nhiệm vụ"},
                  {"owner", "Đơn vị thực hiện"},
                  {"meeting", "Cuộc họp"}},
                 options, std::cout);
  for (const auto& t : tasks)
    out.add({std::to_string(t.id), t.deadline, t.done_at, t.task, t.owner, t.meeting_id});
  if (out.finish() == 0)
    ctx.log().warn(when_empty);
}

}  // namespace minutes
