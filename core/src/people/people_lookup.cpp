// The directory's lookups for plugins: many by id, by name, "code or inline name".
#include <fmt/format.h>

#include "person_row.hpp"
#include "thuky/people.hpp"
#include "thuky/text/names.hpp"

namespace thuky {

Person read_person_row(SQLite::Statement& q) {
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
  p.version = q.getColumn(12).getInt64();
  p.changed_at = q.getColumn(13).getString();
  p.changed_by = q.getColumn(14).getString();
  return p;
}

std::unordered_map<std::int64_t, Person> PeopleDirectory::find_many(
    const std::vector<std::int64_t>& ids) {
  std::unordered_map<std::int64_t, Person> found;
  constexpr std::size_t kBatch = 500;  // well under SQLite's limit of bound parameters
  for (std::size_t start = 0; start < ids.size(); start += kBatch) {
    const std::size_t count = std::min(kBatch, ids.size() - start);
    std::string marks;
    for (std::size_t i = 0; i < count; ++i)
      marks += i == 0 ? "?" : ", ?";
    SQLite::Statement q(store_.db(), fmt::format("{} WHERE id IN ({})", kPersonSelect, marks));
    for (std::size_t i = 0; i < count; ++i)
      q.bind(static_cast<int>(i) + 1, ids[start + i]);
    while (q.executeStep()) {
      Person p = read_person_row(q);
      found.emplace(p.id, std::move(p));
    }
  }
  return found;
}

std::vector<Person> PeopleDirectory::find_by_name(const std::string& full_name,
                                                  const std::string& birth_date) {
  SQLite::Statement q(store_.db(),
                      fmt::format("{} WHERE match_key = ?1 AND (?2 = '' OR birth_date = ?2) "
                                  "ORDER BY sort_key, id",
                                  kPersonSelect));
  q.bind(1, text::match_key(full_name));
  q.bind(2, birth_date);
  std::vector<Person> people;
  while (q.executeStep())
    people.push_back(read_person_row(q));
  return people;
}

std::optional<Person> PeopleDirectory::resolve(const std::string& code_or_name,
                                               const InputLocation& where) {
  if (auto person = find_by_code(code_or_name))
    return person;
  std::vector<Person> named = find_by_name(code_or_name);
  if (named.empty())
    return std::nullopt;
  if (named.size() > 1) {
    std::string codes;
    for (const auto& p : named) {
      codes += fmt::format("{}{} ({}{})", codes.empty() ? "" : ", ", p.code,
                           p.birth_date.empty() ? "no birth date" : "born " + p.birth_date,
                           p.unit.empty() ? "" : ", " + p.unit);
    }
    throw UserError(where, fmt::format("{} people are called '{}': {}; write the code of the one "
                                       "you mean",
                                       named.size(), code_or_name, codes));
  }
  return std::move(named.front());
}

}  // namespace thuky
