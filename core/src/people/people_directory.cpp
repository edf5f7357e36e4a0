#include <SQLiteCpp/Statement.h>
#include <fmt/format.h>

#include <algorithm>
#include <unordered_map>

#include "thuky/people.hpp"
#include "thuky/text/names.hpp"
#include "thuky/text/normalize.hpp"
#include "thuky/text/partial_date.hpp"
#include "thuky/text/utf8.hpp"

namespace thuky {
namespace {

constexpr const char* kSelect =
    "SELECT id, coalesce(code,''), full_name, family_name, middle_name, given_name, "
    "coalesce(title,''), coalesce(unit,''), coalesce(gender,''), coalesce(birth_date,''), "
    "coalesce(phone,''), coalesce(email,'') FROM people";

Person read_person(SQLite::Statement& q) {
  Person p;
  p.id = q.getColumn(0).getInt64();
  p.code = q.getColumn(1).getString();
  p.full_name = q.getColumn(2).getString();
  p.family = q.getColumn(3).getString();
  p.middle = q.getColumn(4).getString();
  p.given = q.getColumn(5).getString();
  p.title = q.getColumn(6).getString();
  p.unit = q.getColumn(7).getString();
  p.gender = q.getColumn(8).getString();
  p.birth_date = q.getColumn(9).getString();
  p.phone = q.getColumn(10).getString();
  p.email = q.getColumn(11).getString();
  return p;
}

// A stored person with the same name as the input, and what else they share.
struct Namesake {
  std::int64_t id = 0;
  std::string code, birth_date, unit;
};

bool both_known_and_equal(const std::string& a, const std::string& b) {
  return !a.empty() && a == b;
}
bool both_known_and_differ(const std::string& a, const std::string& b) {
  return !a.empty() && !b.empty() && a != b;
}

}  // namespace

// Prepared once per directory: an import of a million rows binds them a million times instead
// of parsing the SQL a million times.
struct PeopleDirectory::Statements {
  explicit Statements(SQLite::Database& db)
      : by_code(db, "SELECT id FROM people WHERE code = ?"),
        by_name(db,
                "SELECT id, coalesce(code,''), coalesce(birth_date,''), coalesce(unit,'') "
                "FROM people WHERE match_key = ?"),
        code_taken(db, "SELECT 1 FROM people WHERE code = ?"),
        insert(db,
               "INSERT INTO people(code, full_name, family_name, middle_name, given_name, title, "
               "unit, gender, birth_date, phone, email, match_key, search_key) VALUES (?1, ?2, "
               "?3, ?4, ?5, nullif(?6,''), nullif(?7,''), nullif(?8,''), nullif(?9,''), "
               "nullif(?10,''), nullif(?11,''), ?12, ?13)"),
        // An update keeps what the input leaves empty: a file without a phone column must not
        // erase the phone numbers stored.
        update(db,
               "UPDATE people SET code=?1, full_name=?2, family_name=?3, middle_name=?4, "
               "given_name=?5, title=coalesce(nullif(?6,''), title), "
               "unit=coalesce(nullif(?7,''), unit), gender=coalesce(nullif(?8,''), gender), "
               "birth_date=coalesce(nullif(?9,''), birth_date), "
               "phone=coalesce(nullif(?10,''), phone), email=coalesce(nullif(?11,''), email), "
               "match_key=?12, search_key=?13 WHERE id=?14") {}

  std::vector<Namesake> namesakes(const std::string& match_key) {
    std::vector<Namesake> found;
    by_name.reset();
    by_name.bind(1, match_key);
    while (by_name.executeStep()) {
      found.push_back({by_name.getColumn(0).getInt64(), by_name.getColumn(1).getString(),
                       by_name.getColumn(2).getString(), by_name.getColumn(3).getString()});
    }
    return found;
  }

  std::int64_t id_of_code(const std::string& code) {
    by_code.reset();
    by_code.bind(1, code);
    return by_code.executeStep() ? by_code.getColumn(0).getInt64() : 0;
  }

  SQLite::Statement by_code, by_name, code_taken, insert, update;
};

PeopleDirectory::PeopleDirectory(Store& store) : store_(store) {}
PeopleDirectory::~PeopleDirectory() = default;

std::string PeopleDirectory::code_for(const std::string& full_name) {
  std::string code;
  for (char c : text::search_key(full_name)) {
    if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
      code += c;
    } else if (!code.empty() && code.back() != '-') {
      code += '-';  // spaces, apostrophes (H'Luân) and the like
    }
  }
  while (!code.empty() && code.back() == '-')
    code.pop_back();
  return code;
}

