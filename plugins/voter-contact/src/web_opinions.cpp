// Opinions in the browser: entered one after another at the keyboard, grouped into requests,
// and the papers rendered by the plugin's own commands.
#include <fmt/format.h>

#include <nlohmann/json.hpp>

#include <filesystem>

#include "contact_messages.hpp"
#include "opinion_group_commands.hpp"
#include "opinion_groups.hpp"
#include "opinion_sessions.hpp"
#include "opinion_store.hpp"
#include "opinions_import.hpp"
#include "plan_store.hpp"
#include "thuky/table/import.hpp"
#include "thuky/text/normalize.hpp"
#include "thuky/web_import.hpp"
#include "web_contact_handlers.hpp"

namespace contact::web {
namespace {

using nlohmann::json;
using thuky::field_error;
using thuky::json_response;

json object_of(const std::string& body) {
  json in = json::parse(body, nullptr, false);
  if (!in.is_object())
    throw field_error("", "the body is not a JSON object");
  return in;
}

std::string text_in(const json& in, const char* key) {
  const auto it = in.find(key);
  if (it == in.end() || !it->is_string())
    return "";
  return thuky::text::clean_text(it->get<std::string>());
}

template <class T>
std::string name_of(const std::vector<T>& items, const std::string& id) {
  for (const auto& item : items) {
    if (item.id == id)
      return item.name;
  }
  return id;
}

json opinion_json(const Plan& plan, const Opinion& o) {
  return {{"number", o.number},
          {"group", o.group},
          {"group_name", name_of(plan.groups, o.group)},
          {"locality", o.locality},
          {"locality_name", name_of(plan.localities, o.locality)},
          {"voter", o.voter},
          {"address", o.address},
          {"content", o.content},
          {"field", o.field},
          {"committee", o.committee},
          {"agency", o.agency},
          {"competence", o.competence},
          {"urgent", o.urgent},
          {"answered", o.answered},
          {"answered_by", o.answered_by}};
}

std::int64_t group_number(const std::string& text) {
  try {
    std::size_t used = 0;
    const std::int64_t n = std::stoll(text, &used);
    if (used == text.size() && n > 0)
      return n;
  } catch (const std::exception&) {
  }
  throw field_error("group", fmt::format("'{}' is not a group number", text));
}

// The groups as the page showed them, opinions stored since included: a write handler regroups
// first (the same opinions give the same groups and numbers), so the group the user chose is
// there to confirm or split.
void suggested(thuky::PluginContext& ctx, const Plan& plan) {
  regrouped(ctx, plan);
}

json groups_json(const Plan& plan, const std::vector<OpinionGroup>& groups) {
  json out = json::array();
  for (const OpinionGroup& g : groups) {
    if (g.opinions.size() < 2)
      continue;  // a request raised once has nothing to confirm or split
    json list = json::array();
    for (const Opinion& o : g.opinions)
      list.push_back(opinion_json(plan, o));
    out.push_back({{"number", g.number}, {"confirmed", g.confirmed}, {"opinions", list}});
  }
  return {{"groups", out}};
}

}  // namespace

WebResponse opinions(thuky::PluginContext& ctx, const std::string& plan_id) {
  const Plan plan = PlanStore(ctx.store()).load(plan_id);
  json list = json::array();
  for (const Opinion& o : OpinionStore(ctx.store()).list(plan.id))
    list.push_back(opinion_json(plan, o));
  // The sessions an opinion can belong to: every group's localities, in the plan's order.
  json sessions = json::array();
  for (const GroupDef& g : plan.groups) {
    for (const auto& l : g.localities) {
      sessions.push_back({{"group", g.id},
                          {"group_name", g.name},
                          {"locality", l},
                          {"locality_name", name_of(plan.localities, l)}});
    }
  }
  return json_response({{"opinions", list}, {"sessions", sessions}});
}

WebResponse add_opinion(thuky::PluginContext& ctx, const std::string& plan_id,
                        const std::string& body) {
  const json in = object_of(body);
  const Plan plan = PlanStore(ctx.store()).load(plan_id);
  Opinion o;
  o.plan = plan.id;
  o.locality = text_in(in, "locality");
  o.group = text_in(in, "group");
  o.voter = text_in(in, "voter");
  o.address = text_in(in, "address");
  o.content = text_in(in, "content");
  o.field = text_in(in, "field");
  o.committee = text_in(in, "committee");
  o.agency = text_in(in, "agency");
  o.competence = text_in(in, "competence");
  o.urgent = in.value("urgent", false);
  o.answered_by = text_in(in, "answered_by");
  o.answered = !o.answered_by.empty();
  if (o.content.find_first_not_of(" \t\r\n") == std::string::npos)
    throw field_error("content", thuky::Message(msg::kContentRequired));
  // The session as add_opinion will resolve it, asked first for the field to blame.
  try {
    const OpinionSessions sessions(plan);
    sessions.group(sessions.locality(o.locality), o.group);
  } catch (const thuky::table::RowMessageProblem& e) {
    throw field_error(e.field_key(), e.message());
  } catch (const thuky::table::RowProblem& e) {
    throw field_error(e.field_key(), e.what());
  }
  if (!o.competence.empty()) {
    try {
      competence_of(o.competence);
    } catch (const thuky::MessageError& e) {
      throw field_error("competence", e.message());
    }
  }
  thuky::WriteTransaction transaction(ctx.store());
  bool added = false;
  const Opinion saved = contact::add_opinion(ctx, o, &added);
  transaction.commit();
  ctx.audit().row("voter_contact_opinions", added ? "added" : "updated",
                  std::to_string(saved.number));
  return json_response({{"added", added}, {"opinion", opinion_json(plan, saved)}},
                       added ? 201 : 200);
}

WebResponse import_opinion_file(thuky::PluginContext& ctx, const std::string& plan_id,
                                const thuky::WebRequest& request) {
  const thuky::WebUpload upload = thuky::table_upload(request);
  const Plan plan = PlanStore(ctx.store()).load(plan_id);
  OpinionsImported r;
  try {
    thuky::WriteTransaction transaction(ctx.store());
    r = import_opinions(ctx, plan.id, upload.file, upload.options);
    transaction.commit();
  } catch (const thuky::table::ImportErrors& refused) {
    return thuky::import_errors_response(refused, upload.file, upload.shown);
  }
  const json rejects = thuky::keep_rejects(ctx, r.table, upload.shown);
  return json_response({{"added", r.added},
                        {"updated", r.updated},
                        {"rejected", r.table.rejected},
                        {"rejects", rejects}});
}

WebResponse groups(thuky::PluginContext& ctx, const std::string& plan_id) {
  // A read: the groups as stored (a page that may write asks suggest_groups first).
  const Plan plan = PlanStore(ctx.store()).load(plan_id);
  return json_response(groups_json(plan, OpinionGroups(ctx.store(), plan).list()));
}

WebResponse suggest_groups(thuky::PluginContext& ctx, const std::string& plan_id) {
  const Plan plan = PlanStore(ctx.store()).load(plan_id);
  return json_response(groups_json(plan, regrouped(ctx, plan)));
}

WebResponse confirm_group(thuky::PluginContext& ctx, const std::string& plan_id,
                          const std::string& group) {
  const std::int64_t number = group_number(group);
  const Plan plan = PlanStore(ctx.store()).load(plan_id);
  thuky::WriteTransaction transaction(ctx.store());
  suggested(ctx, plan);
  OpinionGroups(ctx.store(), plan).confirm(number);
  transaction.commit();
  return groups(ctx, plan_id);
}

WebResponse split_group(thuky::PluginContext& ctx, const std::string& plan_id,
                        const std::string& group, const std::string& body) {
  const std::int64_t number = group_number(group);
  const json in = body.empty() ? json::object() : object_of(body);
  std::vector<std::int64_t> numbers;
  if (const auto list = in.find("opinions"); list != in.end()) {
    if (!list->is_array())
      throw field_error("opinions", "'opinions' must be a list of opinion numbers");
    for (const json& n : *list) {
      if (!n.is_number_integer())
        throw field_error("opinions", "'opinions' must be a list of opinion numbers");
      numbers.push_back(n.get<std::int64_t>());
    }
  }
  const Plan plan = PlanStore(ctx.store()).load(plan_id);
  thuky::WriteTransaction transaction(ctx.store());
  suggested(ctx, plan);
  OpinionGroups(ctx.store(), plan).split(number, numbers);
  transaction.commit();
  return groups(ctx, plan_id);
}

WebResponse documents(thuky::PluginContext& ctx, const std::string& plan_id,
                      const std::string& kind, const CommandRunner& run) {
  const std::string dir = ctx.settings().output_dir.string();
  std::vector<std::string> args;
  if (kind == "plan")
    args = {"contact", "render", plan_id, "--out", dir};
  else if (kind == "minutes")
    args = {"contact", "opinions", "minutes", plan_id, "--out", dir};
  else if (kind == "report")
    args = {"contact", "opinions", "report", plan_id, "--out", dir};
  else
    throw field_error("kind", fmt::format("no papers '{}': plan, minutes or report", kind));
  PlanStore(ctx.store()).load(plan_id);  // names a plan that is not there
  const std::string printed = run(args);
  // The commands print each file they wrote, one a line.
  const json files = thuky::printed_files(printed);
  return json_response({{"kind", kind}, {"files", files}});
}

}  // namespace contact::web
