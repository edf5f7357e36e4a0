#include "results_commands.hpp"

#include <fmt/format.h>

#include <iostream>

#include "coverage.hpp"
#include "election_store.hpp"
#include "nouns.hpp"
#include "results.hpp"
#include "results_lock.hpp"
#include "results_package.hpp"
#include "thuky/error.hpp"
#include "thuky/table/cli.hpp"
#include "thuky/table/import_summary.hpp"
#include "thuky/text/format.hpp"
#include "thuky/text/normalize.hpp"

namespace delegates {
namespace {

void add_day_option(CLI::App& command, std::string& day) {
  command.add_option("--day", day, "Election day id (default: the latest)");
}

}  // namespace

void ResultsCommands::add(CLI::App& election, thuky::PluginContext& ctx) {
  CLI::App* tally = election.add_subcommand(
      "tally", "The count of each polling area and level (kết quả kiểm phiếu)");
  tally->require_subcommand(1);

  CLI::App* set = tally->add_subcommand(
      "set", "Set the count of one polling area and level, checked against the law");
  set->add_option("--area", tally_.area, "Polling area code")->required();
  set->add_option("--election", tally_.election_id, "Election id or level (\"HĐND tỉnh\")")
      ->required();
  set->add_option("--listed", tally_.counts.listed, "Voters on the list")
      ->required()
      ->check(CLI::NonNegativeNumber);
  set->add_option("--voted", tally_.counts.voted, "Voters who voted")
      ->required()
      ->check(CLI::NonNegativeNumber);
  set->add_option("--issued", tally_.counts.issued, "Ballots issued")
      ->required()
      ->check(CLI::NonNegativeNumber);
  set->add_option("--returned", tally_.counts.returned, "Ballots returned")
      ->required()
      ->check(CLI::NonNegativeNumber);
  set->add_option("--valid", tally_.counts.valid, "Valid ballots")
      ->required()
      ->check(CLI::NonNegativeNumber);
  set->add_option("--invalid", tally_.counts.invalid, "Invalid ballots")
      ->required()
      ->check(CLI::NonNegativeNumber);
  set->add_option("--votes", tally_.votes,
                  "Votes per candidate in ballot order, comma-separated: 812,640,233")
      ->required()
      ->delimiter(',')
      ->check(CLI::NonNegativeNumber);
  add_day_option(*set, day_);
  set->callback([this, &ctx] { this->set(ctx); });

  CLI::App* from_file = tally->add_subcommand(
      "import",
      "Import counts (.csv/.xlsx): one row per polling area and level, votes in columns "
      "\"Ứng cử viên 1\", \"Ứng cử viên 2\" … in ballot order");
  from_file->add_option("file", file_, "The counts")->required();
  add_day_option(*from_file, day_);
  thuky::table::add_import_options(*from_file, import_options_);
  from_file->callback([this, &ctx] { import_file(ctx); });

  CLI::App* list = tally->add_subcommand(
      "list", "List the counts (the import's columns: --out FILE.csv imports back)");
  list->add_option("--election", election_, "Only this election (id or level)");
  list->add_option("--area", area_, "Only this polling area");
  add_day_option(*list, day_);
  list->add_flag("--json", json_, "Print as JSON");
  list->add_option("--out", out_, "Write the list to FILE.csv or FILE.xlsx");
  list->callback([this, &ctx] { this->list(ctx); });

  CLI::App* results = election.add_subcommand(
      "results",
      "Results per unit: turnout, winners, additional election or re-election; --lock marks "
      "them official");
  results->add_option("--election", election_, "Only this election (id or level)");
  add_day_option(*results, day_);
  results->add_flag("--json", json_, "Print as JSON");
  results->add_option("--out", out_, "Write the list to FILE.csv or FILE.xlsx");
  CLI::Option* lock =
      results->add_flag("--lock", lock_, "Mark the results official: counts can no longer change");
  CLI::Option* reopen = results->add_flag(
      "--reopen", reopen_, "Lift the lock of official results (needs --reason, recorded)");
  lock->excludes(reopen);
  CLI::Option* reason =
      results->add_option("--reason", reason_, "Why the results are reopened (recorded)");
  reopen->needs(reason);
  reason->needs(reopen);
  CLI::App* send = results->add_subcommand(
      "export",
      "Write the results package for the level above: results.json, the minutes, SHA256SUMS");
  send->add_option("dir", file_, "A new or empty directory")->required();
  send->add_option("--election", election_, "Only this election (id or level)");
  add_day_option(*send, day_);
  send->callback([this, &ctx] { export_package(ctx); });
  CLI::App* receive = results->add_subcommand(
      "import", "Import a results package from the level below, after checking its SHA-256 sums");
  receive->add_option("dir", file_, "The package's directory")
      ->required()
      ->check(CLI::ExistingDirectory);
  add_day_option(*receive, day_);
  receive->callback([this, &ctx] { import_package(ctx); });
  results->callback([this, &ctx, results] {
    if (!results->get_subcommands().empty())
      return;  // export or import ran
    if (lock_ || reopen_) {
      lock_or_reopen(ctx);
    } else {
      ctx.declare_read_only();  // results are read while a long import or a count is written
      this->results(ctx);
    }
  });
}

thuky::table::ListOptions ResultsCommands::list_options(thuky::PluginContext& ctx) const {
  return {json_ || ctx.json_output(), out_};
}

void ResultsCommands::set(thuky::PluginContext& ctx) {
  const ElectionDay day = ElectionStore(ctx.store()).load(day_);
  thuky::WriteTransaction transaction(ctx.store());
  set_tally(ctx, day, tally_);
  transaction.commit();
  std::cout << fmt::format("Set the count of {}, {}.\n", tally_.area,
                           election_named(day, tally_.election_id).level);
}

void ResultsCommands::import_file(thuky::PluginContext& ctx) {
  const ElectionDay day = ElectionStore(ctx.store()).load(day_);
  thuky::WriteTransaction transaction(ctx.store());
  const auto r = import_tallies(ctx, day, file_, import_options_);
  transaction.commit();
  if (!ctx.quiet())
    std::cout << fmt::format("Imported '{}': {} {}.\n", file_, r.stored,
                             r.stored == 1 ? "count" : "counts");
  thuky::table::report_rejected_rows(std::cout, ctx.audit(), r.table);
}

void ResultsCommands::list(thuky::PluginContext& ctx) {
  const ElectionDay day = ElectionStore(ctx.store()).load(day_);
  const std::string id = election_.empty() ? "" : election_named(day, election_).id;
  const std::size_t rows = list_tallies(ctx, day, id, area_, list_options(ctx));
  if (rows == 0)
    ctx.log().warn("no counts to list");
  else if (!out_.empty())
    std::cout << fmt::format("Wrote {} {} to '{}'.\n", rows, noun(rows, "count", "counts"), out_);
}

void ResultsCommands::results(thuky::PluginContext& ctx) {
  using thuky::table::ColumnType;
  const ElectionDay day = ElectionStore(ctx.store()).load(day_);
  const std::string id = election_.empty() ? "" : election_named(day, election_).id;
  thuky::table::ListOutput out(
      "results",
      {{"election", "Cuộc bầu cử"},
       {"unit", "Đơn vị bầu cử", ColumnType::kInteger},
       {"seats", "Số đại biểu được bầu", ColumnType::kInteger, false},
       {"areas", "Khu vực đã kiểm phiếu", ColumnType::kText, false},
       {"listed", "Số cử tri", ColumnType::kInteger, false},
       {"voted", "Số cử tri đã bỏ phiếu", ColumnType::kInteger, false},
       {"turnout", "Tỷ lệ bỏ phiếu"},
       {"valid", "Số phiếu hợp lệ", ColumnType::kInteger, false},
       {"number", "STT", ColumnType::kInteger},
       {"name", "Họ và tên"},
       {"birth_date", "Ngày sinh", ColumnType::kDate, false},
       {"votes", "Số phiếu bầu", ColumnType::kInteger},
       {"percent", "Tỷ lệ so với phiếu hợp lệ"},
       {"elected", "Trúng cử"},
       {"status", "Kết luận"},
       {"official", "Chính thức"},
       {"no_polling_area_in", "Xã, phường chưa có khu vực bỏ phiếu", ColumnType::kText, false}},
      list_options(ctx), std::cout);
  int incomplete = 0;
  std::vector<std::string> uncovered;  // why each such unit's results cannot be declared
  for (const auto& r : compute_results(ctx.store(), day, id)) {
    incomplete += r.status == UnitStatus::kIncomplete;
    std::string missing;  // "xã Kỳ Anh (18094)": the areas without a polling area for the unit
    if (r.status == UnitStatus::kNoPollingArea) {
      uncovered.push_back(coverage_problem(day, *r.election, r.unit));
      missing = areas_without_polling_area_named(day, *r.election, r.unit);
    }
    const bool official = locked_at(ctx.store(), r.election->id).has_value();
    for (const auto& c : r.candidates) {
      out.add({r.election->id, std::to_string(r.unit.number), std::to_string(r.unit.seats),
               fmt::format("{}/{}", r.tallied, r.areas), std::to_string(r.totals.listed),
               std::to_string(r.totals.voted), percent_of(r.totals.voted, r.totals.listed),
               std::to_string(r.totals.valid), std::to_string(c.number), c.candidate.full_name,
               c.candidate.birth_date, std::to_string(c.votes), percent_of(c.votes, r.totals.valid),
               c.elected ? "x" : "", status_key(r.status), official ? "x" : "", missing});
    }
  }
  if (out.finish() == 0)
    ctx.log().warn("no units with candidates to report");
  if (incomplete > 0) {
    ctx.log().warn(fmt::format("{} {} not counted in every polling area yet: nothing decided there",
                               incomplete, incomplete == 1 ? "unit is" : "units are"));
  }
  // A listing that says a unit is undecided, and why, has done what was asked (exit 0, as
  // `election check` warns); locking or printing such results is refused (exit 1).
  for (const auto& problem : uncovered)
    ctx.log().warn(problem);
}

void ResultsCommands::lock_or_reopen(thuky::PluginContext& ctx) {
  const ElectionDay day = ElectionStore(ctx.store()).load(day_);
  const std::string id = election_.empty() ? "" : election_named(day, election_).id;
  // The reason is the record of why official results changed: never blank.
  const std::string reason = thuky::text::clean_text(thuky::text::to_nfc(reason_));
  if (reopen_ && reason.empty()) {
    throw thuky::UserError(thuky::InputLocation{"", 0, 0, "--reason"},
                           "say why the results are reopened (it is recorded)");
  }
  thuky::WriteTransaction transaction(ctx.store());
  std::vector<std::string> changed, unchanged;
  for (const auto& e : day.elections) {
    if (!id.empty() && e.id != id)
      continue;
    if (reopen_) {
      (reopen_results(ctx, e, reason) ? changed : unchanged).push_back(e.id);
      continue;
    }
    if (const std::string problem = not_yet_counted(ctx.store(), day, e); !problem.empty())
      throw thuky::UserError(problem);
    (lock_results(ctx, e) ? changed : unchanged).push_back(e.id);
  }
  transaction.commit();
  const auto joined = [](const std::vector<std::string>& ids) {
    std::string out;
    for (const auto& i : ids)
      out += (out.empty() ? "" : ", ") + i;
    return out;
  };
  if (!changed.empty()) {
    std::cout << fmt::format("{} the results of {}.\n", reopen_ ? "Reopened" : "Marked official",
                             joined(changed));
  }
  if (!unchanged.empty()) {
    ctx.log().warn(fmt::format("the results of {} were already {}", joined(unchanged),
                               reopen_ ? "open" : "official"));
  }
}

void ResultsCommands::export_package(thuky::PluginContext& ctx) {
  const ElectionDay day = ElectionStore(ctx.store()).load(day_);
  const std::string id = election_.empty() ? "" : election_named(day, election_).id;
  const auto files = export_results(ctx, day, id, file_);
  std::cout << fmt::format("Wrote the results package '{}' ({} files):\n", file_, files.size());
  for (const auto& f : files)
    std::cout << f.string() << '\n';
}

void ResultsCommands::import_package(thuky::PluginContext& ctx) {
  const ElectionDay day = ElectionStore(ctx.store()).load(day_);
  thuky::WriteTransaction transaction(ctx.store());
  const auto r = import_results(ctx, day, file_);
  transaction.commit();
  std::string elections;
  for (const auto& e : r.elections)
    elections += (elections.empty() ? "" : ", ") + e;
  std::cout << fmt::format("Checked the SHA-256 sums of '{}' and imported {} {} of {}.\n", file_,
                           r.counts, r.counts == 1 ? "count" : "counts", elections);
}

}  // namespace delegates
