#pragma once
// `thuky contact opinions groups|confirm|split`: the user's say over which opinions are the
// same request.

#include <CLI/CLI.hpp>
#include <cstdint>
#include <string>
#include <vector>

#include "opinion_groups.hpp"
#include "plan.hpp"
#include "thuky/context.hpp"
#include "thuky/table/list_output.hpp"

namespace contact {

// [plugins.voter-contact] duplicate_threshold: how alike two opinions must be to be grouped.
double duplicate_threshold(thuky::PluginContext& ctx);

// The plan's groups of alike opinions, after regrouping those not confirmed (its own write
// transaction); throws UserError when there is no such plan.
std::vector<OpinionGroup> regrouped(thuky::PluginContext& ctx, const Plan& plan);

class OpinionGroupCommands {
 public:
  // Adds its subcommands under `contact opinions`.
  void add_to(CLI::App& opinions, thuky::PluginContext& ctx);

 private:
  void groups(thuky::PluginContext& ctx);
  void confirm(thuky::PluginContext& ctx);
  void split(thuky::PluginContext& ctx);

  std::string plan_;
  std::vector<std::int64_t> numbers_;
  std::int64_t group_ = 0;
  bool all_ = false;
  thuky::table::ListOptions list_options_;
};

}  // namespace contact
