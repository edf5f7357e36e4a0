#include "voters.hpp"

#include <SQLiteCpp/Exception.h>
#include <SQLiteCpp/Statement.h>
#include <fmt/format.h>
#include <sqlite3.h>

#include <iostream>
#include <map>

#include "election_store.hpp"
#include "person_fields.hpp"
#include "rules.hpp"
#include "thuky/error.hpp"
#include "thuky/text/names.hpp"
#include "thuky/text/normalize.hpp"

namespace delegates {
namespace {

using thuky::table::FieldType;

thuky::table::TableSchema voter_schema(const ElectionDay& day, const DelegatesConfig& config) {
  thuky::table::TableSchema schema{
      "voters",
      {{.key = "area", .label = "Khu vực bỏ phiếu", .aliases = {"KVBP", "Mã khu vực", "Khu vực"}}}};
  for (auto& f : name_fields())
    schema.fields.push_back(std::move(f));
  schema.fields.push_back(birth_field(day.date, config.voter_min_age, "a voter"));
  schema.fields.push_back(gender_field({"Nam/Nữ", "Nam, nữ"}));
  for (thuky::table::Field f : std::initializer_list<thuky::table::Field>{
           {.key = "ethnicity", .label = "Dân tộc"},
           {.key = "occupation", .label = "Nghề nghiệp"},
           {.key = "residence", .label = "Nơi cư trú", .aliases = {"Nơi thường trú", "Địa chỉ"}},
           {.key = "residence_kind",
           .label = "Cư trú",
           .type = FieldType::kEnum,
           .aliases = {"Thường trú/tạm trú", "Loại cư trú"},
           .choices = {{"thường trú", {"TT"}}, {"tạm trú", {"TamT", "tạm"}}}},
           {.key = "household", .label = "Hộ", .aliases = {"Mã hộ", "Số hộ", "Hộ gia đình"}},
           {.key = "citizen_id",
           .label = "Số định danh cá nhân",
           .type = FieldType::kCitizenId,
           .aliases = {"Số CCCD", "CCCD", "Căn cước"}}})
    schema.fields.push_back(std::move(f));
  const auto levels = levels_of(day);
  for (std::size_t i = 0; i < levels.size(); ++i) {
    schema.fields.push_back(
        {.key = fmt::format("level{}", i), .label = levels[i], .type = FieldType::kYesNo});
  }
  return schema;
}

// What an import needs to know of a polling area.
struct AreaState {
  int next_card = 1;
  int stored = 0;  // voters stored before this command
  int levels = 0;  // bits of the levels it votes in
  bool made = false;
};

std::map<std::string, AreaState> area_states(thuky::Store& store, const ElectionDay& day) {
  std::map<std::string, AreaState> out;
  for (const auto& p : day.polling_areas) {
    AreaState s;
    for (const auto& [election_id, unit] : p.units)
      s.levels |= 1 << level_index(day, election_of(day, election_id));
    out[p.code] = s;
  }
  SQLite::Statement q(store.db(),
                      "SELECT polling_area, max(card), count(*) FROM delegates_voters WHERE "
                      "day_id = ? GROUP BY polling_area");
  q.bind(1, day.id);
  while (q.executeStep()) {
    auto& s = out[q.getColumn(0).getString()];
    s.next_card = q.getColumn(1).getInt() + 1;
    s.stored = q.getColumn(2).getInt();
  }
  return out;
}

std::string known_areas(const ElectionDay& day) {
  std::string out;
  for (std::size_t i = 0; i < day.polling_areas.size() && i < 5; ++i)
    out += (out.empty() ? "" : ", ") + day.polling_areas[i].code;
  return day.polling_areas.size() > 5 ? out + ", …" : out;
}

// The statements one voter needs, prepared once for a whole file.
struct VoterWriter {
  VoterWriter(thuky::Store& store, std::string day_id)
      : day(std::move(day_id)),
        citizen(store.db(),
                "SELECT polling_area, card FROM delegates_voters WHERE day_id = ? AND citizen_id "
                "= ?"),
        insert(store.db(),
               "INSERT INTO delegates_voters(day_id, polling_area, card, full_name, family_name, "
               "middle_name, given_name, match_key, birth_date, gender, ethnicity, occupation, "
               "residence, residence_kind, household, citizen_id, levels, added_late) VALUES "
               "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)") {}

