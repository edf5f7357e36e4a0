#include "thuky/people.hpp"

#include <SQLiteCpp/Statement.h>
#include <fmt/format.h>

#include <algorithm>
#include <fstream>
#include <map>
#include <sstream>

#include "csv_reader.hpp"
#include "thuky/io.hpp"
#include "thuky/text/date.hpp"
#include "thuky/text/names.hpp"
#include "thuky/text/normalize.hpp"
#include "thuky/text/utf8.hpp"

namespace thuky {
namespace {

enum class Column {
  kCode,
  kName,
  kFamily,
  kMiddle,
  kGiven,
  kTitle,
  kUnit,
  kGender,
  kBirth,
  kPhone,
  kEmail
};

// Headers are matched by their search key, so "Họ và tên", "HỌ VÀ TÊN" and "Ho va ten" agree.
const std::map<std::string, Column>& header_names() {
  static const std::map<std::string, Column> names = {
      {"ma", Column::kCode},          {"ma so", Column::kCode},
      {"code", Column::kCode},        {"ho va ten", Column::kName},
      {"ho ten", Column::kName},      {"ho", Column::kFamily},
      {"ten dem", Column::kMiddle},   {"dem", Column::kMiddle},
      {"ten", Column::kGiven},        {"chuc vu", Column::kTitle},
      {"don vi", Column::kUnit},      {"co quan", Column::kUnit},
      {"gioi tinh", Column::kGender}, {"ngay sinh", Column::kBirth},
      {"dien thoai", Column::kPhone}, {"so dien thoai", Column::kPhone},
      {"email", Column::kEmail},
  };
  return names;
}

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

constexpr const char* kSelect =
    "SELECT id, coalesce(code,''), full_name, family_name, middle_name, given_name, "
    "coalesce(title,''), coalesce(unit,''), coalesce(gender,''), coalesce(birth_date,''), "
    "coalesce(phone,''), coalesce(email,'') FROM people";

}  // namespace

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

std::pair<std::int64_t, bool> PeopleDirectory::upsert(const PersonInput& raw,
                                                      const InputLocation& where) {
  PersonInput in = raw;
  for (std::string* s : {&in.code, &in.full_name, &in.family, &in.middle, &in.given, &in.title,
                         &in.unit, &in.gender, &in.phone, &in.email}) {
    text::require_unicode_text(*s, where);
    *s = text::clean_text(*s);
  }
  if (in.full_name.empty()) {
    InputLocation at = where;
    at.field = "Họ và tên";
    throw UserError(at, "a person needs a name");
  }
  text::NameParts parts = text::split_name(in.full_name);
  if (!in.given.empty()) {
    parts = {in.family, in.middle, in.given};
  }
  const bool code_given = !in.code.empty();
  const std::string match = text::match_key(in.full_name);

  // The same person: the code given, or the same name and the same birth date or unit.
  SQLite::Statement find(store_.db(),
                         "SELECT id, code FROM people WHERE code = ?1 OR (match_key = ?2 AND "
                         "((?3 <> '' AND birth_date = ?3) OR (?4 <> '' AND unit = ?4))) "
                         "ORDER BY code = ?1 DESC LIMIT 1");
  find.bind(1, code_given ? in.code : std::string("\x01"));
  find.bind(2, match);
  find.bind(3, in.birth_date);
  find.bind(4, in.unit);
  std::int64_t id = 0;
  if (find.executeStep()) {
    id = find.getColumn(0).getInt64();
    if (!code_given)
      in.code = find.getColumn(1).getString();
  }
  if (in.code.empty()) {
    // A namesake keeps the name's code with a number: nguyen-van-an, nguyen-van-an-2, ...
    const std::string base = code_for(in.full_name);
    in.code = base;
    SQLite::Statement taken(store_.db(), "SELECT 1 FROM people WHERE code = ?");
    for (int n = 2;; ++n) {
      taken.reset();
      taken.bind(1, in.code);
      if (!taken.executeStep())
        break;
      in.code = base + "-" + std::to_string(n);
    }
  }

  SQLite::Statement write(
      store_.db(),
      id ? "UPDATE people SET code=?1, full_name=?2, family_name=?3, middle_name=?4, "
           "given_name=?5, title=nullif(?6,''), unit=nullif(?7,''), gender=nullif(?8,''), "
           "birth_date=nullif(?9,''), phone=nullif(?10,''), email=nullif(?11,''), "
           "match_key=?12, search_key=?13 WHERE id=?14"
         : "INSERT INTO people(code, full_name, family_name, middle_name, given_name, title, "
           "unit, gender, birth_date, phone, email, match_key, search_key) VALUES (?1, ?2, ?3, "
           "?4, ?5, nullif(?6,''), nullif(?7,''), nullif(?8,''), nullif(?9,''), nullif(?10,''), "
           "nullif(?11,''), ?12, ?13)");
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
  try {
    write.exec();
  } catch (const SQLite::Exception& e) {
    throw UserError(where, fmt::format("cannot store '{}': {}", in.full_name, e.what()));
  }
  return {id ? id : store_.db().getLastInsertRowid(), id == 0};
}

PeopleDirectory::ImportResult PeopleDirectory::import_csv(const std::filesystem::path& file,
                                                          Progress* progress) {
  const std::string source = file.string();
  const std::string content = read_input_file(file);
  text::require_utf8(content, InputLocation{source, 0, 0, ""});
  const std::vector<host::CsvRow> rows = host::read_csv(content, source);
  if (rows.empty())
    throw UserError(fmt::format("'{}' is empty", source));

  std::map<Column, std::size_t> columns;
  for (std::size_t i = 0; i < rows[0].size(); ++i) {
    const auto& header = rows[0][i];
    const auto found = header_names().find(text::search_key(header.text));
    if (found == header_names().end()) {
      throw UserError(InputLocation{source, header.line, header.column, header.text},
                      "unknown column; expected Họ và tên, Chức vụ, Đơn vị, Giới tính, Ngày "
                      "sinh, Điện thoại, Email (or Mã, Họ, Tên đệm, Tên)");
    }
    columns[found->second] = i;
  }
  if (!columns.count(Column::kName)) {
    throw UserError(InputLocation{source, 1, 1, ""}, "no \"Họ và tên\" column");
  }

  ImportResult result;
  if (progress)
    progress->start("importing people", rows.size() - 1);
  for (std::size_t r = 1; r < rows.size(); ++r) {
    if (progress)
      progress->advance();
    const host::CsvRow& row = rows[r];
    const auto get = [&](Column c) -> const host::CsvField* {
      const auto it = columns.find(c);
      return it != columns.end() && it->second < row.size() ? &row[it->second] : nullptr;
    };
    const auto text_of = [&](Column c) {
      const host::CsvField* f = get(c);
      return f ? text::to_nfc(f->text) : std::string();
    };
    const auto where = [&](Column c, const char* field) {
      const host::CsvField* f = get(c);
      return InputLocation{source, f ? f->line : row.front().line, f ? f->column : 1, field};
    };
    PersonInput p;
    p.code = text_of(Column::kCode);
    p.full_name = text_of(Column::kName);
    p.family = text_of(Column::kFamily);
    p.middle = text_of(Column::kMiddle);
    p.given = text_of(Column::kGiven);
    p.title = text_of(Column::kTitle);
    p.unit = text_of(Column::kUnit);
    p.phone = text_of(Column::kPhone);
    p.email = text_of(Column::kEmail);
    const std::string gender = text::search_key(text_of(Column::kGender));
    if (gender == "nam") {
      p.gender = "nam";
    } else if (gender == "nu") {
      p.gender = "nữ";
    } else if (!gender.empty()) {
      throw UserError(where(Column::kGender, "Giới tính"),
                      fmt::format("'{}' is neither Nam nor Nữ", text_of(Column::kGender)));
    }
    if (const std::string birth = text::clean_text(text_of(Column::kBirth)); !birth.empty()) {
      const auto date = text::Date::parse_dmy(birth);
      if (!date) {
        throw UserError(where(Column::kBirth, "Ngày sinh"),
                        fmt::format("'{}' is not a date like 15/09/1970", birth));
      }
      p.birth_date = date->iso();
    }
    const auto [id, added] = upsert(p, where(Column::kName, "Họ và tên"));
    (added ? result.added : result.updated) += 1;
  }
  if (progress)
    progress->finish();
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
    keyed.push_back(
        {{p.full_name, {p.family, p.middle, p.given}, text::Date::parse_iso(p.birth_date)},
         std::move(p)});
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
