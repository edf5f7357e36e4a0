#include "candidates.hpp"

#include <SQLiteCpp/Statement.h>
#include <fmt/format.h>

#include <iostream>
#include <map>
#include <set>

#include "counted.hpp"
#include "delegates_messages.hpp"
#include "election_store.hpp"
#include "person_fields.hpp"
#include "rules.hpp"
#include "thuky/people.hpp"
#include "thuky/store.hpp"
#include "thuky/text/names.hpp"
#include "unit_basis.hpp"

namespace delegates {
namespace {

using thuky::table::Field;
using thuky::table::FieldType;

thuky::table::TableSchema candidate_schema() {
  thuky::table::TableSchema schema{
      "candidates",
      {{.key = "code", .label = "Mã", .aliases = {"Mã người"}},
       {.key = "unit",
        .label = "Đơn vị bầu cử",
        .type = FieldType::kInteger,
        .required = true,
        .aliases = {"Đơn vị", "Đơn vị số", "ĐVBC"}},
       {.key = "hometown", .label = "Quê quán"},
       {.key = "residence", .label = "Nơi ở hiện nay", .aliases = {"Nơi ở"}},
       {.key = "ethnicity", .label = "Dân tộc", .required = true},
       {.key = "religion", .label = "Tôn giáo"},
       {.key = "general_education",
        .label = "Giáo dục phổ thông",
        .aliases = {"Trình độ giáo dục phổ thông"}},
       {.key = "professional",
        .label = "Chuyên môn, nghiệp vụ",
        .aliases = {"Trình độ chuyên môn", "Chuyên môn"}},
       {.key = "academic", .label = "Học hàm, học vị", .aliases = {"Học vị"}},
       {.key = "political_theory", .label = "Lý luận chính trị"},
       {.key = "foreign_language", .label = "Ngoại ngữ"},
       {.key = "occupation", .label = "Nghề nghiệp, chức vụ", .aliases = {"Chức vụ"}},
       {.key = "workplace", .label = "Nơi công tác"},
       {.key = "party_date",
        .label = "Ngày vào Đảng",
        .type = FieldType::kDate,
        .partial_date = true},
       {.key = "delegate_of",
        .label = "Là đại biểu",
        .aliases = {"Là đại biểu QH, HĐND", "Đại biểu QH, HĐND"}},
       {.key = "self_nominated", .label = "Tự ứng cử", .type = FieldType::kYesNo}}};
  // After Mã and Đơn vị bầu cử: the name, birth date and gender, as on a voter list.
  std::vector<thuky::table::Field> person = name_fields();
  person.push_back(birth_field());
  person.push_back(gender_field());
  schema.fields.insert(schema.fields.begin() + 2, person.begin(), person.end());
  return schema;
}

constexpr const char* kCandidateColumns =
    "id, election_id, unit_number, full_name, family_name, middle_name, given_name, birth_date, "
    "gender, hometown, residence, ethnicity, religion, general_education, professional, "
    "academic, political_theory, foreign_language, occupation, workplace, party_date, "
    "delegate_of, self_nominated";

Candidate read_candidate(SQLite::Statement& q) {
  Candidate c;
  c.id = q.getColumn(0).getInt64();
  c.election_id = q.getColumn(1).getString();
  c.unit = q.getColumn(2).getInt();
  std::string* texts[] = {&c.full_name,
                          &c.family,
                          &c.middle,
                          &c.given,
                          &c.birth_date,
                          &c.gender,
                          &c.hometown,
                          &c.residence,
                          &c.ethnicity,
                          &c.religion,
                          &c.general_education,
                          &c.professional,
                          &c.academic,
                          &c.political_theory,
                          &c.foreign_language,
                          &c.occupation,
                          &c.workplace,
                          &c.party_date,
                          &c.delegate_of};
  int column = 3;
  for (std::string* t : texts)
    *t = q.getColumn(column++).getString();
  c.self_nominated = q.getColumn(column).getInt() != 0;
  return c;
}

}  // namespace

CandidateImportResult import_candidates(thuky::PluginContext& ctx, const ElectionDay& day,
                                        const Election& election, const std::filesystem::path& file,
                                        const thuky::table::ImportOptions& options,
                                        const DelegatesConfig& config) {
  thuky::Store& store = ctx.store();
  const UnitBasis basis(store);  // before the changes
  const auto order_kind = ctx.settings().text.name_order;
  thuky::PeopleDirectory& people = ctx.people();  // the host's, with the configured name order
  const thuky::text::NameOrder order(order_kind);
  const auto schema = candidate_schema();

  SQLite::Statement existing(store.db(),
                             "SELECT id FROM delegates_candidates WHERE election_id = ? AND "
                             "person_id = ?");
  SQLite::Statement upsert(
      store.db(),
      "INSERT INTO delegates_candidates(election_id, unit_number, person_id, full_name, "
      "family_name, middle_name, given_name, birth_date, gender, hometown, residence, ethnicity, "
      "religion, general_education, professional, academic, political_theory, foreign_language, "
      "occupation, workplace, party_date, delegate_of, self_nominated, sort_key) VALUES (?1, ?2, "
      "?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, ?20, ?21, "
      "?22, ?23, ?24) ON CONFLICT(election_id, person_id) DO UPDATE SET unit_number = ?2, "
      "full_name = ?4, family_name = ?5, middle_name = ?6, given_name = ?7, birth_date = ?8, "
      "gender = ?9, hometown = ?10, residence = ?11, ethnicity = ?12, religion = ?13, "
      "general_education = ?14, professional = ?15, academic = ?16, political_theory = ?17, "
      "foreign_language = ?18, occupation = ?19, workplace = ?20, party_date = ?21, delegate_of "
      "= ?22, self_nominated = ?23, sort_key = ?24 RETURNING id");

  CandidateImportResult result;
  std::map<std::string, int> seen;  // name + birth date → the row it was first on
  std::set<std::int64_t> kept;
  std::set<int> units;
  result.table =
      thuky::table::TableImport(schema, file, options)
          .run(
              [&](const thuky::table::Record& row) {
                if (auto young = age_problem(*row["birth"].date, day.date, config.candidate_min_age,
                                             kCandidate))
                  throw thuky::table::RowMessageProblem("birth", std::move(*young));
                const int unit = static_cast<int>(row["unit"].integer);
                if (!unit_of(election, unit)) {
                  throw thuky::table::RowMessageProblem(
                      "unit", thuky::Message(msg::kNoSuchUnit, {{"election", election.id},
                                                                {"unit", std::to_string(unit)}}));
                }
                const std::string key =
                    thuky::text::match_key(row.text("name")) + "|" + row.text("birth");
                const auto [first, fresh] = seen.emplace(key, row.row());
                if (!fresh) {
                  throw thuky::table::RowMessageProblem(
                      "name", thuky::Message(msg::kSameCandidate,
                                             {{"row", std::to_string(first->second)}}));
                }
                thuky::PersonInput person;
                person.code = row.text("code");
                person.full_name = row.text("name");
                person.family = row.text("family");
                person.middle = row.text("middle");
                person.given = row.text("given");
                person.gender = row.text("gender");
                person.birth_date = row.text("birth");
                person.title = row.text("occupation");
                person.unit = row.text("workplace");
                thuky::PeopleDirectory::Upserted linked;
                try {
                  linked = people.upsert(person, {file.string(), row.row(), 0, ""});
                } catch (const thuky::MessageError& e) {
                  throw thuky::table::RowMessageProblem("name", e.message());
                } catch (const thuky::UserError& e) {
                  throw thuky::table::RowProblem("name", e.what());
                }
                const auto stored = people.find_by_id(linked.id);
                const thuky::text::NameParts parts{stored->family, stored->middle, stored->given};
                const auto birth = row["birth"].date;
                const std::string sort_key =
                    order.sort_key({stored->full_name, parts, birth->effective()});
                existing.reset();
                existing.bind(1, election.id);
                existing.bind(2, linked.id);
                const bool update = existing.executeStep();
                upsert.reset();
                upsert.clearBindings();
                upsert.bind(1, election.id);
                upsert.bind(2, unit);
                upsert.bind(3, linked.id);
                upsert.bind(4, stored->full_name);
                upsert.bind(5, parts.family);
                upsert.bind(6, parts.middle);
                upsert.bind(7, parts.given);
                int at = 8;
                for (const char* k :
                     {"birth", "gender", "hometown", "residence", "ethnicity", "religion",
                      "general_education", "professional", "academic", "political_theory",
                      "foreign_language", "occupation", "workplace", "party_date", "delegate_of"}) {
                  upsert.bind(at++, row.text(k));
                }
                upsert.bind(at++, row.text("self_nominated") == "1" ? 1 : 0);
                upsert.bind(at, sort_key.data(), static_cast<int>(sort_key.size()));
                upsert.executeStep();
                kept.insert(upsert.getColumn(0).getInt64());
                units.insert(unit);
                ++(update ? result.updated : result.added);
              },
              &ctx.progress());
  // The file is the whole list of each unit it names.
  SQLite::Statement stale(store.db(),
                          "SELECT id, unit_number FROM delegates_candidates WHERE election_id = ?");
  stale.bind(1, election.id);
  std::vector<std::int64_t> gone;
  while (stale.executeStep()) {
    if (units.contains(stale.getColumn(1).getInt()) &&
        !kept.contains(stale.getColumn(0).getInt64()))
      gone.push_back(stale.getColumn(0).getInt64());
  }
  for (auto id : gone) {
    if (const std::string problem = counted_candidate_problem(store, id, file.filename().string());
        !problem.empty())
      throw thuky::UserError(problem);
    SQLite::Statement del(store.db(), "DELETE FROM delegates_candidates WHERE id = ?");
    del.bind(1, id);
    del.exec();
    ++result.removed;
  }
  basis.refuse_changes(store, {election.id});
  return result;
}

std::vector<Candidate> load_candidates(thuky::Store& store, const std::string& election_id,
                                       std::optional<int> unit) {
  SQLite::Statement q(store.db(),
                      fmt::format("SELECT {} FROM delegates_candidates WHERE election_id = ?1 "
                                  "AND (?2 IS NULL OR unit_number = ?2) ORDER BY unit_number, "
                                  "sort_key",
                                  kCandidateColumns));
  q.bind(1, election_id);
  if (unit)
    q.bind(2, *unit);
  std::vector<Candidate> out;
  while (q.executeStep())
    out.push_back(read_candidate(q));
  return out;
}

std::size_t list_candidates(thuky::PluginContext& ctx, const ElectionDay& day,
                            const std::string& election_id, std::optional<int> unit,
                            const thuky::table::ListOptions& options) {
  using thuky::table::ColumnType;
  thuky::table::ListOutput out(
      "candidates",
      {{"election", "Cuộc bầu cử"},
       {"unit", "Đơn vị bầu cử", ColumnType::kInteger},
       {"number", "STT", ColumnType::kInteger},
       {"name", "Họ và tên"},
       {"birth_date", "Ngày sinh", ColumnType::kDate},
       {"gender", "Giới tính"},
       {"hometown", "Quê quán", ColumnType::kText, false},
       {"residence", "Nơi ở hiện nay", ColumnType::kText, false},
       {"ethnicity", "Dân tộc"},
       {"religion", "Tôn giáo", ColumnType::kText, false},
       {"general_education", "Giáo dục phổ thông", ColumnType::kText, false},
       {"professional", "Chuyên môn, nghiệp vụ", ColumnType::kText, false},
       {"academic", "Học hàm, học vị", ColumnType::kText, false},
       {"political_theory", "Lý luận chính trị", ColumnType::kText, false},
       {"foreign_language", "Ngoại ngữ", ColumnType::kText, false},
       {"occupation", "Nghề nghiệp, chức vụ"},
       {"workplace", "Nơi công tác", ColumnType::kText, false},
       {"party_date", "Ngày vào Đảng", ColumnType::kDate, false},
       {"delegate_of", "Là đại biểu", ColumnType::kText, false},
       {"self_nominated", "Tự ứng cử", ColumnType::kText, false}},
      options, std::cout);
  for (const auto& e : day.elections) {
    if (!election_id.empty() && e.id != election_id)
      continue;
    int previous_unit = -1, number = 0;
    for (const auto& c : load_candidates(ctx.store(), e.id, unit)) {
      number = c.unit == previous_unit ? number + 1 : 1;
      previous_unit = c.unit;
      out.add({e.id,
               std::to_string(c.unit),
               std::to_string(number),
               c.full_name,
               c.birth_date,
               c.gender,
               c.hometown,
               c.residence,
               c.ethnicity,
               c.religion,
               c.general_education,
               c.professional,
               c.academic,
               c.political_theory,
               c.foreign_language,
               c.occupation,
               c.workplace,
               c.party_date,
               c.delegate_of,
               c.self_nominated ? "có" : ""});
    }
  }
  return out.finish();
}

}  // namespace delegates
