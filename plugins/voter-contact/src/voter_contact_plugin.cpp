// The voter-contact plugin: delegates meeting voters (tiếp xúc cử tri, joint resolution
// 72/2025/NQLT). This file only wires the commands; each concept lives in its own file.
#include <fmt/format.h>
#include <thuky/entry.hpp>

#include <iostream>

#include "commands.hpp"
#include "elected_commands.hpp"
#include "opinions_commands.hpp"
#include "schema.hpp"
#include "thuky/web_command.hpp"
#include "web_handlers.hpp"

namespace contact {
namespace {

class VoterContactPlugin final : public thuky::Plugin {
 public:
  static constexpr const char* kId = "voter-contact";
  static constexpr const char* kVersion = "0.3.0";

  std::vector<thuky::Migration> migrations() const override { return schema_migrations(); }

  void add_commands(CLI::App& thuky, thuky::PluginContext& ctx) override {
    CLI::App* contact = thuky.add_subcommand("contact", "Delegates meeting voters");
    contact->require_subcommand(1);

    CLI::App* import_file = contact->add_subcommand(
        "import", "Import a plan file (TOML); updates the plan with the same id in place");
    import_file->add_option("file", a_.file, "The plan file")->required()->check(CLI::ExistingFile);
    import_file->callback([this, &ctx] { import_plan(ctx, a_); });

    CLI::App* schedule = contact->add_subcommand(
        "schedule", "Schedule every session of a plan (keeps pins, moves as few as it can)");
    schedule->add_option("plan", a_.plan, "Plan id")->required();
    schedule->add_flag("--fresh", a_.fresh,
                       "Plan anew, ignoring the stored schedule (pins are kept)");
    schedule->callback([this, &ctx] { schedule_plan(ctx, a_); });

    CLI::App* pin = contact->add_subcommand(
        "pin", "Fix a group's session at a locality on a date and slot, and re-plan around it");
    pin->add_option("plan", a_.plan, "Plan id")->required();
    pin->add_option("group", a_.group, "Group id")->required();
    pin->add_option("locality", a_.locality, "Locality id")->required();
    pin->add_option("date", a_.date, "Date, dd/mm/yyyy or yyyy-mm-dd")->required();
    pin->add_option("slot", a_.slot, "Slot id (e.g. sang, chieu)")->required();
    pin->add_option("--venue", a_.venue, "Venue id (default: the locality's first)");
    pin->callback([this, &ctx] { pin_session(ctx, a_); });

    CLI::App* unpin = contact->add_subcommand("unpin", "Release a pinned session");
    unpin->add_option("plan", a_.plan, "Plan id")->required();
    unpin->add_option("group", a_.group, "Group id")->required();
    unpin->add_option("locality", a_.locality, "Locality id")->required();
    unpin->callback([this, &ctx] { unpin_session(ctx, a_); });

    CLI::App* list = contact->add_subcommand(
        "list", "The schedule of a plan by date and slot (--json, --out FILE.csv|.xlsx)");
    list->add_option("plan", a_.plan, "Plan id")->required();
    list->add_option("--out", a_.out, "Write the schedule to FILE.xlsx or FILE.csv");
    list->callback([this, &ctx] { list_schedule(ctx, a_); });

    CLI::App* render = contact->add_subcommand(
        "render",
        "The plan (kế hoạch) as PDF, and iCalendar files: the whole round, each group, each "
        "delegate");
    render->add_option("plan", a_.plan, "Plan id")->required();
    render->add_option("--out", a_.out, "Output directory (default: [output] dir)");
    render->callback([this, &ctx] { render_plan(ctx, a_); });

    CLI::App* elected = contact->add_subcommand(
        "elected",
        "The delegates elected in official results (delegates plugin), whom a plan's group can "
        "take with members_from (--json, --out FILE.csv|.xlsx)");
    elected->add_option("--election", a_.election, "Only this election (its id)");
    elected->add_option("--out", a_.out, "Write the list to FILE.xlsx or FILE.csv");
    elected->callback([this, &ctx] { list_elected(ctx, a_.election, a_.out); });

    opinions_.add_to(*contact, ctx);
  }

  void web_request(thuky::PluginContext& ctx, const thuky::WebRequest& request,
                   thuky::WebResponse& response) override {
    // The papers are printed by the plugin's own commands, as the command line would run them.
    const CommandRunner run = [&ctx](const std::vector<std::string>& args) {
      return thuky::run_own_command<VoterContactPlugin>(ctx, args);
    };
    response = answer_web(ctx, request, run);
  }

 private:
  Arguments a_;
  OpinionCommands opinions_;
};

}  // namespace
}  // namespace contact

THUKY_PLUGIN(contact::VoterContactPlugin)