  // Where the citizen is listed already, or empty.
  std::string listed(const std::string& citizen_id) {
    if (citizen_id.empty())
      return {};
    citizen.reset();
    citizen.bind(1, day);
    citizen.bind(2, citizen_id);
    if (!citizen.executeStep())
      return {};
    return fmt::format("{} number {}", citizen.getColumn(0).getString(),
                       citizen.getColumn(1).getInt());
  }

  void write(const std::string& area, int card, const std::string& full_name,
             const thuky::text::NameParts& parts, const VoterInput& v, int levels, bool late) {
    insert.reset();
    insert.bind(1, day);
    insert.bind(2, area);
    insert.bind(3, card);
    insert.bind(4, full_name);
    insert.bind(5, parts.family);
    insert.bind(6, parts.middle);
    insert.bind(7, parts.given);
    insert.bind(8, thuky::text::match_key(full_name));
    insert.bind(9, v.birth);
    insert.bind(10, v.gender);
    insert.bind(11, v.ethnicity);
    insert.bind(12, v.occupation);
    insert.bind(13, v.residence);
    insert.bind(14, v.temporary_residence ? "tạm trú" : "thường trú");
    insert.bind(15, v.household);
    if (v.citizen_id.empty())
      insert.bind(16);
    else
      insert.bind(16, v.citizen_id);
    insert.bind(17, levels);
    insert.bind(18, late ? 1 : 0);
    insert.exec();
  }