PeopleDirectory::Upserted PeopleDirectory::upsert(const PersonInput& raw,
                                                  const InputLocation& where) {
  if (!statements_)
    statements_ = std::make_unique<Statements>(store_.db());
  Statements& sql = *statements_;
  PersonInput in = raw;
  for (std::string* s : {&in.code, &in.full_name, &in.family, &in.middle, &in.given, &in.title,
                         &in.unit, &in.gender, &in.phone, &in.email}) {
    if (s->empty())
      continue;
    text::require_unicode_text(*s, where);
    *s = text::clean_text(*s);
  }
  if (in.full_name.empty()) {
    InputLocation at = where;
    at.field = "Họ và tên";
    throw UserError(at, "a person needs a name");
  }
  text::NameParts parts = text::split_name(in.full_name);
  if (!in.given.empty())
    parts = {in.family, in.middle, in.given};
  const std::string match = text::match_key(in.full_name);

  Upserted result;
  std::int64_t id = 0;
  if (!in.code.empty()) {
    id = sql.id_of_code(in.code);
    if (id == 0) {
      // A new code: a different person, even when someone stored looks the same.
      for (const Namesake& n : sql.namesakes(match)) {
        const char* reason = both_known_and_equal(n.birth_date, in.birth_date) ? "birth date"
                             : both_known_and_equal(n.unit, in.unit)           ? "unit"
                                                                               : nullptr;
        if (reason && n.code != in.code) {
          result.possible_duplicate = PossibleDuplicate{
              where.line, in.code, n.code, fmt::format("the same name and {}", reason)};
          break;
        }
      }
    }
  } else {
    std::vector<const Namesake*> same;
    const std::vector<Namesake> namesakes = sql.namesakes(match);
    for (const Namesake& n : namesakes) {
      const bool birth = both_known_and_equal(n.birth_date, in.birth_date);
      const bool unit = both_known_and_equal(n.unit, in.unit) &&
                        !both_known_and_differ(n.birth_date, in.birth_date);
      if (birth || unit)
        same.push_back(&n);
    }
    if (same.size() > 1) {
      std::string codes;
      for (const Namesake* n : same)
        codes += (codes.empty() ? "" : ", ") + n->code;
      throw UserError(
          fmt::format("'{}' could be any of {} people already stored ({}); give "
                      "the code (Mã) of the one you mean",
                      in.full_name, same.size(), codes));
    }
    if (same.size() == 1) {
      id = same[0]->id;
      in.code = same[0]->code;
    }
  }
  if (in.code.empty()) {
    // A namesake keeps the name's code with a number: nguyen-van-an, nguyen-van-an-2, ...
    const std::string base = code_for(in.full_name);
    in.code = base;
    for (int n = 2;; ++n) {
      sql.code_taken.reset();
      sql.code_taken.bind(1, in.code);
      if (!sql.code_taken.executeStep())
        break;
      in.code = base + "-" + std::to_string(n);
    }
  }

  SQLite::Statement& write = id ? sql.update : sql.insert;
  write.reset();
  write.bind(1, in.code);
  write.bind(2, in.full_name);
  write.bind(3, parts.family);
  write.bind(4, parts.middle);
  write.bind(5, parts.given);
  write.bind(6, in.title);
  write.bind(7, in.unit);
  write.bind(8, in.gender);
  write.bind(9, in.birth_date);
  write.bind(10, in.phone);
  write.bind(11, in.email);
  write.bind(12, match);
  write.bind(13, text::search_key(in.full_name));
  if (id)
    write.bind(14, id);
  write.exec();
  result.id = id ? id : store_.db().getLastInsertRowid();
  result.added = id == 0;
  return result;
}

PeopleDirectory::ImportResult PeopleDirectory::import_file(const std::filesystem::path& file,
                                                           const table::ImportOptions& options,
                                                           Progress* progress) {
  const table::TableSchema& schema = people_schema();
  const auto field = [&](const char* key) {
    return static_cast<std::size_t>(schema.index_of(key));
  };
  const std::size_t code = field("code"), name = field("name"), family = field("family"),
                    middle = field("middle"), given = field("given"), title = field("title"),
                    unit = field("unit"), gender = field("gender"), birth = field("birth_date"),
                    phone = field("phone"), email = field("email");
  ImportResult result;
  std::unordered_map<std::string, int> codes_in_file;  // code → the row that gave it
  const auto handle = [&](const table::Record& r) {
    PersonInput p{r.at(code).text,  r.at(name).text,  r.at(family).text, r.at(middle).text,
                  r.at(given).text, r.at(title).text, r.at(unit).text,   r.at(gender).text,
                  r.at(birth).text, r.at(phone).text, r.at(email).text};
    if (!p.code.empty()) {
      const auto [it, fresh] = codes_in_file.emplace(p.code, r.row());
      if (!fresh) {
        throw table::RowProblem(
            "code", fmt::format("the code '{}' is already used by the row {} of this file", p.code,
                                it->second));
      }
    }
    Upserted u;
    try {
      u = upsert(p, InputLocation{file.string(), r.row(), 0, ""});
    } catch (const UserError& e) {
      throw table::RowProblem("name", e.what());  // a name that fits several people
    }
    (u.added ? result.added : result.updated) += 1;
    if (u.possible_duplicate)
      result.possible_duplicates.push_back(*u.possible_duplicate);
  };
  result.table = table::TableImport(schema, file, options).run(handle, progress);
  return result;
}

std::optional<Person> PeopleDirectory::find_by_code(const std::string& code) {
  SQLite::Statement q(store_.db(), std::string(kSelect) + " WHERE code = ?");
  q.bind(1, code);
  if (!q.executeStep())
    return std::nullopt;
  return read_person(q);
}

std::optional<Person> PeopleDirectory::find_by_id(std::int64_t id) {
  SQLite::Statement q(store_.db(), std::string(kSelect) + " WHERE id = ?");
  q.bind(1, id);
  if (!q.executeStep())
    return std::nullopt;
  return read_person(q);
}

std::vector<Person> PeopleDirectory::list() {
  SQLite::Statement q(store_.db(), kSelect);
  std::vector<Person> people;
  while (q.executeStep())
    people.push_back(read_person(q));
  const text::NameOrder order;
  std::vector<std::pair<text::ListedPerson, Person>> keyed;
  for (auto& p : people) {
    std::optional<text::Date> birth;
    if (const auto d = text::PartialDate::parse_stored(p.birth_date))
      birth = d->effective();
    keyed.push_back({{p.full_name, {p.family, p.middle, p.given}, birth}, std::move(p)});
  }
  std::stable_sort(keyed.begin(), keyed.end(), [&](const auto& a, const auto& b) {
    return order.compare(a.first, b.first) < 0;
  });
  std::vector<Person> out;
  for (auto& [key, p] : keyed)
    out.push_back(std::move(p));
  return out;
}

}  // namespace thuky
