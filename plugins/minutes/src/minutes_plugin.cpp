// The minutes plugin: a meeting from invitation to signed minutes. This file only wires the
// commands; each concept lives in its own file (meeting_file, meeting_store, documents/...).
#include <fmt/format.h>
#include <thuky/entry.hpp>

#include <iostream>

#include "documents/documents.hpp"
#include "documents/numbering.hpp"
#include "meeting_file.hpp"
#include "meeting_lists.hpp"
#include "meeting_store.hpp"
#include "plugin_options.hpp"
#include "render_meeting.hpp"
#include "schema.hpp"
#include "thuky/output.hpp"
#include "thuky/people.hpp"
#include "thuky/table/cli.hpp"
#include "thuky/text/terminal.hpp"
#include "thuky/web_command.hpp"
#include "web_handlers.hpp"

namespace minutes {
namespace {

using thuky::text::escape_controls;  // names and titles from files, printed on a terminal

const std::vector<std::string> kDocuments = {"minutes", "invitation", "invitations", "agenda",
                                             "sheet",   "conclusion", "all"};

class MinutesPlugin final : public thuky::Plugin {
 public:
  static constexpr const char* kId = "minutes";
  static constexpr const char* kVersion = "0.2.0";

  std::vector<thuky::Migration> migrations() const override { return schema_migrations(); }

  // The web pages' calls (minutes.plugin.toml [[web.handlers]]; web_handlers.cpp).
  void web_request(thuky::PluginContext& ctx, const thuky::WebRequest& request,
                   thuky::WebResponse& response) override {
    const CommandRunner run = [&ctx](const std::vector<std::string>& args) {
      return thuky::run_own_command<MinutesPlugin>(ctx, args);
    };
    answer_web_request(ctx, request, response, run);
  }

  void add_commands(CLI::App& thuky, thuky::PluginContext& ctx) override {
    CLI::App* meeting = thuky.add_subcommand("meeting", "Meetings from invitation to minutes");
    meeting->require_subcommand(1);

    CLI::App* import_file = meeting->add_subcommand(
        "import", "Import a meeting file (TOML); replaces the meeting with the same id");
    import_file->add_option("file", file_, "The meeting file")
        ->required()
        ->check(CLI::ExistingFile);
    import_file->callback([this, &ctx] { import_meeting(ctx); });

    CLI::App* list = meeting->add_subcommand("list", "List the meetings, newest first");
    thuky::table::add_list_options(*list, list_options_);
    list->callback([this, &ctx] {
      ctx.declare_read_only();  // never waits behind a long import
      print_meetings(ctx, meetings(ctx).list(), list_options_, "no meetings in the store yet");
    });

    CLI::App* render = meeting->add_subcommand("render", "Print the papers of a meeting as PDF");
    render->add_option("id", id_, "Meeting id")->required();
    render
        ->add_option("--doc", doc_,
                     "minutes, invitation, invitations (one each), agenda, "
                     "sheet, conclusion or all (default)")
        ->check(CLI::IsMember(kDocuments));
    render->add_option("--out", out_, "Output directory (default: [output] dir)");
    render->callback([this, &ctx] { render_documents(ctx); });

    CLI::App* attend = meeting->add_subcommand("attend", "Record whether an invitee came");
    attend->add_option("id", id_, "Meeting id")->required();
    attend->add_option("who", who_, "Directory code or name of the invitee")->required();
    auto* absent = attend->add_option("--absent", reason_, "Absent, with the reason");
    auto* by = attend->add_option("--represented-by", represented_by_, "Sent someone instead");
    absent->excludes(by);
    attend->callback([this, &ctx] {
      const std::string status =
          !reason_.empty() ? "absent" : (!represented_by_.empty() ? "represented" : "present");
      meetings(ctx).set_attendance(id_, who_, status, reason_, represented_by_);
      ctx.audit().row("minutes_participants", "updated", id_ + "/" + who_);
      std::cout << fmt::format("{}: {} ({}).\n", id_, escape_controls(who_), status);
    });
    CLI::App* guest = meeting->add_subcommand(
        "add-guest", "Invite someone after the import (a late addition; kept on re-import)");
    guest->add_option("id", id_, "Meeting id")->required();
    guest->add_option("who", who_, "Directory code, or the name of someone not in it")->required();
    guest->add_option("--title", guest_title_, "Title (for someone not in the directory)");
    guest->add_option("--unit", guest_unit_, "Unit (for someone not in the directory)");
    guest->add_option("--delegation", delegation_, "Delegation (default: Đại biểu mời bổ sung)");
    guest->callback([this, &ctx] { add_guest(ctx); });

    CLI::App* tasks = meeting->add_subcommand("tasks", "Tasks assigned in meetings, by deadline");
    tasks->add_flag("--all", all_tasks_, "Include the tasks already done");
    thuky::table::add_list_options(*tasks, list_options_);
    tasks->callback([this, &ctx] {
      ctx.declare_read_only();
      print_tasks(ctx, meetings(ctx).tasks(!all_tasks_), list_options_,
                  all_tasks_ ? "no tasks" : "no open tasks");
    });
    CLI::App* done = meeting->add_subcommand("done", "Mark a task done");
    done->add_option("task", task_id_, "Task number (see 'thuky meeting tasks')")->required();
    done->callback([this, &ctx] {
      meetings(ctx).mark_done(task_id_, ctx.clock().today().iso());
      ctx.audit().row("minutes_tasks", "updated", std::to_string(task_id_));
      std::cout << fmt::format("Task {} done.\n", task_id_);
    });

    CLI::App* search = meeting->add_subcommand(
        "search",
        "Find meetings by words in titles, reports, speeches, conclusions (accents "
        "optional: \"giai phong mat bang\")");
    search->add_option("words", words_, "Words to find")->required();
    thuky::table::add_list_options(*search, list_options_);
    search->callback([this, &ctx] {
      ctx.declare_read_only();
      std::string query;
      for (const auto& w : words_)
        query += w + " ";
      print_meetings(ctx, meetings(ctx).search(query), list_options_, "no meeting matches");
    });
  }

