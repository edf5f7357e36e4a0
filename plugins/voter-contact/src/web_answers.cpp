// The agencies' answers in the browser: each request (a group of alike opinions) with its
// answer and status, the unanswered ones with the days past the deadline, as `contact opinions
// unanswered` counts them (a request answered on the spot at every session that raised it is
// settled, never overdue); and recording an answer, as `contact opinions answer` does.
#include <fmt/format.h>

#include <algorithm>
#include <nlohmann/json.hpp>

#include "local_time.hpp"
#include "opinion_groups.hpp"
#include "opinion_topics.hpp"
#include "plan_store.hpp"
#include "thuky/text/normalize.hpp"
#include "thuky/web_json.hpp"
#include "web_contact_handlers.hpp"

namespace contact::web {
namespace {

using nlohmann::json;

// [plugins.voter-contact] answer_days: days after the council session an agency has to answer.
Date answer_due(thuky::PluginContext& ctx, const Plan& plan) {
  const auto days = ctx.plugin_config()["answer_days"].value_or(std::int64_t{30});
  return add_days(plan.session_ends, static_cast<int>(days));
}

std::string text_of(const json& in, const char* key) {
  const auto it = in.find(key);
  return it != in.end() && it->is_string() ? thuky::text::clean_text(it->get<std::string>()) : "";
}

bool blank(const std::string& text) {
  return text.find_first_not_of(" \t\r\n") == std::string::npos;
}

}  // namespace

WebResponse answers(thuky::PluginContext& ctx, const std::string& plan_id) {
  const Plan plan = PlanStore(ctx.store()).load(plan_id);
  const auto groups = OpinionGroups(ctx.store(), plan).list();
  const Date today = ctx.clock().today();
  const Date due = answer_due(ctx, plan);
  const int late = std::max(0, day_number(today) - day_number(due));
  json requests = json::array();
  for (const Topic& t : topics_of(plan, groups)) {
    const OpinionGroup& g = *t.source;
    requests.push_back({{"group", t.group},
                        {"content", t.content},
                        {"agency", t.agency},
                        {"urgent", t.urgent},
                        {"count", t.numbers.size()},
                        {"localities", t.localities},
                        {"status", g.status},
                        {"answer_agency", g.answer_agency},
                        {"answer", g.answer},
                        {"answered_on", g.answered_on},
                        {"settled_at_sessions", t.settled_at_sessions},
                        {"overdue", awaits_answer(t) ? late : 0}});
  }
  return thuky::json_response({{"today", today.iso()}, {"due", due.iso()}, {"requests", requests}});
}

WebResponse record_answer(thuky::PluginContext& ctx, const std::string& plan_id,
                          const std::string& group, const std::string& body) {
  const json in = json::parse(body, nullptr, false);
  if (!in.is_object())
    throw thuky::field_error("", "the body is not a JSON object");
  std::int64_t number = 0;
  if (group.empty() || group.size() > 9 ||
      group.find_first_not_of("0123456789") != std::string::npos ||
      (number = std::stoll(group)) <= 0)
    throw thuky::field_error("group", fmt::format("'{}' is not a group number", group));
  const std::string status = text_of(in, "status").empty() ? "answered" : text_of(in, "status");
  if (status != "answered" && status != "in-progress")
    throw thuky::field_error("status", "the status is 'answered' or 'in-progress'");
  const std::string text = text_of(in, "answer");
  if (blank(text))
    throw thuky::field_error("answer", "what did the agency answer? The answer is required");
  Date on = ctx.clock().today();
  if (const std::string date = text_of(in, "date"); !date.empty()) {
    const auto parsed = Date::parse_dmy(date) ? Date::parse_dmy(date) : Date::parse_iso(date);
    if (!parsed)
      throw thuky::field_error("date", fmt::format("'{}' is not a date (write 15/12/2026)", date));
    on = *parsed;
  }
  const Plan plan = PlanStore(ctx.store()).load(plan_id);
  thuky::WriteTransaction transaction(ctx.store());
  OpinionGroups(ctx.store(), plan).answer(number, status, text_of(in, "agency"), text, on.iso());
  transaction.commit();
  ctx.audit().row("voter_contact_opinion_groups", status, std::to_string(number));
  return answers(ctx, plan_id);
}

}  // namespace contact::web
