// `thuky people ...`: the shared people directory.
#include <fmt/format.h>

#include <iostream>
#include <sstream>

#include "audit/audit_outbox.hpp"
#include "commands/builtin_commands.hpp"
#include "thuky/people.hpp"
#include "thuky/table/import_summary.hpp"
#include "thuky/table/list_output.hpp"
#include "thuky/text/partial_date.hpp"
#include "thuky/text/terminal.hpp"

namespace thuky::host {

int run_people_import(HostSession& session, const std::filesystem::path& file,
                      const table::ImportOptions& options) {
  Store& store = session.store();
  WriteTransaction transaction(store);  // all rows or none; waits for other writers
  const auto result = PeopleDirectory(store, session.settings().text.name_order)
                          .import_file(file, options, &session.progress());
  session.audit().rows("people", "added", result.added);
  session.audit().rows("people", "updated", result.updated);
  // Said once the rows are committed; the rejects file goes into the entry the commit writes.
  std::ostringstream summary;
  const int code =
      print_import_result(session, summary, file, result.added, result.updated, result.table);
  session.commit_audited(transaction);
  std::cout << summary.str();
  constexpr std::size_t kShown = 10;
  const auto& duplicates = result.possible_duplicates;
  for (std::size_t i = 0; i < duplicates.size() && i < kShown; ++i) {
    const auto& d = duplicates[i];
    session.log().warn(fmt::format(
        "{}:{}: '{}' and '{}' have {}: stored as two people; if they are one, correct the "
        "codes in the file and import again",
        file.string(), d.row, d.code, d.other_code, d.reason));
  }
  if (result.possible_duplicate_count > kShown) {
    session.log().warn(
        fmt::format("… and {} more possible duplicates", result.possible_duplicate_count - kShown));
  }
  return code;
}

namespace {

std::string iso_birth_date(const std::string& birth) {
  if (birth.empty())
    return {};
  const auto date = text::PartialDate::parse(birth, true);
  if (!date) {
    throw UserError(InputLocation{"", 0, 0, "--birth"},
                    fmt::format("'{}' is not a date like 15/09/1970 (or 09/1970, or 1970)", birth));
  }
  if (auto problem = implausible_birth_year(date->year); !problem.empty())
    throw UserError(fmt::format("--birth: {}", problem));
  return date->stored();
}

}  // namespace

int run_people_edit(HostSession& session, const std::string& code, PersonInput changes,
                    const std::string& birth) {
  Store& store = session.store();
  PeopleDirectory people(store, session.settings().text.name_order);
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
  WriteTransaction transaction(store);
  people.upsert(person, InputLocation{});
  session.audit().row("people", "updated", person.code);
  session.commit_audited(transaction);
  std::cout << fmt::format("Updated {} ({}).\n", text::escape_controls(person.full_name),
                           text::escape_controls(person.code));
  return 0;
}

int run_people_add(HostSession& session, PersonInput person, const std::string& birth) {
  person.birth_date = iso_birth_date(birth);
  Store& store = session.store();
  WriteTransaction transaction(store);
  PeopleDirectory people(store, session.settings().text.name_order);
  const auto result = people.upsert(person, InputLocation{});
  const auto stored = people.find_by_id(result.id);
  session.audit().row("people", result.added ? "added" : "updated", stored->code);
  session.commit_audited(transaction);
  std::cout << fmt::format("{} {} ({}).\n", result.added ? "Added" : "Updated",
                           text::escape_controls(stored->full_name),
                           text::escape_controls(stored->code));
  if (result.possible_duplicate) {
    session.log().warn(fmt::format("'{}' and '{}' have {}: if they are one person, use one code",
                                   result.possible_duplicate->code,
                                   result.possible_duplicate->other_code,
                                   result.possible_duplicate->reason));
  }
  return 0;
}

int run_people_list(HostSession& session, const std::filesystem::path& out) {
  using table::ColumnType;
  table::ListOutput list("people",
                         {{"code", "Mã"},
                          {"name", "Họ và tên"},
                          {"family", "Họ", ColumnType::kText, false},
                          {"middle", "Tên đệm", ColumnType::kText, false},
                          {"given", "Tên", ColumnType::kText, false},
                          {"birth_date", "Ngày sinh", ColumnType::kDate},
                          {"gender", "Giới tính", ColumnType::kText, false},
                          {"title", "Chức vụ"},
                          {"unit", "Đơn vị"},
                          {"phone", "Điện thoại", ColumnType::kText, false},
                          {"email", "Email", ColumnType::kText, false}},
                         {session.options().json, out}, std::cout);
  PeopleDirectory(session.store(), session.settings().text.name_order)
      .for_each([&](const Person& p) {
        list.add({p.code, p.full_name, p.family, p.middle, p.given, p.birth_date, p.gender, p.title,
                  p.unit, p.phone, p.email});
      });
  const std::size_t rows = list.finish();
  if (!out.empty()) {
    // Personal data leaving the store: the export is logged as printed documents are, after
    // the file is written and without waiting behind writers (a list is a read).
    session.audit().document(out);
    write_entry_without_waiting(session.store(), session.audit(), "core");
  }
  if (rows == 0)
    session.log().warn("the people directory is empty");
  else if (!out.empty())
    std::cout << fmt::format("Wrote {} {} to '{}'.\n", rows, rows == 1 ? "person" : "people",
                             out.string());
  return 0;
}

}  // namespace thuky::host
