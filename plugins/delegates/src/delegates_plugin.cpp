// The delegates plugin: elections — units, candidates, voter lists, checks. This file only
// wires the commands; each concept lives in its own file.
#include <fmt/format.h>
#include <thuky/entry.hpp>
#include <thuky/table/cli.hpp>

#include <iostream>

#include "thuky/output.hpp"
#include "thuky/table/import_summary.hpp"
#include "thuky/text/partial_date.hpp"

#include "ballot_colours.hpp"
#include "candidates.hpp"
#include "check.hpp"
#include "check_report.hpp"
#include "delegates_config.hpp"
#include "delegates_messages.hpp"
#include "documents.hpp"
#include "election_file.hpp"
#include "election_store.hpp"
#include "nouns.hpp"
#include "results_commands.hpp"
#include "results_documents.hpp"
#include "schema.hpp"
#include "struck_off.hpp"
#include "thuky/web_command.hpp"
#include "verify.hpp"
#include "voter_lists.hpp"
#include "voters.hpp"
#include "web_handlers.hpp"

namespace delegates {
namespace {

class DelegatesPlugin final : public thuky::Plugin {
 public:
  static constexpr const char* kId = "delegates";
  static constexpr const char* kVersion = "0.3.0";

  std::vector<thuky::Migration> migrations() const override { return schema_migrations(); }

