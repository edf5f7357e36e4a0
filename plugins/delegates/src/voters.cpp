#include "voters.hpp"

#include <SQLiteCpp/Exception.h>
#include <SQLiteCpp/Statement.h>
#include <fmt/format.h>
#include <sqlite3.h>

#include <iostream>
#include <map>
#include <memory>

#include "delegates_messages.hpp"
#include "election_store.hpp"
#include "listed_twice.hpp"
#include "nouns.hpp"
#include "person_fields.hpp"
#include "repeated_voters.hpp"
#include "rules.hpp"
#include "seen_hashes.hpp"
#include "thuky/error.hpp"
#include "thuky/text/case.hpp"
#include "thuky/text/name_check.hpp"
#include "thuky/text/names.hpp"
#include "thuky/text/normalize.hpp"

namespace delegates {
namespace {

// Where a citizen is on a list already: the polling area and the number on its list.
struct Listing {
  std::string area;
  int card = 0;
  bool empty() const { return area.empty(); }
};

using thuky::table::FieldType;

thuky::table::TableSchema voter_schema(const ElectionDay& day) {
  thuky::table::TableSchema schema{
      "voters",
      {// The STT a file gives is checked, never silently replaced: it is the voter-card number.
       {.key = "number",
        .label = "STT",
        .type = FieldType::kInteger,
        .aliases = {"TT", "Số TT", "Số thứ tự"}},
       {.key = "area", .label = "Khu vực bỏ phiếu", .aliases = {"KVBP", "Mã khu vực", "Khu vực"}}}};
  for (auto& f : name_fields())
    schema.fields.push_back(std::move(f));
  schema.fields.push_back(birth_field());
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
  // The first row of the area this import rejected since it last stored one of its voters (its
  // line or row in the file; 0: none): the rows below it cannot take their STT.
  int rejected_row = 0;
  int levels = 0;  // bits of the levels it votes in
  bool made = false;
  std::vector<int> lines;  // the file's line of each card this import wrote (card 1 first)
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

// One voter as the insert binds it: the strings are the caller's, alive until the insert ran.
struct VoterRow {
  const std::string& area;
  const std::string& full_name;
  const thuky::text::NameParts& parts;
  const std::string& key;  // match key of the full name
  const std::string& birth;
  const std::string& gender;
  const std::string& ethnicity;
  const std::string& occupation;
  const std::string& residence;
  const std::string& household;
  const std::string& citizen_id;
  bool temporary;
};

// What the import's worker makes of a row before the store sees it (name parts, match key:
// ICU work, on the second core).
struct PreparedVoter : thuky::table::PreparedRow {
  thuky::text::NameParts parts;
  std::string key;
};

// The statements one voter needs, prepared once for a whole file.
struct VoterWriter {
  VoterWriter(thuky::Store& store, std::string day_id)
      : db(store.db()),
        day(std::move(day_id)),
        citizen(store.db(),
                "SELECT polling_area, card FROM delegates_voters WHERE day_id = ? AND citizen_id "
                "= ?"),
        insert(store.db(),
               "INSERT INTO delegates_voters(day_id, polling_area, card, full_name, family_name, "
               "middle_name, given_name, match_key, birth_date, gender, ethnicity, occupation, "
               "residence, residence_kind, household, citizen_id, levels, added_late) VALUES "
               "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)") {}

  // Where the citizen is listed already, or empty.
  Listing listed(const std::string& citizen_id) {
    if (citizen_id.empty())
      return {};
    citizen.reset();
    citizen.bind(1, day);
    citizen.bind(2, citizen_id);
    if (!citizen.executeStep())
      return {};
    return {citizen.getColumn(0).getString(), citizen.getColumn(1).getInt()};
  }

  // The strings bound stay alive until exec: no copies (bindNoCopy).
  void write(const VoterRow& v, int card, int levels, bool late) {
    insert.reset();
    insert.bindNoCopy(1, day);
    insert.bindNoCopy(2, v.area);
    insert.bind(3, card);
    insert.bindNoCopy(4, v.full_name);
    insert.bindNoCopy(5, v.parts.family);
    insert.bindNoCopy(6, v.parts.middle);
    insert.bindNoCopy(7, v.parts.given);
    insert.bindNoCopy(8, v.key);
    insert.bindNoCopy(9, v.birth);
    insert.bindNoCopy(10, v.gender);
    insert.bindNoCopy(11, v.ethnicity);
    insert.bindNoCopy(12, v.occupation);
    insert.bindNoCopy(13, v.residence);
    insert.bindNoCopy(14, v.temporary ? kTemporary : kPermanent);
    insert.bindNoCopy(15, v.household);
    if (v.citizen_id.empty())
      insert.bind(16);
    else
      insert.bindNoCopy(16, v.citizen_id);
    insert.bind(17, levels);
    insert.bind(18, late ? 1 : 0);
    insert.exec();
  }

  static constexpr const char* kTemporary = "tạm trú";
  static constexpr const char* kPermanent = "thường trú";
  SQLite::Database& db;
  std::string day;
  SQLite::Statement citizen;
  SQLite::Statement insert;
};

// A first list of a million voters loads faster into a table without the citizen index, which
// is built once at the end (a sort instead of a million B-tree inserts). Meanwhile a hash of
// each citizen id seen finds a citizen listed twice; on the first hit (or a hash collision) the
// index is built there and then and the exact lookup decides, as in a normal import.
class CitizenIndex {
 public:
  explicit CitizenIndex(VoterWriter& writer) : writer_(writer) {
    SQLite::Statement any(writer.db, "SELECT 1 FROM delegates_voters LIMIT 1");
    deferred_ = !any.executeStep();
    if (deferred_)
      writer.db.exec("DROP INDEX delegates_voters_citizen");
  }
  // Where `citizen_id` is listed already (empty when nowhere); remembers it as listed.
  Listing listed(const std::string& citizen_id) {
    if (citizen_id.empty())
      return {};
    if (!deferred_)
      return {};  // the unique index finds it on insert
    if (seen_.insert(std::hash<std::string>{}(citizen_id)))
      return {};
    finish();
    return writer_.listed(citizen_id);
  }
  // Builds the index if it was deferred; before the caller commits.
  void finish() {
    if (!deferred_)
      return;
    deferred_ = false;
    seen_.clear();
    writer_.db.exec(kCreate);
  }

 private:
  static constexpr const char* kCreate =
      "CREATE UNIQUE INDEX delegates_voters_citizen ON delegates_voters(day_id, citizen_id) "
      "WHERE citizen_id IS NOT NULL";
  VoterWriter& writer_;
  bool deferred_ = false;
  SeenHashes seen_;
};

// The schema's positions of the fields a voter row needs, looked up once per file.
struct VoterFields {
  explicit VoterFields(const thuky::table::TableSchema& schema, std::size_t levels)
      : number(at(schema, "number")),
        area(at(schema, "area")),
        name(at(schema, "name")),
        family(at(schema, "family")),
        middle(at(schema, "middle")),
        given(at(schema, "given")),
        birth(at(schema, "birth")),
        gender(at(schema, "gender")),
        ethnicity(at(schema, "ethnicity")),
        occupation(at(schema, "occupation")),
        residence(at(schema, "residence")),
        residence_kind(at(schema, "residence_kind")),
        household(at(schema, "household")),
        citizen_id(at(schema, "citizen_id")) {
    for (std::size_t i = 0; i < levels; ++i)
      level.push_back(at(schema, fmt::format("level{}", i)));
  }
  static std::size_t at(const thuky::table::TableSchema& schema, const std::string& key) {
    return static_cast<std::size_t>(schema.index_of(key));
  }
  std::size_t number, area, name, family, middle, given, birth, gender, ethnicity, occupation,
      residence, residence_kind, household, citizen_id;
  std::vector<std::size_t> level;
};

thuky::Message already_listed(const Listing& where) {
  return thuky::Message(msg::kAlreadyListed,
                        {{"area", where.area}, {"card", std::to_string(where.card)}});
}

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
  const auto schema = voter_schema(day);
  const auto levels = levels_of(day);
  const VoterFields f(schema, levels.size());
  VoterWriter writer(ctx.store(), day.id);
  CitizenIndex citizens(writer);
  DeferredTwiceIndex twice(ctx.store().db());
  RepeatedVoters repeated(ctx.store().db(), day.id);
  VoterImportResult result;
  auto last_area = states.end();
  // A workbook's rows are rows, a text file's are lines (as the import's own messages say).
  const bool xlsx = thuky::text::to_upper(file.extension().string()) == ".XLSX";
  const auto prepare = [&](const thuky::table::Record& row) {
    auto p = std::make_unique<PreparedVoter>();
    const std::string& full_name = row.at(f.name).text;
    if (!row.at(f.given).text.empty())
      p->parts = {row.at(f.family).text, row.at(f.middle).text, row.at(f.given).text};
    else
      p->parts = thuky::text::split_name(full_name);
    p->key = thuky::text::match_key(full_name);
    return std::unique_ptr<thuky::table::PreparedRow>(std::move(p));
  };
  const auto handle = [&](const thuky::table::Record& row, thuky::table::PreparedRow* prepared) {
    if (auto young = age_problem(*row.at(f.birth).date, day.date, config.voter_min_age, kVoter))
      throw thuky::table::RowMessageProblem("birth", std::move(*young));
    const auto& area_cell = row.at(f.area);
    const std::string& code = area_cell.present ? area_cell.text : area;
    if (code.empty()) {
      throw thuky::table::RowMessageProblem("area", thuky::Message(msg::kWhichArea));
    }
    // A file lists an area's voters together: most rows are the previous row's area.
    const auto found =
        last_area != states.end() && code == last_area->first ? last_area : states.find(code);
    if (found == states.end()) {
      throw thuky::table::RowMessageProblem(
          "area", thuky::Message(msg::kNoSuchArea,
                                 {{"area", code}, {"day", day.id}, {"known", known_areas(day)}}));
    }
    last_area = found;
    AreaState& s = found->second;
    if (s.stored > 0) {
      throw thuky::table::RowMessageProblem(
          "area", thuky::Message(msg::kListAlreadyMade,
                                 {{"area", code},
                                  thuky::count_arg("count", static_cast<long long>(s.stored)),
                                  {"voters", std::string(noun(s.stored, "voter", "voters"))}}));
    }
    if (const auto& stt = row.at(f.number);
        stt.present && !stt.text.empty() && stt.text != std::to_string(s.next_card)) {
      if (s.rejected_row > 0) {
        throw thuky::table::RowMessageProblem(
            "number",
            thuky::Message(msg::kNumberAfterRejected,
                           {{"number", stt.text},
                            {"area", code},
                            {"card", std::to_string(s.next_card)},
                            {"place", fmt::format("{} {}", xlsx ? "row" : "line", s.rejected_row),
                             fmt::format("dòng {}", s.rejected_row)}}));
      }
      throw thuky::table::RowMessageProblem(
          "number",
          thuky::Message(
              msg::kNumberOutOfOrder,
              {{"number", stt.text}, {"area", code}, {"card", std::to_string(s.next_card)}}));
    }
    int mask = 0;
    bool ticks = false;
    for (std::size_t i = 0; i < levels.size(); ++i) {
      const auto& tick = row.at(f.level[i]);
      ticks = ticks || tick.present;
      if (tick.text != "1")
        continue;
      if (!(s.levels & (1 << i))) {
        throw thuky::table::RowMessageProblem(
            fmt::format("level{}", i),
            thuky::Message(msg::kAreaDoesNotVote, {{"area", code}, {"level", levels[i]}}));
      }
      mask |= 1 << i;
    }
    if (!ticks)
      mask = s.levels;
    const std::string& citizen_id = row.at(f.citizen_id).text;
    if (const auto where = citizens.listed(citizen_id); !where.empty())
      throw thuky::table::RowMessageProblem("citizen_id", already_listed(where));
    const auto& p = static_cast<const PreparedVoter&>(*prepared);
    const VoterRow v{code,
                     row.at(f.name).text,
                     p.parts,
                     p.key,
                     row.at(f.birth).text,
                     row.at(f.gender).text,
                     row.at(f.ethnicity).text,
                     row.at(f.occupation).text,
                     row.at(f.residence).text,
                     row.at(f.household).text,
                     citizen_id,
                     row.at(f.residence_kind).text == VoterWriter::kTemporary};
    try {
      writer.write(v, s.next_card, mask, false);
    } catch (const SQLite::Exception& e) {
      // The unique index finds a citizen listed twice; only then is it looked up, for the
      // message (a lookup per row would cost a fifth of the import).
      const Listing where = e.getExtendedErrorCode() == SQLITE_CONSTRAINT_UNIQUE
                                ? writer.listed(citizen_id)
                                : Listing{};
      if (where.empty())
        throw;
      throw thuky::table::RowMessageProblem("citizen_id", already_listed(where));
    }
    if (const auto first = repeated.earlier(
            {code, p.key, v.birth, v.household, v.residence, !citizen_id.empty()}, s.next_card)) {
      if (result.repeated.size() < VoterImportResult::kRepeatedKept) {
        result.repeated.push_back(
            {row.row(), s.lines[static_cast<std::size_t>(*first - 1)], v.full_name, v.birth, code});
      }
      ++result.repeated_count;
    }
    s.lines.push_back(row.row());
    ++s.next_card;
    s.rejected_row = 0;
    if (!s.made) {
      s.made = true;
      ++result.areas;
    }
    ++result.imported;
  };
  // A rejected row keeps no number (cards run without gaps, check.cpp), so the rows of its area
  // below it are out of order: they say which row above was rejected, instead of only that.
  // A row refused for its own STT out of order is not such a row.
  const auto rejected = [&](const thuky::table::Record& row) {
    const auto& area_cell = row.at(f.area);
    const auto found = states.find(area_cell.present ? area_cell.text : area);
    if (found == states.end() || found->second.stored > 0 || found->second.rejected_row > 0)
      return;
    const auto& stt = row.at(f.number);
    if (!stt.present || stt.text == std::to_string(found->second.next_card))
      found->second.rejected_row = row.row();
  };
  // Checking and preparing on a worker, the store's writes here (TableImport::run_staged).
  result.table = thuky::table::TableImport(schema, file, options)
                     .run_staged(prepare, handle, rejected, &ctx.progress());
  citizens.finish();
  twice.finish();
  return result;
}

AddedVoter add_voter(thuky::PluginContext& ctx, const ElectionDay& day, const VoterInput& raw,
                     const DelegatesConfig& config) {
  auto states = area_states(ctx.store(), day);
  const auto found = states.find(raw.area);
  if (found == states.end()) {
    throw thuky::UserError(fmt::format("no polling area '{}' on {} (polling areas: {})", raw.area,
                                       day.id, known_areas(day)));
  }
  VoterInput v = raw;
  v.full_name = thuky::text::clean_name(v.full_name);
  if (v.full_name.empty())
    throw thuky::UserError(thuky::InputLocation{"", 0, 0, "--name"}, "a voter needs a name");
  if (auto problem = thuky::text::name_problem(v.full_name))
    throw thuky::MessageError(thuky::InputLocation{"", 0, 0, "--name"}, std::move(*problem));
  const auto birth = thuky::text::PartialDate::parse(v.birth, true);
  if (!birth) {
    throw thuky::UserError(
        thuky::InputLocation{"", 0, 0, "--birth"},
        fmt::format("'{}' is not a date like 15/09/1970 (or 09/1970, or 1970)", v.birth));
  }
  if (auto problem = age_problem(*birth, day.date, config.voter_min_age, kVoter))
    throw thuky::MessageError(thuky::InputLocation{"", 0, 0, "--birth"}, std::move(*problem));
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
    throw thuky::MessageError(thuky::InputLocation{"", 0, 0, "--citizen-id"},
                              already_listed(where));
  }
  const int card = found->second.next_card;
  const auto parts = thuky::text::split_name(v.full_name);
  const auto key = thuky::text::match_key(v.full_name);
  writer.write({v.area, v.full_name, parts, key, v.birth, v.gender, v.ethnicity, v.occupation,
                v.residence, v.household, v.citizen_id, v.temporary_residence},
               card, mask, true);
  return {card, v.full_name};
}

const char* const kVoterColumns =
    "v.polling_area, v.card, v.full_name, v.birth_date, v.gender, v.ethnicity, v.occupation, "
    "v.residence, v.residence_kind, v.household, coalesce(v.citizen_id, ''), v.levels, "
    "v.added_late, v.removed_reason";

void read_voter(SQLite::Statement& q, Voter& v) {
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
}

void for_each_voter(thuky::Store& store, const ElectionDay& day, const std::string& area,
                    const std::function<void(const Voter&)>& visit) {
  // One area reads its rows straight from the (day, area, card) index: with "?2 = '' OR"
  // in the query SQLite would scan the whole day for each of 500 voter lists.
  const std::string select = std::string("SELECT ") + kVoterColumns + " FROM delegates_voters v ";
  SQLite::Statement q(
      store.db(), area.empty()
                      ? select +
                            "JOIN delegates_polling_areas p ON p.day_id = v.day_id AND p.code = "
                            "v.polling_area WHERE v.day_id = ?1 ORDER BY p.position, v.card"
                      : select + "WHERE v.day_id = ?1 AND v.polling_area = ?2 ORDER BY v.card");
  q.bind(1, day.id);
  if (!area.empty())
    q.bind(2, area);
  Voter v;
  while (q.executeStep()) {
    read_voter(q, v);
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
