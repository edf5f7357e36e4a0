#include "check.hpp"

#include <SQLiteCpp/Statement.h>
#include <fmt/format.h>

#include <algorithm>
#include <map>

#include "candidates.hpp"
#include "coverage.hpp"
#include "election_store.hpp"
#include "listed_twice.hpp"
#include "nouns.hpp"
#include "printed_rows.hpp"
#include "rules.hpp"
#include "thuky/text/case.hpp"
#include "thuky/text/format.hpp"
#include "thuky/text/names.hpp"

namespace delegates {
namespace {

struct Composition {
  int total = 0, women = 0, minorities = 0, under_40 = 0, non_party = 0, renominated = 0,
      self_nominated = 0;

  void add(const Candidate& c, const thuky::text::Date& day) {
    ++total;
    women += c.gender == "nữ";
    minorities += thuky::text::search_key(c.ethnicity) != "kinh";
    const auto birth = thuky::text::PartialDate::parse_stored(c.birth_date);
    under_40 += birth && thuky::text::age_on(*birth, day) < 40;
    non_party += c.party_date.empty();
    renominated += !c.delegate_of.empty();
    self_nominated += c.self_nominated;
  }
};

double percent(int part, int total) {
  return total == 0 ? 0 : 100.0 * part / total;
}

std::string share(const char* what, int part, int total) {
  return fmt::format("{} {}/{} ({})", what, part, total,
                     thuky::text::format_percent(percent(part, total)));
}

std::string share_vi(const char* what, int part, int total) {
  return fmt::format("{} {}/{} ({})", what, part, total,
                     thuky::text::format_percent(percent(part, total)));
}

std::string describe_vi(const Composition& c) {
  return fmt::format(
      "{}; {}; {}; {}; {}; {}", share_vi("nữ", c.women, c.total),
      share_vi("dân tộc thiểu số", c.minorities, c.total),
      share_vi("dưới 40 tuổi", c.under_40, c.total), share_vi("ngoài Đảng", c.non_party, c.total),
      share_vi("tái cử", c.renominated, c.total), share_vi("tự ứng cử", c.self_nominated, c.total));
}

// The polling area `code` as papers name it (its voters' foreign key makes it one of the day's).
std::string polling_area_vi(const ElectionDay& day, const std::string& code) {
  for (const auto& p : day.polling_areas) {
    if (p.code == code)
      return polling_area_in_prose(p);
  }
  return code;
}

std::string unit_vi(const Election& e, int number) {
  return fmt::format("Đơn vị bầu cử số {} ({})", number, e.level);
}

std::string describe(const Composition& c) {
  return fmt::format(
      "{}; {}; {}; {}; {}; {}", share("women", c.women, c.total),
      share("ethnic minorities", c.minorities, c.total), share("under 40", c.under_40, c.total),
      share("non-party", c.non_party, c.total), share("re-nominated", c.renominated, c.total),
      share("self-nominated", c.self_nominated, c.total));
}

// The overall composition of an election against its targets: a target missed is a warning
// (targets guide the nomination; the law's hard rules are the other checks).
void check_targets(std::vector<CheckRow>& out, const Election& e, const Composition& c,
                   const CompositionTargets& t) {
  struct Target {
    const char* what;
    const char* what_vi;
    int part;
    double target;
  };
  const Target targets[] = {
      {"women", "nữ", c.women, t.women},
      {"ethnic minorities", "dân tộc thiểu số", c.minorities, t.ethnic_minorities},
      {"under 40", "dưới 40 tuổi", c.under_40, t.under_40},
      {"non-party", "ngoài Đảng", c.non_party, t.non_party},
      {"re-nominated", "tái cử", c.renominated, t.renominated},
      {"self-nominated", "tự ứng cử", c.self_nominated, t.self_nominated}};
  for (const auto& target : targets) {
    if (target.target <= 0)
      continue;
    const double got = percent(target.part, c.total);
    const bool met = got + 1e-9 >= target.target;
    out.push_back({met ? CheckStatus::kOk : CheckStatus::kWarn, "composition",
                   fmt::format("{} (all units)", e.id),
                   fmt::format("{}, target {}", share(target.what, target.part, c.total),
                               thuky::text::format_percent(target.target, 0)),
                   fmt::format("{} (các đơn vị)", e.level),
                   fmt::format("{}, dự kiến {}", share_vi(target.what_vi, target.part, c.total),
                               thuky::text::format_percent(target.target, 0))});
  }
}

// An area of a unit no polling area votes in for it (coverage.hpp). A warning, not a failure:
// the file may still be being written; the unit's results are refused until it is fixed.
void check_coverage(std::vector<CheckRow>& out, const ElectionDay& day) {
  for (const auto& e : day.elections) {
    for (const auto& unit : e.units) {
      for (const auto& code : areas_without_polling_area(day, e, unit)) {
        const std::string area = area_list(day, {code});
        out.push_back({CheckStatus::kWarn, "polling areas",
                       fmt::format("{} unit {}", e.id, unit.number),
                       fmt::format("no polling area in {} ({}) votes in this unit: its voters "
                                   "have nowhere to vote",
                                   area, code),
                       unit_vi(e, unit.number),
                       fmt::format("{} chưa có khu vực bỏ phiếu nào thuộc đơn vị bầu cử này: cử "
                                   "tri ở đây không có nơi bỏ phiếu",
                                   thuky::text::upper_first(area))});
      }
    }
  }
}

}  // namespace

const char* status_name(CheckStatus status) {
  switch (status) {
    case CheckStatus::kOk:
      return "ok";
    case CheckStatus::kFail:
      return "FAIL";
    case CheckStatus::kWarn:
      return "warn";
    case CheckStatus::kInfo:
      return "info";
  }
  return "";
}

std::vector<CheckRow> check_day(thuky::Store& store, const ElectionDay& day,
                                const DelegatesConfig& config) {
  std::vector<CheckRow> out;
  // person → the elections they stand in, per level: one candidacy per level.
  std::map<std::pair<std::string, std::string>, std::vector<std::string>> per_level;
  for (const auto& e : day.elections) {
    const auto candidates = load_candidates(store, e.id);
    Composition overall;
    for (const auto& unit : e.units) {
      Composition c;
      for (const auto& cand : candidates) {
        if (cand.unit != unit.number)
          continue;
        c.add(cand, day.date);
        const auto birth = thuky::text::PartialDate::parse_stored(cand.birth_date);
        if (birth && !old_enough(*birth, day.date, config.candidate_min_age)) {
          out.push_back(
              {CheckStatus::kFail, "age", fmt::format("{} unit {}", e.id, unit.number),
               fmt::format("{} ({}) is {} on election day; a candidate must be at "
                           "least {}",
                           cand.full_name, birth->dmy(), thuky::text::age_on(*birth, day.date),
                           config.candidate_min_age),
               unit_vi(e, unit.number),
               fmt::format("{} ({}) mới {} tuổi vào ngày bầu cử; người ứng cử phải đủ {} tuổi "
                           "trở lên",
                           cand.full_name, birth->dmy(), thuky::text::age_on(*birth, day.date),
                           config.candidate_min_age)});
        }
        per_level[{e.level, thuky::text::match_key(cand.full_name) + "|" + cand.birth_date}]
            .push_back(fmt::format("{} unit {}", e.id, unit.number));
      }
      const int needed = min_candidates(config, e.kind, unit.seats);
      out.push_back({c.total >= needed ? CheckStatus::kOk : CheckStatus::kFail, "candidates",
                     fmt::format("{} unit {}", e.id, unit.number),
                     fmt::format("{} {}: {} {}, at least {} needed ({} + {})", unit.seats,
                                 noun(unit.seats, "seat", "seats"), c.total,
                                 noun(c.total, "candidate", "candidates"), needed, unit.seats,
                                 needed - unit.seats),
                     unit_vi(e, unit.number),
                     fmt::format("{} đại biểu được bầu: {} người ứng cử, cần ít nhất {} ({} + {})",
                                 unit.seats, c.total, needed, unit.seats, needed - unit.seats)});
      out.push_back({CheckStatus::kInfo, "composition",
                     fmt::format("{} unit {}", e.id, unit.number), describe(c),
                     unit_vi(e, unit.number), describe_vi(c)});
      for (const auto& cand : candidates) {
        if (cand.unit == unit.number)
          overall.add(cand, day.date);
      }
    }
    out.push_back({CheckStatus::kInfo, "composition", fmt::format("{} (all units)", e.id),
                   describe(overall), fmt::format("{} (các đơn vị)", e.level),
                   describe_vi(overall)});
    if (e.kind == ElectionKind::kNationalAssembly)
      check_targets(out, e, overall, config.targets);
  }
  for (const auto& [key, places] : per_level) {
    if (places.size() < 2)
      continue;
    std::string where;
    for (const auto& p : places)
      where += (where.empty() ? "" : ", ") + p;
    out.push_back(
        {CheckStatus::kFail, "listed twice", key.first,
         fmt::format("a candidate stands in {}: one unit per level", where), key.first,
         fmt::format("một người ứng cử ở {}: mỗi cấp chỉ được ứng cử ở một đơn vị", where)});
  }

  check_coverage(out, day);

  // Voters per polling area, on the list (struck-off voters not counted). Cards run 1, 2, 3 … in
  // an area, never reused and no voter deleted (voters.cpp): the highest card, one index seek
  // per area, is how many were listed; less the few struck off (their own partial index).
  // Counting a million index entries instead would be most of the check's time.
  std::map<std::string, int> voters;
  {
    SQLite::Statement all(store.db(),
                          "SELECT p.code, (SELECT max(card) FROM delegates_voters v WHERE v.day_id "
                          "= p.day_id AND v.polling_area = p.code) FROM delegates_polling_areas p "
                          "WHERE p.day_id = ?");
    all.bind(1, day.id);
    while (all.executeStep())
      voters[all.getColumn(0).getString()] = all.getColumn(1).getInt();
    SQLite::Statement removed(store.db(),
                              "SELECT polling_area, count(*) FROM delegates_voters WHERE day_id "
                              "= ? AND removed_reason IS NOT NULL GROUP BY polling_area");
    removed.bind(1, day.id);
    while (removed.executeStep())
      voters[removed.getColumn(0).getString()] -= removed.getColumn(1).getInt();
  }
  for (const auto& p : day.polling_areas) {
    const int n = voters[p.code];
    const bool in_range =
        n >= config.min_voters_per_polling_area && n <= config.max_voters_per_polling_area;
    out.push_back({in_range ? CheckStatus::kOk : CheckStatus::kFail, "voters", p.code,
                   fmt::format("{} {} on the list; {} to {} allowed",
                               thuky::text::format_integer(n), noun(n, "voter", "voters"),
                               thuky::text::format_integer(config.min_voters_per_polling_area),
                               thuky::text::format_integer(config.max_voters_per_polling_area)),
                   p.name,
                   fmt::format("{} cử tri trong danh sách; quy định từ {} đến {}",
                               thuky::text::format_integer(n),
                               thuky::text::format_integer(config.min_voters_per_polling_area),
                               thuky::text::format_integer(config.max_voters_per_polling_area))});
  }
  // The same name and full birth date on two lists: maybe one citizen listed twice. Citizen ids
  // cannot repeat (the import refuses them); without one, the committee decides.
  for (const auto& twice : voters_listed_twice(store, day.id, 100)) {
    const auto birth = thuky::text::PartialDate::parse_stored(twice.birth_date);
    std::string where, where_vi;
    for (std::size_t i = 0; i < twice.cards.size(); ++i) {
      const auto& [area, card] = twice.cards[i];
      where += fmt::format("{}{} number {}", where.empty() ? "" : ", ", area, card);
      // The printed report names the lists as a clerk knows them, not by the store's code.
      where_vi += fmt::format("{}{} (số thứ tự {})",
                              i == 0 ? "" : (i + 1 == twice.cards.size() ? " và " : ", "),
                              polling_area_vi(day, area), card);
    }
    out.push_back(
        {CheckStatus::kWarn, "listed twice", "voters",
         fmt::format("{} ({}) on {}: one citizen, or namesakes?", twice.full_name,
                     birth ? birth->dmy() : "", where),
         "Cử tri",
         fmt::format(
             "{} ({}) có tên trong danh sách cử tri của {}: một cử tri hay người trùng tên?",
             twice.full_name, birth ? birth->dmy() : "", where_vi)});
  }
  return out;
}

}  // namespace delegates