  void add_commands(CLI::App& thuky, thuky::PluginContext& ctx) override {
    CLI::App* election = thuky.add_subcommand("election", "Elections of delegates");
    election->require_subcommand(1);
    election->add_subcommand("list", "List the election days and their elections, newest first")
        ->callback([&ctx] {
          ctx.declare_read_only();  // lists never wait behind a long import
          list_days(ctx);
        });

    CLI::App* import_day = election->add_subcommand(
        "import",
        "Import an election day (TOML): elections, units, polling areas; updates the day with "
        "the same id");
    import_day->add_option("file", file_, "The election file")
        ->required()
        ->check(CLI::ExistingFile);
    import_day->callback([this, &ctx] { import_election(ctx); });

    CLI::App* candidates = election->add_subcommand("candidates", "Candidates of an election");
    candidates->require_subcommand(1);
    CLI::App* cimport = candidates->add_subcommand(
        "import", "Import the candidate list (.csv/.xlsx): the whole list of each unit it names");
    cimport->add_option("file", file_, "The list")->required();
    add_election_options(*cimport);
    thuky::table::add_import_options(*cimport, import_options_);
    cimport->callback([this, &ctx] { import_candidate_list(ctx); });
    CLI::App* clist =
        candidates->add_subcommand("list", "List the candidates in the official order");
    add_election_options(*clist);
    clist->add_option("--unit", unit_, "Only this unit");
    add_list_options(*clist);
    clist->callback([this, &ctx] {
      ctx.declare_read_only();
      const ElectionDay day = ElectionStore(ctx.store()).load(day_);
      if (!election_id_.empty())
        election_of(day, election_id_);  // names the elections when unknown
      const auto rows =
          list_candidates(ctx, day, election_id_, unit_ ? std::optional<int>(unit_) : std::nullopt,
                          list_options(ctx));
      report_list(ctx, rows, "candidate", "candidates");
    });

    CLI::App* voters = election->add_subcommand("voters", "Voter lists, one per polling area");
    voters->require_subcommand(1);
    CLI::App* vimport = voters->add_subcommand(
        "import",
        "Import voter lists (.csv/.xlsx) in household order: the row within a polling "
        "area is the voter-card number");
    vimport->add_option("file", file_, "The list")->required();
    vimport->add_option("--area", area_, "The polling area of every row (when no column says)");
    vimport->add_option("--day", day_, "Election day id (default: the latest)");
    thuky::table::add_import_options(*vimport, import_options_);
    vimport->callback([this, &ctx] { import_voter_lists(ctx); });

    CLI::App* vadd = voters->add_subcommand(
        "add", "Add a late voter: the next number of the polling area's list");
    vadd->add_option("--area", voter_.area, "Polling area code")->required();
    vadd->add_option("--name", voter_.full_name, "Full name")->required();
    vadd->add_option("--birth", voter_.birth, "Birth date: 15/09/1970, 09/1970 or 1970")
        ->required();
    vadd->add_option("--gender", voter_.gender, "nam or nữ")
        ->required()
        ->check(CLI::IsMember({"nam", "nữ"}));
    vadd->add_option("--ethnicity", voter_.ethnicity, "Dân tộc");
    vadd->add_option("--occupation", voter_.occupation, "Nghề nghiệp");
    vadd->add_option("--residence", voter_.residence, "Nơi cư trú");
    vadd->add_flag("--temporary", voter_.temporary_residence, "Tạm trú (default: thường trú)");
    vadd->add_option("--household", voter_.household, "Household id");
    vadd->add_option("--citizen-id", voter_.citizen_id, "Số định danh cá nhân");
    vadd->add_option("--level", voter_.levels,
                     "A level the voter votes in (repeat; default: every level of the area)");
    vadd->add_option("--day", day_, "Election day id (default: the latest)");
    vadd->callback([this, &ctx] { add_late_voter(ctx); });

    CLI::App* vremove = voters->add_subcommand(
        "remove", "Strike a voter off the list with the reason (the number is never reused)");
    vremove->add_option("area", area_, "Polling area code")->required();
    vremove->add_option("number", card_, "The voter's number (STT) on the list")->required();
    vremove->add_option("--reason", reason_, "Why: \"Đã chuyển đi nơi khác\", ...")->required();
    vremove->add_option("--day", day_, "Election day id (default: the latest)");
    vremove->callback([this, &ctx] {
      const ElectionDay day = ElectionStore(ctx.store()).load(day_);
      thuky::WriteTransaction transaction(ctx.store());
      remove_voter(ctx, day, area_, card_, reason_);
      transaction.commit();
      std::cout << fmt::format("Struck off number {} of '{}'.\n", card_, area_);
    });

    CLI::App* vrestore = voters->add_subcommand(
        "restore", "Put a struck-off voter back on the list, saying why (the same number)");
    vrestore->add_option("area", area_, "Polling area code")->required();
    vrestore->add_option("number", card_, "The voter's number (STT) on the list")->required();
    vrestore->add_option("--reason", reason_, "Why: \"Xóa nhầm\", ...")->required();
    vrestore->add_option("--day", day_, "Election day id (default: the latest)");
    vrestore->callback([this, &ctx] {
      const ElectionDay day = ElectionStore(ctx.store()).load(day_);
      thuky::WriteTransaction transaction(ctx.store());
      restore_voter(ctx, day, area_, card_, reason_);
      transaction.commit();
      std::cout << fmt::format("Restored number {} of '{}' to the list.\n", card_, area_);
    });

    CLI::App* vlist = voters->add_subcommand("list", "List the voters in list order");
    vlist->add_option("--area", area_, "Only this polling area");
    vlist->add_option("--day", day_, "Election day id (default: the latest)");
    add_list_options(*vlist);
    vlist->callback([this, &ctx] {
      ctx.declare_read_only();
      const ElectionDay day = ElectionStore(ctx.store()).load(day_);
      report_list(ctx, list_voters(ctx, day, area_, list_options(ctx)), "voter", "voters");
    });

    CLI::App* check = election->add_subcommand(
        "check",
        "Check the day against the law: candidates per unit, ages, composition, voters "
        "per polling area, anyone listed twice; exit 1 when a rule fails");
    check->add_option("--day", day_, "Election day id (default: the latest)");
    check->add_option("--pdf", pdf_, "Also print the check as a report (PDF) to this file");
    add_list_options(*check);
    check->callback([this, &ctx] { check_election(ctx); });

    CLI::App* render = election->add_subcommand(
        "render",
        "Print the papers as PDF: candidate lists and ballots per unit, voter lists per "
        "polling area");
    render
        ->add_option("--doc", doc_,
                     "candidates, ballots, voters, tally (minutes of each count), results "
                     "(minutes of each unit) or all (default)")
        ->check(CLI::IsMember({"candidates", "ballots", "voters", "tally", "results", "all"}));
    add_election_options(*render);
    render->add_option("--unit", unit_, "Only this unit");
    render->add_option("--area", area_, "Only this polling area");
    render->add_option("--out", out_, "Output directory (default: [output] dir)");
    render->callback([this, &ctx] { render_documents(ctx); });

    results_.add(*election, ctx);
    CLI::App* verify = election->add_subcommand(
        "verify",
        "Which printed list a verification code (the footer of a candidate or voter list) "
        "belongs to, and whether the store still holds exactly that list; exit 1 when not");
    verify->add_option("code", code_, "The code, e.g. 7KQ2-MX4D-9TBA")->required();
    verify->callback([this, &ctx] {
      ctx.declare_read_only();
      verify_code(ctx, code_, std::cout);
    });
  }

