#pragma once
// The commands of the count and its results: `election tally set|import|list` and
// `election results` (--lock, --reopen), kept apart from the commands that prepare the day.

#include <CLI/CLI.hpp>

#include <string>
#include <vector>

#include "tally.hpp"
#include "thuky/context.hpp"
#include "thuky/table/import.hpp"

namespace delegates {

class ResultsCommands {
 public:
  // Adds `tally` and `results` under the `election` command.
  void add(CLI::App& election, thuky::PluginContext& ctx);

 private:
  void set(thuky::PluginContext& ctx);
  void import_file(thuky::PluginContext& ctx);
  void list(thuky::PluginContext& ctx);
  void results(thuky::PluginContext& ctx);
  void lock_or_reopen(thuky::PluginContext& ctx);
  void export_package(thuky::PluginContext& ctx);
  void import_package(thuky::PluginContext& ctx);
  thuky::table::ListOptions list_options(thuky::PluginContext& ctx) const;

  std::string day_, election_, area_, file_, out_, reason_;
  bool json_ = false, lock_ = false, reopen_ = false;
  Tally tally_;
  thuky::table::ImportOptions import_options_;
};

}  // namespace delegates
