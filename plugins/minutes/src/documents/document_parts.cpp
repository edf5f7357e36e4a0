#include "documents/document_parts.hpp"

#include <fmt/format.h>

#include <sstream>

#include "thuky/text/case.hpp"
#include "thuky/text/format.hpp"

namespace minutes {
namespace {

std::vector<std::string> split(const std::string& text) {
  std::vector<std::string> out;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) {
    if (!line.empty())
      out.push_back(line);
  }
  return out;
}

}  // namespace

thuky::doc::HeaderBlock header_for(const Meeting& m, const thuky::Settings& s,
                                   const std::string& type_symbol, const std::string& number,
                                   std::optional<thuky::text::Date> date) {
  thuky::doc::HeaderBlock h;
  h.parent_body =
      m.organiser.parent_body.empty() ? split(s.organisation.parent_body) : m.organiser.parent_body;
  h.issuing_body = m.organiser.issuing_body.empty() ? split(s.organisation.issuing_body)
                                                    : m.organiser.issuing_body;
  for (auto& line : h.parent_body)
    line = thuky::text::to_upper(line);
  for (auto& line : h.issuing_body)
    line = thuky::text::to_upper(line);
  const std::string symbol =
      m.organiser.symbol.empty() ? s.organisation.symbol : m.organiser.symbol;
  std::string n = number.empty() ? m.number : number;
  if (n.size() == 1 && n[0] >= '0' && n[0] <= '9')
    n = "0" + n;  // Decree 30: 05, not 5
  h.number = fmt::format("Số: {}/{}{}", n, type_symbol, symbol.empty() ? "" : "-" + symbol);
  if (date)
    h.place_date = thuky::text::format_place_date(m.place_name, *date);
  return h;
}

std::string describe(const Participant& p) {
  std::string out = p.code.empty() && p.title.empty() ? p.name : "đồng chí " + p.name;
  if (!p.title.empty())
    out += ", " + p.title;
  return out;
}

std::string organiser_name(const Meeting& m, const thuky::Settings& s) {
  if (!m.organiser.name.empty())
    return m.organiser.name;
  std::string name;
  for (const auto& line : split(s.organisation.issuing_body))
    name += (name.empty() ? "" : " ") + line;
  return name;
}

std::string when(const DateTime& t) {
  return fmt::format("{}, {}", thuky::text::format_time(t.hour, t.minute, true),
                     thuky::text::format_date_long(t.date));
}

thuky::text::Date issue_date(const Meeting& m) {
  return m.issued ? *m.issued : m.starts.date;
}

thuky::doc::Signature signer(const Meeting& m) {
  return {.authority = m.organiser.signer_authority,
          .title = m.organiser.signer_title,
          .name = m.organiser.signer_name.empty() ? m.chair.name : m.organiser.signer_name,
          .note = ""};
}

thuky::doc::DocumentInfo info(const Meeting& m, const std::string& what) {
  return {.title = what + " - " + m.title,
          .author = m.organiser.name,
          .subject = m.title,
          .created_epoch = {}};
}

}  // namespace minutes
