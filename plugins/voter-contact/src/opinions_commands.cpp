#include "opinions_commands.hpp"

#include <fmt/format.h>

#include <functional>

#include <iostream>
#include <map>

#include "council.hpp"
#include "opinion_sessions.hpp"
#include "opinion_store.hpp"
#include "opinions_import.hpp"
#include "plan_store.hpp"
#include "schedule_rows.hpp"
#include "session_minutes.hpp"
#include "thuky/doc/documents.hpp"
#include "thuky/error.hpp"
#include "thuky/output.hpp"
#include "thuky/table/cli.hpp"
#include "thuky/table/import_summary.hpp"

namespace contact {
namespace {

const char* yes(bool b) {
  return b ? "x" : "";
}

template <class T>
std::string name_of(const std::vector<T>& items, const std::string& id) {
  for (const auto& item : items) {
    if (item.id == id)
      return item.name;
  }
  return id;
}

// The id of the locality the user named; empty for none.
std::string locality_id(const Plan& plan, const std::string& text) {
  if (text.empty())
    return "";
  try {
    return OpinionSessions(plan).locality(text).id;
  } catch (const thuky::table::RowProblem& e) {
    throw thuky::UserError(e.what());
  }
}

}  // namespace

void OpinionCommands::add_to(CLI::App& contact, thuky::PluginContext& ctx) {
  CLI::App* opinions = contact.add_subcommand("opinions", "What voters said at the sessions");
  opinions->require_subcommand(1);

  CLI::App* add = opinions->add_subcommand(
      "add", "Record an opinion raised at a session (the same voter and content: updated)");
  add->add_option("plan", opinion_.plan, "Plan id")->required();
  add->add_option("locality", opinion_.locality, "Locality id or name")->required();
  add->add_option("content", opinion_.content, "What the voter asked or proposed")->required();
  add->add_option("--group", opinion_.group, "Group id (when several groups visit the locality)");
  add->add_option("--voter", opinion_.voter, "The voter's name");
  add->add_option("--address", opinion_.address, "The voter's address");
  add->add_option("--field", opinion_.field, "Field (lĩnh vực): giao thông, đất đai ...");
  add->add_option("--committee", opinion_.committee, "Council committee (ban) to follow it");
  add->add_option("--agency", opinion_.agency, "The agency that must answer");
  add->add_option("--competence", opinion_.competence,
                  "Whose competence: central, provincial, commune (trung ương, tỉnh, xã)");
  add->add_flag("--urgent", opinion_.urgent, "Urgent (bức xúc)");
  add->add_option("--answered-by", opinion_.answered_by,
                  "Who answered it on the spot (marks it answered)");
  add->callback([this, &ctx] { this->add(ctx); });

  CLI::App* import_cmd = opinions->add_subcommand(
      "import", "Import opinions from FILE.csv|.xlsx (rows with a \"Số ý kiến\" update it)");
  import_cmd->add_option("plan", plan_, "Plan id")->required();
  import_cmd->add_option("file", file_, "The table of opinions")
      ->required()
      ->check(CLI::ExistingFile);
  thuky::table::add_import_options(*import_cmd, import_options_);
  import_cmd->callback([this, &ctx] { import_file(ctx); });

  CLI::App* list = opinions->add_subcommand("list", "The opinions of a plan by number");
  list->add_option("plan", plan_, "Plan id")->required();
  list->add_option("--locality", locality_, "Only those raised at this locality (id or name)");
  thuky::table::add_list_options(*list, list_options_);
  list->callback([this, &ctx] {
    ctx.declare_read_only();  // never waits behind a long import
    this->list(ctx);
  });

  CLI::App* search_cmd = opinions->add_subcommand(
      "search",
      "Opinions with every word of TEXT, accents and case aside (\"giai phong mat bang\")");
  search_cmd->add_option("plan", plan_, "Plan id")->required();
  search_cmd->add_option("text", text_, "Words to look for")->required();
  thuky::table::add_list_options(*search_cmd, list_options_);
  search_cmd->callback([this, &ctx] { search(ctx); });

  CLI::App* minutes_cmd = opinions->add_subcommand(
      "minutes", "The minutes (biên bản) of each scheduled session with its opinions, as PDF");
  minutes_cmd->add_option("plan", plan_, "Plan id")->required();
  minutes_cmd->add_option("--locality", locality_, "Only the session(s) at this locality");
  minutes_cmd->add_option("--out", out_, "Output directory (default: [output] dir)");
  minutes_cmd->callback([this, &ctx] { minutes(ctx); });

  groups_.add_to(*opinions, ctx);
  reports_.add_to(*opinions, ctx);
}

void OpinionCommands::add(thuky::PluginContext& ctx) {
  thuky::WriteTransaction transaction(ctx.store());
  Opinion o = opinion_;
  o.answered = !o.answered_by.empty();
  bool added = false;
  o = add_opinion(ctx, o, &added);
  transaction.commit();
  const Plan plan = PlanStore(ctx.store()).load(o.plan);
  std::cout << fmt::format("{} opinion {} ({}).\n", added ? "Added" : "Updated", o.number,
                           name_of(plan.localities, o.locality));
}

void OpinionCommands::import_file(thuky::PluginContext& ctx) {
  thuky::WriteTransaction transaction(ctx.store());
  const OpinionsImported r = import_opinions(ctx, plan_, file_, import_options_);
  transaction.commit();
  if (!ctx.quiet())
    std::cout << fmt::format("Imported {} {} into '{}' ({} added, {} updated).\n",
                             r.added + r.updated, r.added + r.updated == 1 ? "opinion" : "opinions",
                             plan_, r.added, r.updated);
  thuky::table::report_rejected_rows(std::cout, ctx.audit(), r.table);
}

void OpinionCommands::list(thuky::PluginContext& ctx) {
  const Plan plan = PlanStore(ctx.store()).load(plan_);
  print(ctx, plan, OpinionStore(ctx.store()).list(plan.id, locality_id(plan, locality_)));
}

void OpinionCommands::search(thuky::PluginContext& ctx) {
  const Plan plan = PlanStore(ctx.store()).load(plan_);
  const auto found = OpinionStore(ctx.store()).search(plan.id, text_);
  if (found.empty() && list_options_.out.empty() && !ctx.json_output() && !list_options_.json) {
    std::cout << fmt::format("No opinion of '{}' has these words.\n", plan.id);
    return;
  }
  print(ctx, plan, found);
}

void OpinionCommands::print(thuky::PluginContext& ctx, const Plan& plan,
                            const std::vector<Opinion>& opinions) {
  using thuky::table::ColumnType;
  const auto& schema = opinion_table_schema();
  const auto label = [&](const char* key) {
    return schema.fields[static_cast<std::size_t>(schema.index_of(key))].label;
  };
  thuky::table::ListOutput out("opinions",
                               {{"number", label("number"), ColumnType::kInteger},
                                {"locality", label("locality")},
                                {"group", label("group"), ColumnType::kText, false},
                                {"voter", label("voter")},
                                {"address", label("address"), ColumnType::kText, false},
                                {"content", label("content")},
                                {"field", label("field")},
                                {"committee", label("committee"), ColumnType::kText, false},
                                {"agency", label("agency")},
                                {"competence", label("competence"), ColumnType::kText, false},
                                {"urgent", label("urgent")},
                                {"answered", label("answered"), ColumnType::kText, false},
                                {"answered_by", label("answered_by"), ColumnType::kText, false}},
                               {ctx.json_output() || list_options_.json, list_options_.out},
                               std::cout);
  for (const Opinion& o : opinions) {
    out.add({std::to_string(o.number), name_of(plan.localities, o.locality),
             name_of(plan.groups, o.group), o.voter, o.address, o.content, o.field, o.committee,
             o.agency, o.competence, yes(o.urgent), yes(o.answered), o.answered_by});
  }
  const std::size_t count = out.finish();
  if (!list_options_.out.empty())
    std::cout << fmt::format("Wrote {} {} to '{}'.\n", count, count == 1 ? "opinion" : "opinions",
                             list_options_.out.string());
}

void OpinionCommands::minutes(thuky::PluginContext& ctx) {
  PlanStore plans(ctx.store());
  const Plan plan = plans.load(plan_);
  const std::string only = locality_id(plan, locality_);
  const ScheduleRows rows = schedule_rows(plan, plans.visits(plan.id));
  const std::filesystem::path dir =
      out_.empty() ? ctx.settings().output_dir : std::filesystem::path(out_);
  thuky::make_output_dir(dir);
  std::map<std::string, int> groups_at;  // a locality visited by several groups
  for (const GroupDef& g : plan.groups) {
    for (const auto& l : g.localities)
      ++groups_at[l];
  }
  OpinionStore opinions(ctx.store());
  // What each session's minutes need is read here, in order; the documents render side by side.
  struct Minutes {
    const ScheduleRow* row;
    std::vector<Opinion> said;
    std::optional<thuky::Organisation> keeper;
    std::filesystem::path pdf;
  };
  std::vector<Minutes> all;
  for (const ScheduleRow& row : rows.rows) {
    if (!only.empty() && row.locality->id != only)
      continue;
    std::vector<Opinion> said;
    for (Opinion& o : opinions.list(plan.id, row.locality->id)) {
      if (o.group == row.group->id)
        said.push_back(std::move(o));
    }
    std::string name = plan.id + "-bien-ban-" + row.locality->slug();
    if (groups_at[row.locality->id] > 1)
      name += "-" + row.group->id;
    const auto pdf = dir / (name + ".pdf");
    std::optional<thuky::Organisation> keeper;
    if (!row.locality->organiser.empty()) {
      keeper = ctx.organisations().find_by_code(row.locality->organiser);
      if (!keeper) {
        throw thuky::UserError(fmt::format(
            "organisation '{}' (who keeps the minutes at {}) is no longer in the store: import "
            "it with 'thuky organisations import', or import the plan again without it",
            row.locality->organiser, row.locality->name));
      }
    }
    all.push_back({&row, std::move(said), std::move(keeper), pdf});
  }
  const std::string council = council_name(ctx.areas(), plan);
  std::vector<std::function<void()>> jobs;
  for (const Minutes& m : all) {
    jobs.push_back([&plan, &m, &ctx, &council] {
      write_session_minutes(plan, *m.row, m.said, m.keeper, council, ctx.settings(), m.pdf);
    });
  }
  ctx.documents().render_all("minutes", jobs);
  for (const Minutes& m : all)
    std::cout << m.pdf.string() << '\n';
  if (all.empty()) {
    throw thuky::UserError(
        fmt::format("no scheduled session{} in plan '{}' (run 'thuky contact "
                    "schedule {}' first)",
                    only.empty() ? "" : " at " + locality_, plan.id, plan.id));
  }
}

}  // namespace contact
