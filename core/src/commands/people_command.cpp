// `thuky people ...`: the shared people directory.
#include <SQLiteCpp/Transaction.h>
#include <fmt/format.h>
#include <toml++/toml.h>

#include <iostream>

#include "commands/builtin_commands.hpp"
#include "thuky/people.hpp"
#include "thuky/text/date.hpp"

namespace thuky::host {

int run_people_import(HostSession& session, const std::filesystem::path& file) {
  Store& store = session.store();
  SQLite::Transaction transaction(store.db());  // all rows or none
  const auto result = PeopleDirectory(store).import_csv(file, &session.progress());
  transaction.commit();
  std::cout << fmt::format("Imported '{}': {} added, {} updated.\n", file.string(), result.added,
                           result.updated);
  return 0;
}

namespace {

std::string iso_birth_date(const std::string& birth) {
  if (birth.empty())
    return {};
  const auto date = text::Date::parse_dmy(birth);
  if (!date) {
    throw UserError(InputLocation{"", 0, 0, "--birth"},
                    fmt::format("'{}' is not a date like 15/09/1970", birth));
  }
  return date->iso();
}

}  // namespace

int run_people_edit(HostSession& session, const std::string& code, PersonInput changes,
                    const std::string& birth) {
  Store& store = session.store();
  PeopleDirectory people(store);
  const auto found = people.find_by_code(code);
  if (!found) {
    throw UserError(
        fmt::format("no person with code '{}'; 'thuky people list' shows the codes", code));
  }
  // Start from what is stored; change only what the command line gives.
  PersonInput person{found->code,       found->full_name, found->family, found->middle,
                     found->given,      found->title,     found->unit,   found->gender,
                     found->birth_date, found->phone,     found->email};
  const auto take = [](std::string& field, const std::string& value) {
    if (!value.empty())
      field = value;
  };
  if (!changes.full_name.empty() && changes.full_name != found->full_name) {
    person.full_name = changes.full_name;
    person.family = person.middle = person.given = "";  // split the new name again
  }
  take(person.title, changes.title);
  take(person.unit, changes.unit);
  take(person.gender, changes.gender);
  take(person.birth_date, iso_birth_date(birth));
  take(person.phone, changes.phone);
  take(person.email, changes.email);
  SQLite::Transaction transaction(store.db());
  people.upsert(person, InputLocation{});
  transaction.commit();
  std::cout << fmt::format("Updated {} ({}).\n", person.full_name, person.code);
  return 0;
}

int run_people_add(HostSession& session, PersonInput person, const std::string& birth) {
  person.birth_date = iso_birth_date(birth);
  Store& store = session.store();
  SQLite::Transaction transaction(store.db());
  const auto [id, added] = PeopleDirectory(store).upsert(person, InputLocation{});
  transaction.commit();
  const auto stored = PeopleDirectory(store).find_by_id(id);
  std::cout << fmt::format("{} {} ({}).\n", added ? "Added" : "Updated", stored->full_name,
                           stored->code);
  return 0;
}

int run_people_list(HostSession& session) {
  const auto people = PeopleDirectory(session.store()).list();
  if (session.options().json) {
    toml::array list;
    for (const auto& p : people) {
      list.push_back(toml::table{{"code", p.code},
                                 {"name", p.full_name},
                                 {"family", p.family},
                                 {"middle", p.middle},
                                 {"given", p.given},
                                 {"title", p.title},
                                 {"unit", p.unit},
                                 {"gender", p.gender},
                                 {"birth_date", p.birth_date},
                                 {"phone", p.phone},
                                 {"email", p.email}});
    }
    std::cout << toml::json_formatter(toml::table{{"people", list}}) << '\n';
    return 0;
  }
  for (const auto& p : people) {
    std::cout << fmt::format("{}\t{}\t{}\t{}\n", p.code, p.full_name, p.title, p.unit);
  }
  if (people.empty())
    session.log().warn("the people directory is empty");
  return 0;
}

}  // namespace thuky::host
