// The read handlers: what `election list`, `candidates list`, `check` and `results` print, as
// JSON for the pages.
#include <nlohmann/json.hpp>

#include <algorithm>
#include <cctype>

#include "candidates.hpp"
#include "check.hpp"
#include "delegates_config.hpp"
#include "election_store.hpp"
#include "results.hpp"
#include "results_lock.hpp"
#include "thuky/web_json.hpp"
#include "voters_page.hpp"
#include "web_election_handlers.hpp"

namespace delegates::web {
namespace {

using nlohmann::json;
using thuky::json_response;

std::string area_name(const ElectionDay& day, const std::string& code) {
  for (const auto& a : day.areas) {
    if (a.code == code)
      return a.name;
  }
  return code;
}

json election_json(thuky::Store& store, const ElectionDay& day, const Election& e) {
  json units = json::array();
  for (const auto& u : e.units) {
    json areas = json::array();
    for (const auto& code : u.areas)
      areas.push_back(area_name(day, code));
    units.push_back({{"number", u.number}, {"seats", u.seats}, {"areas", areas}});
  }
  const auto locked = locked_at(store, e.id);
  return {{"id", e.id},
          {"level", e.level},
          {"kind", kind_name(e.kind)},
          {"body", e.body},
          {"term", e.term},
          {"units", units},
          {"locked_at", locked ? json(*locked) : json(nullptr)}};
}

}  // namespace

WebResponse days(thuky::PluginContext& ctx) {
  ElectionStore store(ctx.store());
  json out = json::array();
  for (const auto& [id, date] : store.list_days()) {
    const ElectionDay d = store.load(id);
    out.push_back({{"id", d.id}, {"date", d.date.iso()}, {"name", d.name}});
  }
  return json_response({{"days", out}});
}

WebResponse day(thuky::PluginContext& ctx, const std::string& day_id) {
  const ElectionDay d = ElectionStore(ctx.store()).load(day_id);
  json elections = json::array();
  for (const auto& e : d.elections)
    elections.push_back(election_json(ctx.store(), d, e));
  json polling = json::array();
  for (const auto& p : d.polling_areas) {
    json units = json::object();
    for (const auto& [election, number] : p.units)
      units[election] = number;
    polling.push_back({{"code", p.code}, {"name", p.name}, {"units", units}});
  }
  return json_response({{"day",
                         {{"id", d.id},
                          {"date", d.date.iso()},
                          {"name", d.name},
                          {"place", d.place},
                          {"committee", d.committee}}},
                        {"elections", elections},
                        {"polling_areas", polling}});
}

WebResponse candidates(thuky::PluginContext& ctx, const std::string& day_id) {
  const ElectionDay d = ElectionStore(ctx.store()).load(day_id);
  json elections = json::array();
  for (const auto& e : d.elections) {
    json units = json::array();
    for (const auto& u : e.units) {
      json list = json::array();
      int number = 0;
      for (const auto& c : load_candidates(ctx.store(), e.id, u.number)) {
        list.push_back({{"number", ++number},
                        {"name", c.full_name},
                        {"birth_date", c.birth_date},
                        {"gender", c.gender},
                        {"ethnicity", c.ethnicity},
                        {"occupation", c.occupation},
                        {"workplace", c.workplace},
                        {"self_nominated", c.self_nominated}});
      }
      units.push_back({{"number", u.number}, {"seats", u.seats}, {"candidates", list}});
    }
    elections.push_back({{"id", e.id}, {"level", e.level}, {"units", units}});
  }
  return json_response({{"elections", elections}});
}

WebResponse check(thuky::PluginContext& ctx, const std::string& day_id) {
  const DelegatesConfig config = read_config(ctx);
  const ElectionDay d = ElectionStore(ctx.store()).load(day_id);
  json rows = json::array();
  int failed = 0, warned = 0;
  for (const auto& r : check_day(ctx.store(), d, config)) {
    failed += r.status == CheckStatus::kFail;
    warned += r.status == CheckStatus::kWarn;
    // "FAIL" is the terminal's shout; the pages take the key in lower case.
    std::string status = status_name(r.status);
    for (char& c : status)
      c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    rows.push_back({{"status", status},
                    {"rule", r.rule},
                    {"scope", r.scope},
                    {"detail", r.detail},
                    {"scope_vi", r.scope_vi},
                    {"detail_vi", r.detail_vi}});
  }
  return json_response({{"failed", failed}, {"warned", warned}, {"rows", rows}});
}

WebResponse results(thuky::PluginContext& ctx, const std::string& day_id) {
  const ElectionDay d = ElectionStore(ctx.store()).load(day_id);
  json units = json::array();
  for (const auto& r : compute_results(ctx.store(), d)) {
    json list = json::array();
    for (const auto& c : r.candidates) {
      list.push_back({{"number", c.number},
                      {"name", c.candidate.full_name},
                      {"birth_date", c.candidate.birth_date},
                      {"votes", c.votes},
                      {"percent", percent_of(c.votes, r.totals.valid)},
                      {"elected", c.elected}});
    }
    json winners = json::array();
    for (const std::size_t i : r.winners)
      winners.push_back(r.candidates[i].number);
    const auto locked = locked_at(ctx.store(), r.election->id);
    units.push_back({{"election", r.election->id},
                     {"level", r.election->level},
                     {"unit", r.unit.number},
                     {"seats", r.unit.seats},
                     {"areas", r.areas},
                     {"tallied", r.tallied},
                     {"listed", r.totals.listed},
                     {"voted", r.totals.voted},
                     {"valid", r.totals.valid},
                     {"invalid", r.totals.invalid},
                     {"turnout", percent_of(r.totals.voted, r.totals.listed)},
                     {"turnout_valid", r.turnout_valid()},
                     {"status", status_key(r.status)},
                     {"official", locked.has_value()},
                     {"winners", winners},
                     {"candidates", list}});
  }
  return json_response({{"units", units}});
}

// One page of a polling area's voter list, searched on the server (voters_page.hpp).
WebResponse voters(thuky::PluginContext& ctx, const thuky::WebRequest& request) {
  const std::string day_id = request.param("day");
  const auto param = [&](const char* key) { return request.param(key); };
  const auto number = [&](const char* key, std::size_t fallback) -> std::size_t {
    const std::string text = param(key);
    if (text.empty())
      return fallback;
    if (text.size() > 9 || text.find_first_not_of("0123456789") != std::string::npos)
      throw thuky::field_error(key, "'" + text + "' is not a number");
    return std::stoul(text);
  };
  const std::string area = param("area");
  const auto area_name = polling_area_name(ctx.store(), day_id, area);
  if (!area_name) {
    (void)ElectionStore(ctx.store()).load(day_id);  // names a day that is not there
    throw thuky::field_error("area", "no polling area '" + area + "' on " + day_id);
  }
  const std::size_t offset = number("offset", 0);
  const std::size_t limit = std::min<std::size_t>(number("limit", 50), 200);
  const VoterPage page = voters_page(ctx.store(), day_id, area, param("q"), offset, limit);
  json rows = json::array();
  for (const Voter& v : page.voters) {
    rows.push_back(
        {{"card", v.card},
         {"name", v.full_name},
         {"birth_date", v.birth_date},
         {"gender", v.gender},
         {"residence", v.residence},
         {"household", v.household},
         {"added_late", v.added_late},
         {"removed_reason", v.removed_reason ? json(*v.removed_reason) : json(nullptr)}});
  }
  return json_response({{"area", {{"code", area}, {"name", *area_name}}},
                        {"total", page.total},
                        {"offset", offset},
                        {"voters", rows}});
}

}  // namespace delegates::web
