#pragma once
// `thuky contact opinions report|answer|unanswered`: the summary report, and the agencies'
// answers to each request.

#include <CLI/CLI.hpp>
#include <cstdint>
#include <string>

#include "thuky/context.hpp"
#include "thuky/table/list_output.hpp"

namespace contact {

class OpinionReportCommands {
 public:
  // Adds its subcommands under `contact opinions`.
  void add_to(CLI::App& opinions, thuky::PluginContext& ctx);

 private:
  void report(thuky::PluginContext& ctx);
  void answer(thuky::PluginContext& ctx);
  void unanswered(thuky::PluginContext& ctx);

  std::string plan_, out_, status_ = "answered", agency_, text_, date_, pdf_;
  std::int64_t group_ = 0;
  thuky::table::ListOptions list_options_;
};

}  // namespace contact
