// The count of one polling area and level in the browser, and official results. The rules are
// the plugin's: check_tally (rules.hpp) names the count to blame, set_tally stores the count
// exactly as `election tally set` does, lock_results/reopen_results as `election results`.
#include <fmt/format.h>

#include <nlohmann/json.hpp>

#include "candidates.hpp"
#include "delegates_messages.hpp"
#include "election_store.hpp"
#include "nouns.hpp"
#include "results.hpp"
#include "results_lock.hpp"
#include "rules.hpp"
#include "tally.hpp"
#include "tally_version.hpp"
#include "thuky/web_json.hpp"
#include "web_election_handlers.hpp"

namespace delegates::web {
namespace {

using nlohmann::json;
using thuky::count_arg;
using thuky::field_error;
using thuky::json_response;
using thuky::Message;

constexpr const char* kCountKeys[] = {"listed", "voted", "issued", "returned", "valid", "invalid"};
// Each count as the tally page labels it.
constexpr const char* kCountLabels[] = {"“Số cử tri trong danh sách”", "“Số cử tri đã bỏ phiếu”",
                                        "“Số phiếu phát ra”",          "“Số phiếu thu vào”",
                                        "“Số phiếu hợp lệ”",           "“Số phiếu không hợp lệ”"};

// Where a count goes: the polling area, its level and unit, the unit's ballot.
struct Target {
  const PollingArea* area = nullptr;
  const Election* election = nullptr;
  const Unit* unit = nullptr;
  std::vector<Candidate> ballot;
};

Target target_of(thuky::Store& store, const ElectionDay& day, const std::string& area,
                 const std::string& election) {
  Target t;
  for (const auto& p : day.polling_areas) {
    if (p.code == area)
      t.area = &p;
  }
  if (!t.area)
    throw field_error("area", Message(msg::kNoPollingArea, {{"area", area}, {"day", day.id}}));
  try {
    t.election = &election_named(day, election);
  } catch (const thuky::MessageError& e) {
    throw field_error("election", e.message());
  }
  const auto unit = t.area->units.find(t.election->id);
  if (unit == t.area->units.end()) {
    throw field_error(
        "election", Message(msg::kAreaDoesNotVote, {{"area", area}, {"level", t.election->level}}));
  }
  t.unit = unit_of(*t.election, unit->second);
  t.ballot = load_candidates(store, t.election->id, unit->second);
  return t;
}

std::int64_t count_in(const json& body, std::size_t count) {
  const std::string key = kCountKeys[count];
  const auto it = body.find(key);
  if (it == body.end() || !it->is_number_integer() || it->get<std::int64_t>() < 0)
    throw field_error(key, Message(msg::kNotACount, {{"key", key, kCountLabels[count]}}));
  return it->get<std::int64_t>();
}

Tally tally_of(const json& in, const std::string& area, const std::string& election_id) {
  Tally t;
  t.area = area;
  t.election_id = election_id;
  std::int64_t* counts[] = {&t.counts.listed,   &t.counts.voted, &t.counts.issued,
                            &t.counts.returned, &t.counts.valid, &t.counts.invalid};
  for (std::size_t i = 0; i < std::size(kCountKeys); ++i)
    *counts[i] = count_in(in, i);
  const auto votes = in.find("votes");
  if (votes == in.end() || !votes->is_array())
    throw field_error("votes1", Message(msg::kVotesNotAList));
  for (std::size_t i = 0; i < votes->size(); ++i) {
    const json& v = (*votes)[i];
    if (!v.is_number_integer() || v.get<std::int64_t>() < 0) {
      throw field_error(
          fmt::format("votes{}", i + 1),
          Message(msg::kCandidateVotesNotACount, {{"number", std::to_string(i + 1)}}));
    }
    t.votes.push_back(v.get<std::int64_t>());
  }
  return t;
}

// "2026-03-16T02:00:00Z": now, in UTC, as the pages show it in local time.
std::string now_utc(thuky::PluginContext& ctx) {
  const std::string t = ctx.clock().now().ical_utc();  // "20260316T020000Z"
  return fmt::format("{}-{}-{}T{}:{}:{}Z", t.substr(0, 4), t.substr(4, 2), t.substr(6, 2),
                     t.substr(9, 2), t.substr(11, 2), t.substr(13, 2));
}

// The version the page loaded the count at (0: it was not stored yet).
std::int64_t version_in(const json& in) {
  const auto it = in.find("version");
  if (it == in.end() || !it->is_number_integer() || it->get<std::int64_t>() < 0)
    throw field_error("version", Message(msg::kVersionMissing));
  return it->get<std::int64_t>();
}

json counts_json(const Tally& t) {
  return {{"listed", t.counts.listed}, {"voted", t.counts.voted},
          {"issued", t.counts.issued}, {"returned", t.counts.returned},
          {"valid", t.counts.valid},   {"invalid", t.counts.invalid},
          {"votes", t.votes}};
}

}  // namespace

WebResponse tally(thuky::PluginContext& ctx, const std::string& day_id, const std::string& area,
                  const std::string& election) {
  const ElectionDay d = ElectionStore(ctx.store()).load(day_id);
  const Target t = target_of(ctx.store(), d, area, election);
  json ballot = json::array();
  int number = 0;
  for (const auto& c : t.ballot)
    ballot.push_back({{"number", ++number}, {"name", c.full_name}});
  const auto stored = load_tallies(ctx.store(), d, t.election->id, area);
  const auto locked = locked_at(ctx.store(), t.election->id);
  const TallyStamp stamp = tally_stamp(ctx.store(), d.id, area, t.election->id);
  return json_response({{"area", {{"code", t.area->code}, {"name", t.area->name}}},
                        {"version", stamp.version},
                        {"changed_by", stamp.changed_by},
                        {"changed_at", stamp.changed_at},
                        {"election", {{"id", t.election->id}, {"level", t.election->level}}},
                        {"unit", t.unit ? t.unit->number : 0},
                        {"seats", t.unit ? t.unit->seats : 0},
                        {"candidates", ballot},
                        {"locked_at", locked ? json(*locked) : json(nullptr)},
                        {"tally", stored.empty() ? json(nullptr) : counts_json(stored.front())}});
}

WebResponse save_tally(thuky::PluginContext& ctx, const std::string& day_id,
                       const std::string& area, const std::string& election,
                       const std::string& body, const std::string& user) {
  const ElectionDay d = ElectionStore(ctx.store()).load(day_id);
  const Target t = target_of(ctx.store(), d, area, election);
  const json in = thuky::json_body(body);  // a body cut short is said so, with where it ends
  const std::int64_t loaded = version_in(in);
  if (const TallyStamp now = tally_stamp(ctx.store(), d.id, area, t.election->id);
      now.version != loaded) {
    // Someone saved this count after the page loaded it: never overwrite it silently.
    WebResponse latest = tally(ctx, day_id, area, t.election->id);
    const Message saved_again(msg::kSavedAgain, {{"area", area},
                                                 {"level", t.election->level},
                                                 {"loaded", std::to_string(loaded)},
                                                 {"now", std::to_string(now.version)}});
    return json_response({{"error", saved_again.vietnamese()},
                          {"error_en", saved_again.english()},
                          {"field", "version"},
                          {"changed_by", now.changed_by},
                          {"changed_at", now.changed_at},
                          {"tally", json::parse(latest.json)}},
                         409);
  }
  const Tally entered = tally_of(in, area, t.election->id);
  if (const auto at = locked_at(ctx.store(), t.election->id)) {
    throw field_error("election", Message(msg::kCountsOfficial, {{"level", t.election->level},
                                                                 {"election", t.election->id},
                                                                 {"at", *at}}));
  }
  if (entered.votes.size() != t.ballot.size()) {
    const std::size_t blame = std::min(entered.votes.size(), t.ballot.size()) + 1;
    throw field_error(
        fmt::format("votes{}", blame),
        Message(msg::kBallotNames,
                {count_arg("names", static_cast<long long>(t.ballot.size())),
                 count_arg("given", static_cast<long long>(entered.votes.size())),
                 {"names_word", std::string(noun(t.ballot.size(), "name", "names")), ""},
                 {"counts_word", std::string(noun(t.ballot.size(), "vote count", "vote counts")),
                  ""}}));
  }
  // The law's consistency rules, each naming its count: a total that does not add up is
  // refused before anything is written.
  const auto problems = check_tally(entered.counts, entered.votes, t.unit ? t.unit->seats : 0);
  if (!problems.empty()) {
    json list = json::array();
    std::string vietnamese, english;
    for (const auto& p : problems) {
      list.push_back({{"field", p.field},
                      {"message", p.message.vietnamese()},
                      {"message_en", p.message.english()}});
      vietnamese += (vietnamese.empty() ? "" : "; ") + p.message.vietnamese();
      english += (english.empty() ? "" : "; ") + p.message.english();
    }
    return json_response({{"error", vietnamese},
                          {"error_en", english},
                          {"field", problems.front().field},
                          {"problems", list}},
                         400);
  }
  thuky::WriteTransaction transaction(ctx.store());
  set_tally(ctx, d, entered);
  sign_tally(ctx.store(), d.id, area, t.election->id, user, now_utc(ctx));
  transaction.commit();
  return tally(ctx, day_id, area, t.election->id);
}

WebResponse lock(thuky::PluginContext& ctx, const std::string& day_id,
                 const std::string& election) {
  const ElectionDay d = ElectionStore(ctx.store()).load(day_id);
  const Election& e = election_of(d, election);
  // As `election results --lock`: only when every polling area of every unit has counted.
  if (const std::string problem = not_yet_counted(ctx.store(), d, e); !problem.empty())
    throw field_error("election", problem);
  thuky::WriteTransaction transaction(ctx.store());
  const bool changed = lock_results(ctx, e);
  transaction.commit();
  return json_response(
      {{"election", e.id}, {"changed", changed}, {"locked_at", *locked_at(ctx.store(), e.id)}});
}

WebResponse reopen(thuky::PluginContext& ctx, const std::string& day_id,
                   const std::string& election, const std::string& body) {
  const ElectionDay d = ElectionStore(ctx.store()).load(day_id);
  const Election& e = election_of(d, election);
  const json in = json::parse(body, nullptr, false);
  std::string reason;
  if (in.is_object() && in.contains("reason") && in["reason"].is_string())
    reason = in["reason"].get<std::string>();
  if (reason.find_first_not_of(" \t\r\n") == std::string::npos)
    throw field_error("reason", "say why the results are reopened (it is recorded)");
  thuky::WriteTransaction transaction(ctx.store());
  const bool changed = reopen_results(ctx, e, reason);
  transaction.commit();
  return json_response({{"election", e.id}, {"changed", changed}, {"locked_at", nullptr}});
}

}  // namespace delegates::web
