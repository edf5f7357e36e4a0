#pragma once
// `thuky contact opinions ...`: what voters said, recorded, listed, grouped, reported.

#include <CLI/CLI.hpp>
#include <string>
#include <vector>

#include "opinion.hpp"
#include "opinion_group_commands.hpp"
#include "opinion_report_commands.hpp"
#include "plan.hpp"
#include "thuky/context.hpp"
#include "thuky/table/import.hpp"
#include "thuky/table/list_output.hpp"

namespace contact {

class OpinionCommands {
 public:
  // Adds `opinions` and its subcommands under `contact`.
  void add_to(CLI::App& contact, thuky::PluginContext& ctx);

 private:
  void add(thuky::PluginContext& ctx);
  void import_file(thuky::PluginContext& ctx);
  void list(thuky::PluginContext& ctx);
  void minutes(thuky::PluginContext& ctx);
  void search(thuky::PluginContext& ctx);
  void print(thuky::PluginContext& ctx, const Plan& plan, const std::vector<Opinion>& opinions);

  std::string plan_, file_, locality_, out_, text_;
  Opinion opinion_;
  thuky::table::ImportOptions import_options_;
  thuky::table::ListOptions list_options_;
  OpinionGroupCommands groups_;
  OpinionReportCommands reports_;
};

}  // namespace contact
