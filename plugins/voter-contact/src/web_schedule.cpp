// The plan and its schedule in the browser. Scheduling and pinning call the command functions
// themselves (commands.hpp), so the web keeps every check and message of `thuky contact`.
#include <nlohmann/json.hpp>

#include "commands.hpp"
#include "plan_store.hpp"
#include "schedule_rows.hpp"
#include "thuky/web_json.hpp"
#include "web_contact_handlers.hpp"

namespace contact::web {
namespace {

using nlohmann::json;
using thuky::json_response;

json object_of(const std::string& body) {
  if (body.empty())
    return json::object();
  json in = json::parse(body, nullptr, false);
  if (!in.is_object())
    throw thuky::UserError("the body is not a JSON object");
  return in;
}

std::string text_in(const json& in, const char* key) {
  const auto it = in.find(key);
  return it != in.end() && it->is_string() ? it->get<std::string>() : std::string();
}

// The form field a message of pin_session is about (its messages name what they refuse).
std::string field_of(const std::string& message) {
  const std::pair<const char*, const char*> known[] = {
      {"no group '", "group"},        {"no locality '", "locality"},
      {"does not visit", "locality"}, {"no slot '", "slot"},
      {"no venue", "venue"},          {"venue '", "venue"},
      {"is not a date", "date"},      {"is outside the window", "date"}};
  for (const auto& [words, field] : known) {
    if (message.find(words) != std::string::npos)
      return field;
  }
  return "";
}

// Runs a command function that changes the stored schedule in a savepoint: the plan as it now
// is, or 400 with the command's message — its first line, and each further line (the sessions
// that found no place and why) as the explanation.
template <class F>
WebResponse changing(thuky::PluginContext& ctx, const std::string& plan_id, F&& change) {
  try {
    thuky::WriteTransaction transaction(ctx.store());
    change();  // what it prints the host keeps from the server's output
    transaction.commit();
  } catch (const thuky::UserError& e) {
    std::string text = e.what();
    json lines = json::array();
    std::string first;
    for (std::size_t at = 0; at <= text.size();) {
      const std::size_t end = std::min(text.find('\n', at), text.size());
      std::string line = text.substr(at, end - at);
      const auto start = line.find_first_not_of(' ');
      line = start == std::string::npos ? "" : line.substr(start);
      if (first.empty())
        first = line;
      else if (!line.empty())
        lines.push_back(line);
      at = end + 1;
    }
    if (!first.empty() && first.back() == ':')
      first.pop_back();
    return json_response({{"error", first}, {"field", field_of(first)}, {"explanation", lines}},
                         400);
  }
  return plan(ctx, plan_id);
}

}  // namespace

WebResponse plans(thuky::PluginContext& ctx) {
  PlanStore store(ctx.store());
  json out = json::array();
  for (const auto& id : store.plan_ids()) {
    const Plan p = store.load(id);
    out.push_back({{"id", p.id}, {"title", p.title}, {"from", p.from.iso()}, {"to", p.to.iso()}});
  }
  return json_response({{"plans", out}});
}

WebResponse plan(thuky::PluginContext& ctx, const std::string& plan_id) {
  PlanStore store(ctx.store());
  const Plan p = store.load(plan_id);
  const auto visits = store.visits(plan_id);
  json slots = json::array(), groups = json::array(), localities = json::array(),
       venues = json::array(), sessions = json::array(), unscheduled = json::array();
  for (const SlotDef& s : p.slots) {
    slots.push_back({{"id", s.id},
                     {"name", s.name},
                     {"starts", clock_text(s.starts)},
                     {"ends", clock_text(s.ends)}});
  }
  for (const GroupDef& g : p.groups) {
    json members = json::array();
    for (const Member& m : g.members)
      members.push_back(m.name);
    groups.push_back(
        {{"id", g.id}, {"name", g.name}, {"members", members}, {"localities", g.localities}});
  }
  for (const LocalityDef& l : p.localities)
    localities.push_back({{"id", l.id}, {"name", l.name}});
  for (const VenueDef& v : p.venues)
    venues.push_back({{"id", v.id}, {"locality", v.locality}, {"name", v.name}});
  const ScheduleRows rows = schedule_rows(p, visits);
  for (const ScheduleRow& r : rows.rows) {
    sessions.push_back({{"date", r.date.iso()},
                        {"weekday", weekday_name(r.date)},
                        {"slot", r.slot->id},
                        {"slot_name", r.slot->name},
                        {"hours", clock_text(r.slot->starts) + "–" + clock_text(r.slot->ends)},
                        {"locality", r.locality->id},
                        {"locality_name", r.locality->name},
                        {"venue", r.venue->id},
                        {"venue_name", r.venue->name},
                        {"group", r.group->id},
                        {"group_name", r.group->name},
                        {"pinned", r.pinned}});
  }
  for (const Visit& v : visits) {
    if (!v.date)
      unscheduled.push_back({{"group", v.group}, {"locality", v.locality}});
  }
  return json_response({{"plan",
                         {{"id", p.id},
                          {"title", p.title},
                          {"council_session", p.council_session},
                          {"from", p.from.iso()},
                          {"to", p.to.iso()}}},
                        {"slots", slots},
                        {"groups", groups},
                        {"localities", localities},
                        {"venues", venues},
                        {"sessions", sessions},
                        {"unscheduled", unscheduled}});
}

WebResponse schedule(thuky::PluginContext& ctx, const std::string& plan_id,
                     const std::string& body) {
  const json in = object_of(body);
  Arguments a;
  a.plan = plan_id;
  a.fresh = in.value("fresh", false);
  return changing(ctx, plan_id, [&] { schedule_plan(ctx, a); });
}

WebResponse pin(thuky::PluginContext& ctx, const std::string& plan_id, const std::string& body) {
  const json in = object_of(body);
  Arguments a;
  a.plan = plan_id;
  a.group = text_in(in, "group");
  a.locality = text_in(in, "locality");
  a.date = text_in(in, "date");
  a.slot = text_in(in, "slot");
  a.venue = text_in(in, "venue");
  return changing(ctx, plan_id, [&] { pin_session(ctx, a); });
}

WebResponse unpin(thuky::PluginContext& ctx, const std::string& plan_id, const std::string& body) {
  const json in = object_of(body);
  Arguments a;
  a.plan = plan_id;
  a.group = text_in(in, "group");
  a.locality = text_in(in, "locality");
  return changing(ctx, plan_id, [&] { unpin_session(ctx, a); });
}

}  // namespace contact::web