  void web_request(thuky::PluginContext& ctx, const thuky::WebRequest& request,
                   thuky::WebResponse& response) override {
    // The papers are printed by the plugin's own commands, as the command line would run them.
    const CommandRunner run = [&ctx](const std::vector<std::string>& args) {
      return thuky::run_own_command<DelegatesPlugin>(ctx, args);
    };
    response = answer_web(ctx, request, run);
  }

 private:
  void add_election_options(CLI::App& command) {
    command.add_option("--election", election_id_, "Election id (needed when the day has several)");
    command.add_option("--day", day_, "Election day id (default: the latest)");
  }
  void add_list_options(CLI::App& command) {
    command.add_flag("--json", json_, "Print as JSON");
    command.add_option("--out", out_, "Write the list to FILE.csv or FILE.xlsx");
  }
  thuky::table::ListOptions list_options(thuky::PluginContext& ctx) const {
    return {json_ || ctx.json_output(), out_};
  }
  void report_list(thuky::PluginContext& ctx, std::size_t rows, const char* one,
                   const char* many) const {
    if (rows == 0)
      ctx.log().warn(fmt::format("no {} to list", many));
    else if (!out_.empty())
      std::cout << fmt::format("Wrote {} {} to '{}'.\n", rows, noun(rows, one, many), out_);
  }

  static void list_days(thuky::PluginContext& ctx) {
    ElectionStore store(ctx.store());
    const auto days = store.list_days();
    for (const auto& [id, date] : days) {
      const ElectionDay day = store.load(id);
      std::cout << fmt::format("{}  {}  {}\n", id, day.date.dmy(), day.name);
      for (const auto& e : day.elections) {
        int seats = 0;
        for (const auto& u : e.units)
          seats += u.seats;
        std::cout << fmt::format("  {}  {}: {} {}, {} {}, {} {}\n", e.id, e.level, e.body, e.term,
                                 e.units.size(), noun(e.units.size(), "unit", "units"), seats,
                                 noun(seats, "seat", "seats"));
      }
    }
    if (days.empty())
      ctx.log().warn("no elections in the store yet");
  }

  void import_election(thuky::PluginContext& ctx) {
    const ElectionDay day = read_election_file(file_, ctx.areas(), ctx.log());
    thuky::WriteTransaction transaction(ctx.store());
    const bool added = ElectionStore(ctx.store()).save(day);
    transaction.commit();
    std::size_t units = 0;
    for (const auto& e : day.elections)
      units += e.units.size();
    if (ctx.quiet())
      return;
    std::cout << fmt::format("{} election day '{}' ({} {}, {} {}, {} {}).\n",
                             added ? "Imported" : "Updated", day.id, day.elections.size(),
                             noun(day.elections.size(), "election", "elections"), units,
                             noun(units, "unit", "units"), day.polling_areas.size(),
                             noun(day.polling_areas.size(), "polling area", "polling areas"));
  }

