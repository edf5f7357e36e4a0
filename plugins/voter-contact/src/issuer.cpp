#include "issuer.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <sstream>

#include "recipients.hpp"
#include "thuky/text/case.hpp"
#include "thuky/text/format.hpp"
#include "thuky/text/names.hpp"

namespace contact {
namespace {

std::vector<std::string> upper_lines(const std::vector<std::string>& lines) {
  std::vector<std::string> out;
  for (const auto& line : lines)
    out.push_back(thuky::text::to_upper(line));
  return out;
}

std::vector<std::string> config_lines(const std::string& text) {
  std::vector<std::string> out;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) {
    if (!line.empty())
      out.push_back(line);
  }
  return upper_lines(out);
}

bool starts_with(const std::string& text, const std::string& prefix) {
  return text.rfind(prefix, 0) == 0;
}

}  // namespace

std::string paper_number(std::string number, const std::string& symbol) {
  if (number.empty())
    return "        /" + symbol;  // room for a number written by hand
  if (number.size() == 1 && number[0] >= '0' && number[0] <= '9')
    number = "0" + number;  // Decree 30: 05, not 5
  return number + "/" + symbol;
}

std::string number_line(const std::string& number, const std::string& symbol) {
  return (number.empty() ? "Số:" : "Số: ") + paper_number(number, symbol);
}

namespace {
// Whether the plan names its issuer (its own header lines, or an organiser's).
bool own_header(const PlanDocument& d) {
  return !d.parent_body.empty() || !d.issuing_body.empty();
}
}  // namespace

std::string paper_symbol(const Plan& p, const thuky::Settings& s, const std::string& type) {
  // The plan's symbol ("KH-HĐND") with its type replaced; else the workspace's after `type`
  // when the header is the workspace's too.
  const std::string& symbol = p.document.symbol;
  if (starts_with(symbol, "KH"))
    return type + symbol.substr(2);
  if (!symbol.empty())
    return type + "-" + symbol;
  const std::string fallback = own_header(p.document) ? "" : s.organisation.symbol;
  return type + (fallback.empty() ? "" : "-" + fallback);
}

thuky::doc::HeaderBlock issuer_header(const Plan& p, const thuky::Settings& s,
                                      const std::string& type, std::string number,
                                      const Date& issued) {
  const PlanDocument& d = p.document;
  thuky::doc::HeaderBlock h;
  if (own_header(d)) {
    h.parent_body = upper_lines(d.parent_body);
    h.issuing_body = upper_lines(d.issuing_body);
  } else {
    h.parent_body = config_lines(s.organisation.parent_body);
    h.issuing_body = config_lines(s.organisation.issuing_body);
  }
  h.number = number_line(number, paper_symbol(p, s, type));
  h.place_date = thuky::text::format_place_date(d.place_name, issued);
  return h;
}

thuky::doc::Signature issuer_signature(const PlanDocument& d) {
  std::string authority = d.signer_authority;
  const std::string& title = d.signer_title;
  const bool stated = authority.find("KT.") != std::string::npos ||
                      authority.find("TL.") != std::string::npos ||
                      authority.find("TUQ.") != std::string::npos;
  const std::string deputy = "PHÓ ";  // 5 bytes: "Ó" is two in UTF-8
  if (!stated && starts_with(title, deputy)) {
    // The deputy signs in the head's place: "KT." (ký thay) and the head's title.
    authority += std::string(authority.empty() ? "" : "\n") + "KT. " + title.substr(deputy.size());
  }
  return {.authority = authority, .title = title, .name = d.signer_name, .note = ""};
}

void issuer_closing(thuky::doc::Document& doc, const Plan& p,
                    const std::vector<std::string>& also) {
  std::vector<std::string> recipients, named;
  for (const auto& line : p.document.recipients) {
    recipients.push_back("- " + line);
    named.push_back(thuky::text::search_key(line.substr(0, line.find_last_not_of(" ;.") + 1)));
  }
  for (const auto& line : also) {
    const std::string key = thuky::text::search_key(line);
    if (line.empty() || std::find(named.begin(), named.end(), key) != named.end())
      continue;
    named.push_back(key);
    add_recipient(recipients, "- " + line + ";");
  }
  recipients.push_back("- Lưu: VT.");
  doc.closing({recipients}, issuer_signature(p.document));
}

void keep_names(thuky::doc::Document& doc, const Plan& plan) {
  std::vector<std::string> people, places;
  for (const GroupDef& g : plan.groups) {
    for (const Member& m : g.members)
      people.push_back(m.name);
  }
  for (const LocalityDef& l : plan.localities)
    places.push_back(l.name);
  doc.people(people);
  doc.keep_together(places);
}

}  // namespace contact