 private:
  static MeetingStore meetings(thuky::PluginContext& ctx) {
    return MeetingStore(ctx.store(), ctx.people());
  }

  void import_meeting(thuky::PluginContext& ctx) {
    Meeting m = read_meeting_file(file_, ctx.people(), ctx.organisations(), &ctx.log());
    thuky::WriteTransaction transaction(ctx.store());
    const auto register_warnings = number_papers(m, ctx.store(), ctx.settings());
    const MeetingStore::Saved saved = meetings(ctx).save(m);
    transaction.commit();
    for (const auto& w : register_warnings)
      ctx.log().warn(fmt::format("{}: {}", file_, w));
    for (const auto id : saved.removed_tasks)
      ctx.log().warn(fmt::format("task {} is no longer in the meeting file; it is removed", id));
    ctx.audit().row("minutes_meetings", saved.added ? "added" : "updated", m.id);
    ctx.audit().rows("minutes_participants", "imported",
                     static_cast<std::int64_t>(count_invitees(m)));
    ctx.audit().rows("minutes_tasks", "imported", static_cast<std::int64_t>(m.tasks.size()));
    if (ctx.quiet())
      return;
    const std::size_t invitees = count_invitees(m);
    std::cout << fmt::format("{} meeting '{}' ({} {}, {} {}).\n",
                             saved.added ? "Imported" : "Updated", m.id, invitees,
                             invitees == 1 ? "invitee" : "invitees", m.tasks.size(),
                             m.tasks.size() == 1 ? "task" : "tasks");
  }

  static std::size_t count_invitees(const Meeting& m) {
    std::size_t n = 0;
    for (const auto& d : m.delegations)
      n += d.members.size();
    return n;
  }

  void render_documents(thuky::PluginContext& ctx) {
    const Meeting m = meetings(ctx).load(id_);
    const std::filesystem::path dir =
        out_.empty() ? ctx.settings().output_dir : std::filesystem::path(out_);
    thuky::make_output_dir(dir);  // "'x' is not a directory", not an internal error
    for (const auto& f :
         render_meeting(m, doc_, dir, ctx.documents(), read_options(ctx.plugin_config())))
      std::cout << f.string() << '\n';
  }

  void add_guest(thuky::PluginContext& ctx) {
    Participant guest;
    if (const auto person = ctx.people().find_by_code(who_)) {
      guest = {person->code, person->full_name, person->title, person->unit, "", "", "", true};
    } else {
      guest = {"", who_, guest_title_, guest_unit_, "", "", "", true};
    }
    const std::string delegation = delegation_.empty() ? "Đại biểu mời bổ sung" : delegation_;
    meetings(ctx).add_guest(id_, delegation, guest);
    ctx.audit().row("minutes_participants", "added", id_ + "/" + guest.name);
    std::cout << fmt::format("{}: invited {} ({}).\n", id_, escape_controls(guest.name),
                             escape_controls(delegation));
  }

  std::string file_, id_, doc_ = "all", out_, who_, reason_, represented_by_;
  std::string guest_title_, guest_unit_, delegation_;
  std::vector<std::string> words_;
  bool all_tasks_ = false;
  thuky::table::ListOptions list_options_;
  std::int64_t task_id_ = 0;
};  // namespace

}  // namespace
}  // namespace minutes

THUKY_PLUGIN(minutes::MinutesPlugin)
