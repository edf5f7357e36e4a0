#include <fmt/format.h>

#include <fstream>
#include <iostream>
#include <sstream>

#include "commands/builtin_commands.hpp"
#include "thuky/error.hpp"
#include "thuky/io.hpp"
#include "thuky/text/names.hpp"
#include "thuky/text/normalize.hpp"
#include "thuky/text/utf8.hpp"

namespace thuky::host {
namespace {

struct Line {
  int number = 0;
  text::ListedPerson person;  // name NFC with single spaces, as entered otherwise
};

std::string read_all(const std::string& file) {
  if (file.empty() || file == "-") {
    std::ostringstream in;
    in << std::cin.rdbuf();
    return in.str();
  }
  return read_input_file(file);
}

// One person a line: "full name" or "full name<TAB>dd/mm/yyyy"; blank lines are skipped.
std::vector<Line> parse(const std::string& source, const std::string& input) {
  text::require_utf8(input, InputLocation{source, 0, 0, ""});
  std::vector<Line> lines;
  std::istringstream stream(input);
  std::string raw;
  for (int number = 1; std::getline(stream, raw); ++number) {
    if (!raw.empty() && raw.back() == '\r')
      raw.pop_back();
    const std::string text = text::to_nfc(raw);
    if (text::clean_text(text).empty())
      continue;
    text::require_unicode_text(text, InputLocation{source, number, 0, ""});
    Line line{number, {}};
    const auto tab = text.find('\t');
    line.person.full_name = text::clean_text(text.substr(0, tab));
    line.person.parts = text::split_name(line.person.full_name);
    if (tab != std::string::npos) {
      const std::string date = text::clean_text(text.substr(tab + 1));
      line.person.birth_date = text::Date::parse_dmy(date);
      if (!line.person.birth_date) {
        throw UserError(InputLocation{source, number,
                                      text::count_characters(text.substr(0, tab)) + 2, "ngày sinh"},
                        fmt::format("'{}' is not a date like 15/09/1970", date));
      }
    }
    lines.push_back(std::move(line));
  }
  return lines;
}

}  // namespace

int run_names_sort(const std::string& file, bool check) {
  const std::string source = file.empty() || file == "-" ? "(stdin)" : file;
  std::vector<Line> lines = parse(source, read_all(file));
  const text::NameOrder order;
  if (check) {
    for (std::size_t i = 1; i < lines.size(); ++i) {
      if (order.compare(lines[i].person, lines[i - 1].person) < 0) {
        std::cout << fmt::format("{}:{}: '{}' is out of order: it comes before '{}' (line {})\n",
                                 source, lines[i].number, lines[i].person.full_name,
                                 lines[i - 1].person.full_name, lines[i - 1].number);
        return kExitUserError;
      }
    }
    std::cout << fmt::format("{}: {} names, in official order\n", source, lines.size());
    return kExitOk;
  }
  std::stable_sort(lines.begin(), lines.end(), [&](const Line& a, const Line& b) {
    return order.compare(a.person, b.person) < 0;
  });
  for (const auto& line : lines) {
    std::cout << line.person.full_name;
    if (line.person.birth_date)
      std::cout << '\t' << line.person.birth_date->dmy();
    std::cout << '\n';
  }
  return kExitOk;
}

}  // namespace thuky::host
