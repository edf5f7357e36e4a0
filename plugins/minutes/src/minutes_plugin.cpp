// The minutes plugin: a meeting from invitation to signed minutes. This file only wires the
// commands; each concept lives in its own file (meeting_file, meeting_store, documents/...).
#include <fmt/format.h>
#include <thuky/entry.hpp>

#include <ctime>
#include <iostream>

#include "documents/documents.hpp"
#include "meeting_file.hpp"
#include "meeting_store.hpp"
#include "plugin_options.hpp"
#include "schema.hpp"
#include "thuky/output.hpp"
#include "thuky/people.hpp"
#include "thuky/text/terminal.hpp"

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

  void add_commands(CLI::App& thuky, thuky::PluginContext& ctx) override {
    CLI::App* meeting = thuky.add_subcommand("meeting", "Meetings from invitation to minutes");
    meeting->require_subcommand(1);

    CLI::App* import_file = meeting->add_subcommand(
        "import", "Import a meeting file (TOML); replaces the meeting with the same id");
    import_file->add_option("file", file_, "The meeting file")
        ->required()
        ->check(CLI::ExistingFile);
    import_file->callback([this, &ctx] { import_meeting(ctx); });

    meeting->add_subcommand("list", "List the meetings, newest first")->callback([&ctx] {
      print_meetings(ctx, MeetingStore(ctx.store()).list(), "no meetings in the store yet");
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
      MeetingStore(ctx.store()).set_attendance(id_, who_, status, reason_, represented_by_);
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
    tasks->callback([this, &ctx] { list_tasks(ctx); });
    CLI::App* done = meeting->add_subcommand("done", "Mark a task done");
    done->add_option("task", task_id_, "Task number (see 'thuky meeting tasks')")->required();
    done->callback([this, &ctx] {
      const std::time_t now = std::time(nullptr);
      char today[11];
      std::strftime(today, sizeof today, "%Y-%m-%d", std::localtime(&now));
      MeetingStore(ctx.store()).mark_done(task_id_, today);
      ctx.audit().row("minutes_tasks", "updated", std::to_string(task_id_));
      std::cout << fmt::format("Task {} done.\n", task_id_);
    });

    CLI::App* search = meeting->add_subcommand(
        "search",
        "Find meetings by words in titles, reports, speeches, conclusions (accents "
        "optional: \"giai phong mat bang\")");
    search->add_option("words", words_, "Words to find")->required();
    search->callback([this, &ctx] {
      std::string query;
      for (const auto& w : words_)
        query += w + " ";
      print_meetings(ctx, MeetingStore(ctx.store()).search(query), "no meeting matches");
    });
  }

 private:
  void import_meeting(thuky::PluginContext& ctx) {
    thuky::PeopleDirectory people(ctx.store());
    const Meeting m = read_meeting_file(file_, people, &ctx.log());
    const bool added = MeetingStore(ctx.store()).save(m);
    ctx.audit().row("minutes_meetings", added ? "added" : "updated", m.id);
    ctx.audit().rows("minutes_participants", "imported",
                     static_cast<std::int64_t>(count_invitees(m)));
    ctx.audit().rows("minutes_tasks", "imported", static_cast<std::int64_t>(m.tasks.size()));
    std::cout << fmt::format("{} meeting '{}' ({} invitees, {} tasks).\n",
                             added ? "Imported" : "Updated", m.id, count_invitees(m),
                             m.tasks.size());
  }

  static std::size_t count_invitees(const Meeting& m) {
    std::size_t n = 0;
    for (const auto& d : m.delegations)
      n += d.members.size();
    return n;
  }

  void render_documents(thuky::PluginContext& ctx) {
    const Meeting m = MeetingStore(ctx.store()).load(id_);
    const thuky::Settings& s = ctx.settings();
    const DocumentOptions options = read_options(ctx.plugin_config(), ctx.log());
    const std::filesystem::path dir = out_.empty() ? s.output_dir : std::filesystem::path(out_);
    thuky::make_output_dir(dir);  // "'x' is not a directory", not an internal error
    const bool all = doc_ == "all";
    std::vector<std::filesystem::path> written;
    const auto file = [&](const char* name) { return dir / (m.id + "-" + name + ".pdf"); };
    ctx.progress().start("rendering", 0);
    if (all || doc_ == "invitation") {
      write_invitation(m, s, file("giay-moi"));
      written.push_back(file("giay-moi"));
    }
    if (all || doc_ == "invitations") {
      for (auto& f : write_invitations(m, s, dir))
        written.push_back(std::move(f));
    }
    if (all || doc_ == "agenda") {
      write_agenda(m, s, file("chuong-trinh"));
      written.push_back(file("chuong-trinh"));
    }
    if (all || doc_ == "sheet") {
      write_attendance_sheet(m, s, options, file("danh-sach-dai-bieu"));
      written.push_back(file("danh-sach-dai-bieu"));
    }
    if (all || doc_ == "minutes") {
      write_minutes(m, s, options, file("bien-ban"));
      written.push_back(file("bien-ban"));
    }
    if (all || doc_ == "conclusion") {
      write_conclusion_notice(m, s, file("thong-bao-ket-luan"));
      written.push_back(file("thong-bao-ket-luan"));
    }
    ctx.progress().finish();
    for (const auto& f : written)
      std::cout << f.string() << '\n';
  }
  static void print_meetings(thuky::PluginContext& ctx,
                             const std::vector<MeetingStore::Summary>& meetings,
                             const char* when_empty) {
    if (ctx.json_output()) {
      toml::array list;
      for (const auto& m : meetings) {
        list.push_back(toml::table{{"id", m.id}, {"starts", m.starts_at}, {"title", m.title}});
      }
      std::cout << toml::json_formatter(toml::table{{"meetings", list}}) << '\n';
      return;
    }
    for (const auto& m : meetings)
      std::cout << fmt::format("{}  {}  {}\n", m.id, m.starts_at, escape_controls(m.title));
    if (meetings.empty())
      ctx.log().warn(when_empty);
  }

  void add_guest(thuky::PluginContext& ctx) {
    Participant guest;
    if (const auto person = thuky::PeopleDirectory(ctx.store()).find_by_code(who_)) {
      guest = {person->code, person->full_name, person->title, person->unit, "", "", "", true};
    } else {
      guest = {"", who_, guest_title_, guest_unit_, "", "", "", true};
    }
    const std::string delegation = delegation_.empty() ? "Đại biểu mời bổ sung" : delegation_;
    MeetingStore(ctx.store()).add_guest(id_, delegation, guest);
    ctx.audit().row("minutes_participants", "added", id_ + "/" + guest.name);
    std::cout << fmt::format("{}: invited {} ({}).\n", id_, escape_controls(guest.name),
                             escape_controls(delegation));
  }

  void list_tasks(thuky::PluginContext& ctx) {
    const auto rows = MeetingStore(ctx.store()).tasks(!all_tasks_);
    if (ctx.json_output()) {
      toml::array list;
      for (const auto& t : rows) {
        list.push_back(toml::table{{"id", t.id},
                                   {"meeting", t.meeting_id},
                                   {"owner", t.owner},
                                   {"task", t.task},
                                   {"deadline", t.deadline},
                                   {"done", t.done_at}});
      }
      std::cout << toml::json_formatter(toml::table{{"tasks", list}}) << '\n';
      return;
    }
    for (const auto& t : rows) {
      const auto deadline = thuky::text::Date::parse_iso(t.deadline);
      std::cout << fmt::format("{:>3}  {:<10}  {:<6}  {}  [{}; {}]\n", t.id,
                               deadline ? deadline->dmy() : "—",
                               t.done_at.empty() ? "open" : "done", escape_controls(t.task),
                               escape_controls(t.owner), t.meeting_id);
    }
    if (rows.empty())
      ctx.log().warn(all_tasks_ ? "no tasks" : "no open tasks");
  }

  std::string file_, id_, doc_ = "all", out_, who_, reason_, represented_by_;
  std::string guest_title_, guest_unit_, delegation_;
  std::vector<std::string> words_;
  bool all_tasks_ = false;
  std::int64_t task_id_ = 0;
};  // namespace

}  // namespace
}  // namespace minutes

THUKY_PLUGIN(minutes::MinutesPlugin)