  std::string day;
  SQLite::Statement citizen;
  SQLite::Statement insert;
};

}  // namespace

VoterImportResult import_voters(thuky::PluginContext& ctx, const ElectionDay& day,
                                const std::filesystem::path& file, const std::string& area,
                                const thuky::table::ImportOptions& options,
                                const DelegatesConfig& config) {
  auto states = area_states(ctx.store(), day);
  if (!area.empty() && !states.contains(area)) {
    throw thuky::UserError(fmt::format("no polling area '{}' on {} (polling areas: {})", area,
                                       day.id, known_areas(day)));
  }
  const auto schema = voter_schema(day, config);
  const auto levels = levels_of(day);
  std::vector<std::string> level_keys;  // "level0", ...: the schema's keys, made once
  for (std::size_t i = 0; i < levels.size(); ++i)
    level_keys.push_back(fmt::format("level{}", i));
  VoterWriter writer(ctx.store(), day.id);
  VoterImportResult result;
  result.table =
      thuky::table::TableImport(schema, file, options)
          .run(
              [&](const thuky::table::Record& row) {
                const std::string code = row["area"].present ? row.text("area") : area;
                if (code.empty()) {
                  throw thuky::table::RowProblem(
                      "area",
                      "which polling area? Add the column \"Khu vực bỏ phiếu\" or give "
                      "--area");
                }
                const auto found = states.find(code);
                if (found == states.end()) {
                  throw thuky::table::RowProblem(
                      "area", fmt::format("no polling area '{}' on {} (polling areas: {})", code,
                                          day.id, known_areas(day)));
                }
                AreaState& s = found->second;
                if (s.stored > 0) {
                  throw thuky::table::RowProblem(
                      "area", fmt::format("polling area '{}' has its list already ({} voters): "
                                          "add late voters with 'thuky election voters add'",
                                          code, s.stored));
                }
                int mask = 0;
                bool ticks = false;
                for (std::size_t i = 0; i < levels.size(); ++i) {
                  const auto& v = row[level_keys[i]];
                  ticks = ticks || v.present;
                  if (v.text != "1")
                    continue;
                  if (!(s.levels & (1 << i))) {
                    throw thuky::table::RowProblem(
                        level_keys[i],
                        fmt::format("polling area '{}' does not vote for {}", code, levels[i]));
                  }
                  mask |= 1 << i;
                }
                if (!ticks)
                  mask = s.levels;
                const std::string& citizen_id = row.text("citizen_id");
                VoterInput v{code,
                             row.text("name"),
                             row.text("birth"),
                             row.text("gender"),
                             row.text("ethnicity"),
                             row.text("occupation"),
                             row.text("residence"),
                             row.text("household"),
                             citizen_id,
                             row.text("residence_kind") == "tạm trú",
                             {}};
                thuky::text::NameParts parts = thuky::text::split_name(v.full_name);
                if (!row.text("given").empty())
                  parts = {row.text("family"), row.text("middle"), row.text("given")};
                try {
                  writer.write(code, s.next_card, v.full_name, parts, v, mask, false);
                } catch (const SQLite::Exception& e) {
                  // The unique index finds a citizen listed twice; only then is it looked up,
                  // for the message (a lookup per row would cost a fifth of the import).
                  const std::string where = e.getExtendedErrorCode() == SQLITE_CONSTRAINT_UNIQUE
                                                ? writer.listed(citizen_id)
                                                : "";
                  if (where.empty())
                    throw;
                  throw thuky::table::RowProblem(
                      "citizen_id", fmt::format("already on the list of {}: a citizen is on "
                                                "exactly one list",
                                                where));
                }
                ++s.next_card;
                if (!s.made) {
                  s.made = true;
                  ++result.areas;
                }
                ++result.imported;
              },
              &ctx.progress());
  return result;
}

int add_voter(thuky::PluginContext& ctx, const ElectionDay& day, const VoterInput& raw,
              const DelegatesConfig& config) {
  auto states = area_states(ctx.store(), day);
  const auto found = states.find(raw.area);
  if (found == states.end()) {
    throw thuky::UserError(fmt::format("no polling area '{}' on {} (polling areas: {})", raw.area,
                                       day.id, known_areas(day)));
  }
  VoterInput v = raw;
  v.full_name = thuky::text::clean_text(thuky::text::to_nfc(v.full_name));
  if (v.full_name.empty())
    throw thuky::UserError(thuky::InputLocation{"", 0, 0, "--name"}, "a voter needs a name");
  const auto birth = thuky::text::PartialDate::parse(v.birth, true);
  if (!birth) {
    throw thuky::UserError(
        thuky::InputLocation{"", 0, 0, "--birth"},
        fmt::format("'{}' is not a date like 15/09/1970 (or 09/1970, or 1970)", v.birth));
  }
  if (const auto problem = age_problem(*birth, day.date, config.voter_min_age, "a voter");
      !problem.empty()) {
    throw thuky::UserError(thuky::InputLocation{"", 0, 0, "--birth"}, problem);
  }
  v.birth = birth->stored();
  const auto levels = levels_of(day);
  int mask = 0;
  for (const auto& name : v.levels) {
    const auto at = std::find(levels.begin(), levels.end(), name);
    if (at == levels.end() || !(found->second.levels & (1 << (at - levels.begin())))) {
      throw thuky::UserError(thuky::InputLocation{"", 0, 0, "--level"},
                             fmt::format("polling area '{}' does not vote for '{}'", v.area, name));
    }
    mask |= 1 << (at - levels.begin());
  }
  if (mask == 0)
    mask = found->second.levels;
  VoterWriter writer(ctx.store(), day.id);
  if (const auto where = writer.listed(v.citizen_id); !where.empty()) {
    throw thuky::UserError(thuky::InputLocation{"", 0, 0, "--citizen-id"},
                           fmt::format("already on the list of {}: a citizen is on exactly one "
                                       "list",
                                       where));
  }
  const int card = found->second.next_card;
  writer.write(v.area, card, v.full_name, thuky::text::split_name(v.full_name), v, mask, true);
  return card;
}

void remove_voter(thuky::PluginContext& ctx, const ElectionDay& day, const std::string& area,
                  int card, const std::string& reason) {
  const std::string why = thuky::text::clean_text(thuky::text::to_nfc(reason));
  if (why.empty()) {
    throw thuky::UserError(thuky::InputLocation{"", 0, 0, "--reason"},
                           "say why the voter is struck off (e.g. \"Đã chuyển đi nơi khác\")");
  }
  SQLite::Statement q(ctx.store().db(),
                      "SELECT full_name, removed_reason FROM delegates_voters WHERE day_id = ? "
                      "AND polling_area = ? AND card = ?");
  q.bind(1, day.id);
  q.bind(2, area);
  q.bind(3, card);
  if (!q.executeStep())
    throw thuky::UserError(fmt::format("no voter number {} on the list of '{}'", card, area));
  if (!q.getColumn(1).isNull()) {
    throw thuky::UserError(fmt::format("{} (number {} of '{}') is struck off already: {}",
                                       q.getColumn(0).getString(), card, area,
                                       q.getColumn(1).getString()));
  }
  SQLite::Statement u(ctx.store().db(),
                      "UPDATE delegates_voters SET removed_reason = ? WHERE day_id = ? AND "
                      "polling_area = ? AND card = ?");
  u.bind(1, why);
  u.bind(2, day.id);
  u.bind(3, area);
  u.bind(4, card);
  u.exec();
}

void for_each_voter(thuky::Store& store, const ElectionDay& day, const std::string& area,
                    const std::function<void(const Voter&)>& visit) {
  SQLite::Statement q(
      store.db(),
      "SELECT v.polling_area, v.card, v.full_name, v.birth_date, v.gender, v.ethnicity, "
      "v.occupation, v.residence, v.residence_kind, v.household, coalesce(v.citizen_id, ''), "
      "v.levels, v.added_late, v.removed_reason FROM delegates_voters v JOIN "
      "delegates_polling_areas p ON p.day_id = v.day_id AND p.code = v.polling_area WHERE "
      "v.day_id = ?1 AND (?2 = '' OR v.polling_area = ?2) ORDER BY p.position, v.card");
  q.bind(1, day.id);
  q.bind(2, area);
  Voter v;
  while (q.executeStep()) {
    v.area = q.getColumn(0).getString();
    v.card = q.getColumn(1).getInt();
    v.full_name = q.getColumn(2).getString();
    v.birth_date = q.getColumn(3).getString();
    v.gender = q.getColumn(4).getString();
    v.ethnicity = q.getColumn(5).getString();
    v.occupation = q.getColumn(6).getString();
    v.residence = q.getColumn(7).getString();
    v.residence_kind = q.getColumn(8).getString();
    v.household = q.getColumn(9).getString();
    v.citizen_id = q.getColumn(10).getString();
    v.levels = q.getColumn(11).getInt();
    v.added_late = q.getColumn(12).getInt() != 0;
    v.removed_reason = q.getColumn(13).isNull()
                           ? std::nullopt
                           : std::optional<std::string>(q.getColumn(13).getString());
    visit(v);
  }
}

std::size_t list_voters(thuky::PluginContext& ctx, const ElectionDay& day, const std::string& area,
                        const thuky::table::ListOptions& options) {
  using thuky::table::ColumnType;
  const auto levels = levels_of(day);
  std::vector<thuky::table::ListColumn> columns{
      {"area", "Khu vực bỏ phiếu"},
      {"number", "STT", ColumnType::kInteger},
      {"name", "Họ và tên"},
      {"birth_date", "Ngày sinh", ColumnType::kDate},
      {"gender", "Giới tính"},
      {"ethnicity", "Dân tộc"},
      {"occupation", "Nghề nghiệp", ColumnType::kText, false},
      {"residence", "Nơi cư trú", ColumnType::kText, false},
      {"residence_kind", "Cư trú", ColumnType::kText, false},
      {"household", "Hộ", ColumnType::kText, false},
      {"citizen_id", "Số định danh cá nhân", ColumnType::kText, false}};
  for (std::size_t i = 0; i < levels.size(); ++i)
    columns.push_back({fmt::format("level{}", i + 1), levels[i]});
  columns.push_back({"note", "Ghi chú"});
  thuky::table::ListOutput out("voters", columns, options, std::cout);
  if (!area.empty()) {
    bool known = false;
    for (const auto& p : day.polling_areas)
      known = known || p.code == area;
    if (!known) {
      throw thuky::UserError(fmt::format("no polling area '{}' on {} (polling areas: {})", area,
                                         day.id, known_areas(day)));
    }
  }
  for_each_voter(ctx.store(), day, area, [&](const Voter& v) {
    std::vector<std::string> row{
        v.area,      std::to_string(v.card), v.full_name, v.birth_date,     v.gender,
        v.ethnicity, v.occupation,           v.residence, v.residence_kind, v.household,
        v.citizen_id};
    for (std::size_t i = 0; i < levels.size(); ++i)
      row.push_back(v.levels & (1 << i) ? "x" : "");
    row.push_back(v.removed_reason ? "Xóa tên: " + *v.removed_reason
                                   : (v.added_late ? "Bổ sung" : ""));
    out.add(row);
  });
  return out.finish();
}

}  // namespace delegates
