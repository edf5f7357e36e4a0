#include "opinions_import.hpp"

#include <fmt/format.h>

#include "contact_messages.hpp"
#include "opinion_sessions.hpp"
#include "opinion_store.hpp"
#include "plan_store.hpp"
#include "thuky/error.hpp"
#include "thuky/text/names.hpp"

namespace contact {
namespace {

using thuky::table::FieldType;

// Fills the session of `o` from the locality and group as written.
void place(const OpinionSessions& sessions, Opinion& o) {
  const LocalityDef& at = sessions.locality(o.locality);
  o.group = sessions.group(at, o.group).id;
  o.locality = at.id;
}

}  // namespace

const thuky::table::TableSchema& opinion_table_schema() {
  static const thuky::table::TableSchema schema{
      "opinions",
      {
          {.key = "number",
           .label = "Số ý kiến",
           .type = FieldType::kInteger,
           .aliases = {"Mã ý kiến"}},
          {.key = "locality",
           .label = "Xã, phường",
           .required = true,
           .aliases = {"Xã/phường", "Địa phương", "Nơi tiếp xúc"}},
          {.key = "group", .label = "Tổ đại biểu"},
          {.key = "voter", .label = "Cử tri", .aliases = {"Họ và tên cử tri", "Người phát biểu"}},
          {.key = "address", .label = "Địa chỉ"},
          {.key = "content",
           .label = "Nội dung",
           .required = true,
           .aliases = {"Nội dung ý kiến", "Ý kiến, kiến nghị"}},
          {.key = "field", .label = "Lĩnh vực"},
          {.key = "committee", .label = "Ban HĐND", .aliases = {"Ban"}},
          {.key = "agency",
           .label = "Cơ quan trả lời",
           .aliases = {"Cơ quan chịu trách nhiệm", "Cơ quan giải quyết"}},
          {.key = "competence",
           .label = "Thẩm quyền",
           .type = FieldType::kEnum,
           .choices = {{"trung ương", {"TW", "central"}},
                       {"tỉnh", {"cấp tỉnh", "provincial"}},
                       {"xã", {"cấp xã", "phường", "commune"}}}},
          {.key = "urgent", .label = "Bức xúc", .type = FieldType::kYesNo, .aliases = {"Khẩn"}},
          {.key = "answered",
           .label = "Đã trả lời tại hội nghị",
           .type = FieldType::kYesNo,
           .aliases = {"Trả lời tại chỗ"}},
          {.key = "answered_by", .label = "Người trả lời"},
      }};
  return schema;
}

std::string competence_of(const std::string& text) {
  const auto& field =
      opinion_table_schema()
          .fields[static_cast<std::size_t>(opinion_table_schema().index_of("competence"))];
  const std::string key = thuky::text::search_key(text);
  for (const auto& choice : field.choices) {
    if (thuky::text::search_key(choice.value) == key)
      return choice.value;
    for (const auto& spelling : choice.spellings) {
      if (thuky::text::search_key(spelling) == key)
        return choice.value;
    }
  }
  throw thuky::MessageError(thuky::Message(msg::kNotACompetence, {{"text", text}}));
}

OpinionsImported import_opinions(thuky::PluginContext& ctx, const std::string& plan_id,
                                 const std::string& file,
                                 const thuky::table::ImportOptions& options) {
  const Plan plan = PlanStore(ctx.store()).load(plan_id);
  const OpinionSessions sessions(plan);
  OpinionStore store(ctx.store());
  OpinionsImported result;
  result.table =
      thuky::table::TableImport(opinion_table_schema(), file, options)
          .run(
              [&](const thuky::table::Record& row) {
                Opinion o;
                o.number = row["number"].integer;
                o.plan = plan.id;
                o.locality = row.text("locality");
                o.group = row.text("group");
                place(sessions, o);
                o.voter = row.text("voter");
                o.address = row.text("address");
                o.content = row.text("content");
                o.field = row.text("field");
                o.committee = row.text("committee");
                o.agency = row.text("agency");
                o.competence = row.text("competence");
                o.urgent = row.text("urgent") == "1";
                o.answered = row.text("answered") == "1";
                o.answered_by = row.text("answered_by");
                OpinionStore::Saved saved;
                try {
                  saved = store.save(o);
                } catch (const thuky::MessageError& e) {
                  throw thuky::table::RowMessageProblem(o.number ? "number" : "content",
                                                        e.message());
                } catch (const thuky::UserError& e) {
                  throw thuky::table::RowProblem(o.number ? "number" : "content", e.what());
                }
                ++(saved.added ? result.added : result.updated);
              },
              &ctx.progress());
  return result;
}

Opinion add_opinion(thuky::PluginContext& ctx, Opinion o, bool* added) {
  const Plan plan = PlanStore(ctx.store()).load(o.plan);
  try {
    place(OpinionSessions(plan), o);
  } catch (const thuky::table::RowProblem& e) {
    throw thuky::UserError(e.what());
  }
  if (!o.competence.empty())
    o.competence = competence_of(o.competence);
  const OpinionStore::Saved saved = OpinionStore(ctx.store()).save(o);
  o.number = saved.number;
  if (added != nullptr)
    *added = saved.added;
  return o;
}

}  // namespace contact
