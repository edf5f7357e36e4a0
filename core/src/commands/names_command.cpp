#include <fmt/format.h>

#include <cstdio>
#include <iostream>
#include <sstream>

#include "commands/builtin_commands.hpp"
#include "commands/name_list.hpp"
#include "thuky/error.hpp"
#include "thuky/io.hpp"
#include "thuky/text/names.hpp"
#include "thuky/text/normalize.hpp"

namespace thuky::host {
namespace {

std::string read_all(const std::string& file) {
  if (file.empty() || file == "-") {
    std::ostringstream in;
    in << std::cin.rdbuf();
    return in.str();
  }
  return read_input_file(file);
}

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

int check(const NameList& list, const std::string& source, text::NameOrderKind kind) {
  for (std::size_t i = 1; i < list.size(); ++i) {
    if (list.key(i) < list.key(i - 1)) {
      std::cout << fmt::format("{}:{}: '{}' is out of order: it comes before '{}' (line {})\n",
                               source, list.line_number(i), list.name(i), list.name(i - 1),
                               list.line_number(i - 1));
      return kExitUserError;
    }
  }
  std::cout << fmt::format("{}: {} names, in {} order\n", source, list.size(),
                           text::name_order_name(kind));
  return kExitOk;
}

// One buffered stream: a million lines are a million small writes otherwise.
void print_sorted(const NameList& list) {
  std::cout.flush();
  std::string buffer;
  constexpr std::size_t kFlushAt = 1 << 20;
  buffer.reserve(kFlushAt + NameList::kMaxLineBytes + 1);
  for (const std::uint32_t i : list.sorted()) {
    buffer += list.line_text(i);
    buffer += '\n';
    if (buffer.size() >= kFlushAt) {
      std::fwrite(buffer.data(), 1, buffer.size(), stdout);
      buffer.clear();
    }
  }
  std::fwrite(buffer.data(), 1, buffer.size(), stdout);
  std::fflush(stdout);
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
  const NameList list(source, read_all(file), order);
  if (options.check)
    return check(list, source, order.kind());
  print_sorted(list);
  return kExitOk;
}

}  // namespace thuky::host
