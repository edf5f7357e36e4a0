#include "elected_commands.hpp"

#include <fmt/format.h>

#include <iostream>

#include "elected_delegates.hpp"
#include "thuky/error.hpp"
#include "thuky/people.hpp"
#include "thuky/table/list_output.hpp"

namespace contact {

void list_elected(thuky::PluginContext& ctx, const std::string& election_id,
                  const std::string& out_file) {
  ctx.declare_read_only();
  const ElectedDelegates elected(ctx.store());
  if (!elected.available())
    throw thuky::UserError(kNoDelegatesPlugin);
  const auto delegates = elected.list(election_id);
  std::vector<std::int64_t> ids;
  for (const ElectedDelegate& e : delegates)
    ids.push_back(e.person_id);
  const auto people = ctx.people().find_many(ids);
  thuky::table::ListOutput out("elected",
                               {{"election", "Cuộc bầu cử"},
                                {"level", "Cấp"},
                                {"unit", "Đơn vị bầu cử"},
                                {"code", "Mã"},
                                {"name", "Họ và tên"},
                                {"title", "Chức vụ", thuky::table::ColumnType::kText, false},
                                {"locked_at", "Công bố", thuky::table::ColumnType::kText, false}},
                               {ctx.json_output(), out_file}, std::cout);
  for (const ElectedDelegate& e : delegates) {
    const auto person = people.find(e.person_id);
    if (person == people.end())
      continue;
    out.add({e.election_id, e.level, std::to_string(e.unit), person->second.code,
             person->second.full_name, person->second.title, e.locked_at});
  }
  const std::size_t count = out.finish();
  if (delegates.empty()) {
    ctx.log().warn(election_id.empty()
                       ? std::string("no election has official results yet ('thuky election "
                                     "results --lock' makes them official)")
                       : fmt::format("the election '{}' has no official results with delegates "
                                     "elected",
                                     election_id));
  } else if (!out_file.empty()) {
    std::cout << fmt::format("Wrote {} elected delegates to '{}'.\n", count, out_file);
  }
}

}  // namespace contact
