#include "documents/numbering.hpp"

#include <fmt/format.h>

#include "documents/document_parts.hpp"
#include "thuky/error.hpp"
#include "thuky/register.hpp"

namespace minutes {

std::vector<std::string> number_papers(Meeting& m, thuky::Store& store, const thuky::Settings& s) {
  thuky::DocumentRegister reg(store);
  const std::string issuer =
      m.organiser.symbol.empty() ? s.organisation.symbol : m.organiser.symbol;
  // `number`, the meeting's own, is the minutes' when [numbers] does not give it.
  if (m.numbers.minutes.empty())
    m.numbers.minutes = m.number;
  struct Paper {
    std::string* number;
    const char* type;
    thuky::text::Date date;
  };
  const Paper papers[] = {{&m.numbers.invitation, "GM", issue_date(m)},
                          {&m.numbers.minutes, "BB", m.starts.date},
                          {&m.numbers.conclusion, "TB", m.ends.date}};
  std::vector<std::string> warnings;
  for (const Paper& p : papers) {
    const thuky::RegisterEntry entry{issuer, p.type, p.date,
                                     fmt::format("minutes:{}:{}", m.id, p.type)};
    if (p.number->empty()) {
      *p.number = fmt::format("{:02}", reg.take(entry));
      continue;
    }
    int given = 0;
    try {
      given = std::stoi(*p.number);
    } catch (const std::exception&) {
      throw thuky::UserError(fmt::format("the {} number '{}' is not a number", p.type, *p.number));
    }
    for (auto& w : reg.record(entry, given))
      warnings.push_back(std::move(w));
  }
  return warnings;
}

}  // namespace minutes