  const Election& chosen_election(const ElectionDay& day) const {
    if (!election_id_.empty())
      return election_of(day, election_id_);
    if (day.elections.size() == 1)
      return day.elections.front();
    std::string known;
    for (const auto& e : day.elections)
      known += (known.empty() ? "" : ", ") + e.id;
    throw thuky::UserError(fmt::format("which election? Give --election ({})", known));
  }

  void import_candidate_list(thuky::PluginContext& ctx) {
    const DelegatesConfig config = read_config(ctx);
    const ElectionDay day = ElectionStore(ctx.store()).load(day_);
    const Election& election = chosen_election(day);
    thuky::WriteTransaction transaction(ctx.store());
    const auto r = import_candidates(ctx, day, election, file_, import_options_, config);
    transaction.commit();
    if (!ctx.quiet())
      std::cout << fmt::format("Imported '{}' into {}: {} added, {} updated, {} removed.\n", file_,
                               election.id, r.added, r.updated, r.removed);
    thuky::table::report_rejected_rows(std::cout, ctx.audit(), r.table);
  }

  void import_voter_lists(thuky::PluginContext& ctx) {
    const DelegatesConfig config = read_config(ctx);
    const ElectionDay day = ElectionStore(ctx.store()).load(day_);
    thuky::WriteTransaction transaction(ctx.store());
    const auto r = import_voters(ctx, day, file_, area_, import_options_, config);
    transaction.commit();
    if (!ctx.quiet())
      std::cout << fmt::format("Imported '{}': {} {} in {} {}.\n", file_, r.imported,
                               noun(r.imported, "voter", "voters"), r.areas,
                               noun(r.areas, "polling area", "polling areas"));
    thuky::table::report_rejected_rows(std::cout, ctx.audit(), r.table);
    for (const RepeatedVoter& v : r.repeated) {
      const auto birth = thuky::text::PartialDate::parse_stored(v.birth_date);
      ctx.log().warn(fmt::format(
          "{}:{}: '{}' ({}) is also on line {}, in the same polling area '{}' with the same "
          "household and residence: one voter listed twice, or namesakes? If one, strike the "
          "later off ('thuky election voters remove')",
          file_, v.row, v.full_name, birth ? birth->dmy() : v.birth_date, v.first_row, v.area));
    }
    if (r.repeated_count > r.repeated.size()) {
      ctx.log().warn(fmt::format("… and {} more voters listed twice maybe",
                                 r.repeated_count - r.repeated.size()));
    }
  }

  void add_late_voter(thuky::PluginContext& ctx) {
    const DelegatesConfig config = read_config(ctx);
    const ElectionDay day = ElectionStore(ctx.store()).load(day_);
    thuky::WriteTransaction transaction(ctx.store());
    const AddedVoter added = add_voter(ctx, day, voter_, config);
    transaction.commit();
    std::cout << fmt::format("Added {} to '{}' as number {}.\n", added.full_name, voter_.area,
                             added.card);
  }

  void check_election(thuky::PluginContext& ctx) {
    if (pdf_.empty())
      ctx.declare_read_only();  // a check reads; only its printed report is recorded
    const DelegatesConfig config = read_config(ctx);
    const ElectionDay day = ElectionStore(ctx.store()).load(day_);
    const auto rows = check_day(ctx.store(), day, config);
    thuky::table::ListOutput out(
        "checks",
        {{"status", "Kết quả"}, {"rule", "Quy định"}, {"scope", "Phạm vi"}, {"detail", "Chi tiết"}},
        list_options(ctx), std::cout);
    int failed = 0;
    for (const auto& r : rows) {
      out.add({status_name(r.status), r.rule, r.scope, r.detail});
      failed += r.status == CheckStatus::kFail;
    }
    out.finish();
    if (!pdf_.empty()) {
      const std::filesystem::path file(pdf_);
      if (file.has_parent_path())
        thuky::make_output_dir(file.parent_path());
      ctx.keep_documents_on_failure();  // the report is the result, failures and all
      write_check_report(day, rows, ctx.clock().today(), ctx.settings(), file);
      std::cerr << fmt::format("Wrote the report to '{}'.\n", pdf_);
    }
    if (failed > 0) {
      throw thuky::UserError(fmt::format("{} {} of the law {} not met on {}", failed,
                                         failed == 1 ? "rule" : "rules", failed == 1 ? "is" : "are",
                                         day.id));
    }
  }

