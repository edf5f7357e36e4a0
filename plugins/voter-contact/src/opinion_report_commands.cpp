#include "opinion_report_commands.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <iostream>

#include "council.hpp"
#include "opinion_group_commands.hpp"
#include "opinion_groups.hpp"
#include "opinion_report.hpp"
#include "opinion_topics.hpp"
#include "plan_store.hpp"
#include "recipients.hpp"
#include "thuky/error.hpp"
#include "thuky/output.hpp"
#include "thuky/table/cli.hpp"
#include "unanswered_document.hpp"

namespace contact {
namespace {

// [plugins.voter-contact] answer_days: days after the council session an agency has to answer.
int answer_days(thuky::PluginContext& ctx) {
  return static_cast<int>(ctx.plugin_config()["answer_days"].value_or(std::int64_t{30}));
}

}  // namespace

void OpinionReportCommands::add_to(CLI::App& opinions, thuky::PluginContext& ctx) {
  CLI::App* report_cmd = opinions.add_subcommand(
      "report", "The summary report of what voters said (báo cáo tổng hợp): PDF, .xlsx and .csv");
  report_cmd->add_option("plan", plan_, "Plan id")->required();
  report_cmd->add_option("--out", out_, "Output directory (default: [output] dir)");
  report_cmd->callback([this, &ctx] { report(ctx); });

  CLI::App* answer_cmd = opinions.add_subcommand(
      "answer", "Record an agency's answer to a group of opinions (see 'opinions groups --all')");
  answer_cmd->add_option("plan", plan_, "Plan id")->required();
  answer_cmd->add_option("group", group_, "Group number")->required();
  answer_cmd->add_option("answer", text_, "What the agency answered")->required();
  answer_cmd->add_option("--agency", agency_, "The agency that answered (default: the one named)");
  answer_cmd->add_option("--status", status_, "answered (default) or in-progress")
      ->check(CLI::IsMember({"answered", "in-progress"}));
  answer_cmd->add_option("--date", date_, "Date of the answer (default: today)");
  answer_cmd->callback([this, &ctx] { answer(ctx); });

  CLI::App* unanswered_cmd = opinions.add_subcommand(
      "unanswered",
      "Requests still without a final answer, by agency, with the days past the answer deadline");
  unanswered_cmd->add_option("plan", plan_, "Plan id")->required();
  thuky::table::add_list_options(*unanswered_cmd, list_options_);
  unanswered_cmd->add_option("--pdf", pdf_, "Also write the list as a PDF (Decree 30) to FILE");
  unanswered_cmd->callback([this, &ctx] { unanswered(ctx); });
}

void OpinionReportCommands::answer(thuky::PluginContext& ctx) {
  thuky::WriteTransaction transaction(ctx.store());
  const Plan plan = PlanStore(ctx.store()).load(plan_);
  OpinionGroups store(ctx.store(), plan);
  Date on = ctx.clock().today();
  if (!date_.empty()) {
    const auto parsed = Date::parse_dmy(date_) ? Date::parse_dmy(date_) : Date::parse_iso(date_);
    if (!parsed)
      throw thuky::UserError(
          fmt::format("'{}' is not a date (write 15/12/2026 or 2026-12-15)", date_));
    on = *parsed;
  }
  std::string agency = agency_;
  if (agency.empty()) {
    for (const OpinionGroup& g : store.list()) {
      if (g.number == group_) {
        for (const Opinion& o : g.opinions) {
          if (agency.empty())
            agency = o.agency;
        }
      }
    }
  }
  store.answer(group_, status_, agency, text_, on.iso());
  transaction.commit();
  std::cout << fmt::format("Group {}: {} ({}, {}).\n", group_,
                           status_ == "answered" ? "answered" : "answer in progress",
                           agency.empty() ? "no agency named" : agency, on.dmy());
}

void OpinionReportCommands::unanswered(thuky::PluginContext& ctx) {
  using thuky::table::ColumnType;
  const Plan plan = PlanStore(ctx.store()).load(plan_);
  const auto groups = regrouped(ctx, plan);
  const Date today = ctx.clock().today();
  const Date due = add_days(plan.session_ends, answer_days(ctx));
  const int overdue = std::max(0, day_number(today) - day_number(due));
  std::vector<Topic> open;
  // Requests settled at the sessions are not forwarded (the minutes say so): not listed.
  for (const Topic& t : topics_of(plan, groups)) {
    if (awaits_answer(t))
      open.push_back(t);
  }
  // By agency, the higher authority first as in Nơi nhận (UBND tỉnh before the departments,
  // the communes last; unnamed at the end), urgent first within one, then by number.
  std::stable_sort(open.begin(), open.end(), [](const Topic& a, const Topic& b) {
    if (a.agency.empty() != b.agency.empty())
      return b.agency.empty();
    const int higher = recipient_rank(a.agency), lower = recipient_rank(b.agency);
    if (higher != lower)
      return higher < lower;
    return a.agency < b.agency;
  });
  thuky::table::ListOutput out("unanswered",
                               {{"agency", "Cơ quan trả lời"},
                                {"group", "Nhóm", ColumnType::kInteger},
                                {"urgent", "Bức xúc"},
                                {"count", "Lượt ý kiến", ColumnType::kInteger},
                                {"localities", "Xã, phường", ColumnType::kText, false},
                                {"content", "Nội dung"},
                                {"status", "Trạng thái"},
                                {"due", "Hạn trả lời", ColumnType::kDate},
                                {"overdue", "Số ngày quá hạn", ColumnType::kInteger}},
                               {ctx.json_output() || list_options_.json, list_options_.out},
                               std::cout);
  for (const Topic& t : open) {
    std::string places;
    for (const auto& l : t.localities)
      places += (places.empty() ? "" : ", ") + l;
    out.add({or_unclassified(t.agency), std::to_string(t.group), t.urgent ? "x" : "",
             std::to_string(t.numbers.size()), places, t.content,
             t.source->status.empty() ? "chưa trả lời" : "đang giải quyết", due.iso(),
             std::to_string(overdue)});
  }
  const std::size_t count = out.finish();
  if (!list_options_.out.empty())
    std::cout << fmt::format("Wrote {} requests to '{}'.\n", count, list_options_.out.string());
  if (!pdf_.empty()) {
    const std::filesystem::path pdf(pdf_);
    if (pdf.has_parent_path())
      thuky::make_output_dir(pdf.parent_path());
    write_unanswered_document(plan, {open, due, today, council_name(ctx.areas(), plan)},
                              ctx.settings(), pdf);
    if (!ctx.json_output() && !list_options_.json)
      std::cout << fmt::format("Wrote {} requests to '{}'.\n", count, pdf.string());
  }
}

void OpinionReportCommands::report(thuky::PluginContext& ctx) {
  PlanStore plans(ctx.store());
  const Plan plan = plans.load(plan_);
  const auto groups = regrouped(ctx, plan);
  if (groups.empty()) {
    throw thuky::UserError(fmt::format(
        "plan '{}' has no opinions yet (record them with 'thuky contact opinions import')",
        plan.id));
  }
  const auto ordered = in_report_order(topics_of(plan, groups));
  const std::filesystem::path dir =
      out_.empty() ? ctx.settings().output_dir : std::filesystem::path(out_);
  thuky::make_output_dir(dir);
  const auto base = dir / (plan.id + "-bao-cao-y-kien");
  const ScheduleRows sessions = schedule_rows(plan, plans.visits(plan.id));
  write_opinion_report(plan, sessions, ordered, ctx.settings(), ctx.clock().today(),
                       base.string() + ".pdf");
  write_opinion_table(ordered, base.string() + ".xlsx");
  write_opinion_table(ordered, base.string() + ".csv");
  for (const char* ext : {".pdf", ".xlsx", ".csv"})
    std::cout << base.string() << ext << '\n';
}

}  // namespace contact
