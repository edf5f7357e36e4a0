#include "opinion_group_commands.hpp"

#include <fmt/format.h>
#include <fmt/ranges.h>

#include <iostream>

#include "opinion_groups.hpp"
#include "plan_store.hpp"
#include "thuky/table/cli.hpp"

namespace contact {
namespace {

std::string locality_names(const Plan& plan, const OpinionGroup& g) {
  std::string out;
  for (const LocalityDef& l : plan.localities) {
    for (const Opinion& o : g.opinions) {
      if (o.locality == l.id) {
        out += (out.empty() ? "" : ", ") + l.name;
        break;
      }
    }
  }
  return out;
}

std::string numbers_of(const OpinionGroup& g) {
  std::string out;
  for (const Opinion& o : g.opinions)
    out += (out.empty() ? "" : ", ") + std::to_string(o.number);
  return out;
}

}  // namespace

double duplicate_threshold(thuky::PluginContext& ctx) {
  return ctx.plugin_config()["duplicate_threshold"].value_or(0.3);
}

std::vector<OpinionGroup> regrouped(thuky::PluginContext& ctx, const Plan& plan) {
  thuky::WriteTransaction transaction(ctx.store());
  OpinionGroups store(ctx.store(), plan);
  store.regroup(duplicate_threshold(ctx));
  auto groups = store.list();
  transaction.commit();
  return groups;
}

void OpinionGroupCommands::add_to(CLI::App& opinions, thuky::PluginContext& ctx) {
  CLI::App* groups = opinions.add_subcommand(
      "groups",
      "Opinions that make the same request, grouped (suggested by similarity; confirm or split "
      "them)");
  groups->add_option("plan", plan_, "Plan id")->required();
  groups->add_flag("--all", all_, "List the opinions that stand alone too");
  thuky::table::add_list_options(*groups, list_options_);
  groups->callback([this, &ctx] { this->groups(ctx); });

  CLI::App* confirm_cmd =
      opinions.add_subcommand("confirm", "Confirm groups as they are: regrouping keeps them");
  confirm_cmd->add_option("plan", plan_, "Plan id")->required();
  confirm_cmd->add_option("groups", numbers_, "Group numbers")->required();
  confirm_cmd->callback([this, &ctx] { confirm(ctx); });

  CLI::App* split_cmd = opinions.add_subcommand(
      "split", "Take opinions out of a group, each on its own (all of them when none is named)");
  split_cmd->add_option("plan", plan_, "Plan id")->required();
  split_cmd->add_option("group", group_, "Group number")->required();
  split_cmd->add_option("opinions", numbers_, "Opinion numbers to take out");
  split_cmd->callback([this, &ctx] { split(ctx); });
}

void OpinionGroupCommands::groups(thuky::PluginContext& ctx) {
  using thuky::table::ColumnType;
  const Plan plan = PlanStore(ctx.store()).load(plan_);
  const auto groups = regrouped(ctx, plan);
  thuky::table::ListOutput out("groups",
                               {{"group", "Nhóm", ColumnType::kInteger},
                                {"status", "Trạng thái"},
                                {"count", "Lượt ý kiến", ColumnType::kInteger},
                                {"opinions", "Số ý kiến"},
                                {"localities", "Xã, phường"},
                                {"content", "Nội dung"}},
                               {ctx.json_output() || list_options_.json, list_options_.out},
                               std::cout);
  for (const OpinionGroup& g : groups) {
    if (g.opinions.size() < 2 && !all_)
      continue;
    out.add({std::to_string(g.number), g.confirmed ? "confirmed" : "suggested",
             std::to_string(g.opinions.size()), numbers_of(g), locality_names(plan, g),
             g.opinions.front().content});
  }
  const std::size_t count = out.finish();
  if (!list_options_.out.empty())
    std::cout << fmt::format("Wrote {} groups to '{}'.\n", count, list_options_.out.string());
}

void OpinionGroupCommands::confirm(thuky::PluginContext& ctx) {
  thuky::WriteTransaction transaction(ctx.store());
  const Plan plan = PlanStore(ctx.store()).load(plan_);
  OpinionGroups store(ctx.store(), plan);
  for (const std::int64_t g : numbers_)
    store.confirm(g);
  transaction.commit();
  std::cout << fmt::format("Confirmed {} {}.\n", numbers_.size() == 1 ? "group" : "groups",
                           fmt::join(numbers_, ", "));
}

void OpinionGroupCommands::split(thuky::PluginContext& ctx) {
  thuky::WriteTransaction transaction(ctx.store());
  const Plan plan = PlanStore(ctx.store()).load(plan_);
  OpinionGroups store(ctx.store(), plan);
  store.split(group_, numbers_);
  transaction.commit();
  if (numbers_.empty()) {
    std::cout << fmt::format("Split group {}: each of its opinions stands alone.\n", group_);
  } else {
    std::cout << fmt::format("Took opinion{} {} out of group {}.\n",
                             numbers_.size() == 1 ? "" : "s", fmt::join(numbers_, ", "), group_);
  }
}

}  // namespace contact
