#include <fmt/format.h>

#include <cstdio>
#include <iostream>

#include "commands/builtin_commands.hpp"
#include "commands/line_reader.hpp"
#include "commands/name_list.hpp"
#include "commands/name_runs.hpp"
#include "thuky/error.hpp"
#include "thuky/text/names.hpp"
#include "thuky/text/normalize.hpp"

namespace thuky::host {
namespace {

text::NameOrderKind order_kind(HostSession& session, const std::string& order) {
  if (order.empty())
    return session.settings().text.name_order;
  const auto kind = text::parse_name_order(order);
  if (!kind)
    throw UserError(fmt::format("--order '{}' is not one of: published, dictionary", order));
  return *kind;
}

// A name as given to --explain: "full name" or "full name<TAB>dd/mm/yyyy".
text::ListedPerson person_from_argument(const std::string& argument) {
  const auto tab = argument.find('\t');
  text::ListedPerson person;
  person.full_name = text::clean_text(argument.substr(0, tab));
  person.parts = text::split_name(person.full_name);
  if (tab != std::string::npos) {
    const std::string date = text::clean_text(argument.substr(tab + 1));
    person.birth_date = text::Date::parse_dmy(date);
    if (!person.birth_date)
      throw UserError(fmt::format("--explain: '{}' is not a date like 15/09/1970", date));
  }
  return person;
}

// Reads the lines in order, each compared with the one before: memory is two lines.
int check(LineReader& in, const text::NameOrder& order) {
  NameList current(in.source());
  std::string previous_key, previous_name;
  int previous_line = 0;
  std::size_t names = 0;
  std::string_view line;
  while (in.next(line)) {
    current.clear();
    current.add(line, in.line_number(), order);
    if (current.size() == 0)
      continue;  // a blank line
    ++names;
    if (previous_line > 0 && current.key(0) < previous_key) {
      std::cout << fmt::format("{}:{}: '{}' is out of order: it comes before '{}' (line {})\n",
                               in.source(), in.line_number(), current.name(0), previous_name,
                               previous_line);
      return kExitUserError;
    }
    previous_key = current.key(0);
    previous_name = current.name(0);
    previous_line = in.line_number();
  }
  std::cout << fmt::format("{}: {} {}, in {} order\n", in.source(), names,
                           names == 1 ? "name" : "names", text::name_order_name(order.kind()));
  return kExitOk;
}

}  // namespace

int run_names_sort(HostSession& session, const NamesSortOptions& options) {
  const text::NameOrder order(order_kind(session, options.order));
  if (!options.explain.empty()) {
    if (options.explain.size() != 2)
      throw UserError("--explain takes two names");
    std::cout << order.explain(person_from_argument(options.explain[0]),
                               person_from_argument(options.explain[1]));
    return kExitOk;
  }
  const std::string& file = options.file;
  const std::string source = file.empty() || file == "-" ? "(stdin)" : file;
  LineReader in(file, source, NameList::kMaxLineBytes);
  if (options.check)
    return check(in, order);
  std::cout.flush();
  sort_names(in, order, options.memory_mb * std::size_t{1024} * 1024, stdout);
  return kExitOk;
}

}  // namespace thuky::host