  void render_documents(thuky::PluginContext& ctx) {
    const DelegatesConfig config = read_config(ctx);
    const ElectionDay day = ElectionStore(ctx.store()).load(day_);
    if (!election_id_.empty())
      election_of(day, election_id_);
    const std::filesystem::path dir =
        out_.empty() ? ctx.settings().output_dir : std::filesystem::path(out_);
    thuky::make_output_dir(dir);
    const bool all = doc_ == "all";
    std::vector<std::filesystem::path> written;
    std::vector<PrintedList> printed;  // recorded once every paper is written
    for (const auto& e : day.elections) {
      if ((!election_id_.empty() && e.id != election_id_) ||
          !(all || doc_ == "candidates" || doc_ == "ballots"))
        continue;
      for (const auto& unit : e.units) {
        if (unit_ && unit.number != unit_)
          continue;
        const auto candidates = load_candidates(ctx.store(), e.id, unit.number);
        const std::string stem = fmt::format("{}-dv{:02}", e.id, unit.number);
        if (all || doc_ == "candidates") {
          written.push_back(dir / (stem + "-danh-sach-ung-cu-vien.pdf"));
          printed.push_back(
              write_candidate_list(day, e, unit, candidates, ctx.settings(), written.back()));
        }
        if (all || doc_ == "ballots") {
          if (candidates.empty()) {
            // Asked for ballots, a blank one is refused; with every paper, the others print.
            const thuky::MessageError blank(thuky::Message(
                msg::kBallotWithoutCandidates,
                {{"level", e.level}, {"election", e.id}, {"unit", std::to_string(unit.number)}}));
            if (!all)
              throw blank;
            ctx.log().warn(blank.what());
          } else {
            written.push_back(dir / (stem + "-phieu-bau.pdf"));
            write_ballot(day, e, unit, candidates, config.ballot_colours.at(ballot_tier(e)),
                         ctx.settings(), written.back());
          }
        }
      }
    }
    if (all || doc_ == "voters") {
      auto lists = render_voter_lists(ctx, day, area_, dir);
      written.insert(written.end(), lists.files.begin(), lists.files.end());
      printed.insert(printed.end(), lists.printed.begin(), lists.printed.end());
    }
    if (all || doc_ == "tally" || doc_ == "results") {
      const MinutesFilter filter{all || doc_ == "tally",
                                 all || doc_ == "results",
                                 doc_ == "results",
                                 election_id_,
                                 unit_,
                                 area_};
      for (auto& f :
           write_count_minutes(ctx.store(), day, config.form_numbers, ctx.settings(), filter, dir))
        written.push_back(std::move(f));
    }
    thuky::WriteTransaction transaction(ctx.store());
    const std::string now = ctx.clock().now().iso();
    for (const auto& p : printed)
      record_printed(ctx.store(), p, now);
    transaction.commit();
    for (const auto& f : written)
      std::cout << f.string() << '\n';
    if (written.empty())
      ctx.log().warn("nothing to print: check --election, --unit and --area");
  }

  std::string code_, pdf_, file_, day_, election_id_, area_, reason_, out_, doc_ = "all";
  int unit_ = 0;
  int card_ = 0;
  bool json_ = false;
  VoterInput voter_;
  thuky::table::ImportOptions import_options_;
  ResultsCommands results_;
};

}  // namespace
}  // namespace delegates

THUKY_PLUGIN(delegates::DelegatesPlugin)
