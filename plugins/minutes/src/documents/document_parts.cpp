#include "documents/document_parts.hpp"

#include <fmt/format.h>

#include <sstream>

#include "thuky/text/normalize.hpp"

#include "thuky/text/case.hpp"
#include "thuky/text/format.hpp"
#include "thuky/text/names.hpp"

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

std::vector<std::string> words_of(const std::string& text) {
  std::vector<std::string> out;
  std::istringstream in(text);
  for (std::string word; in >> word;)
    out.push_back(word);
  return out;
}

std::string joined(const std::vector<std::string>& words, std::size_t from, std::size_t to) {
  std::string out;
  for (std::size_t i = from; i < to; ++i)
    out += (out.empty() ? "" : " ") + words[i];
  return out;
}

// Where a title part starts naming the unit: its words from there on are the unit's first word
// and then some of the unit's words in order ("Ủy ban MTTQ tỉnh" in "Ủy ban MTTQ Việt Nam tỉnh
// Hà Tĩnh"), at least two, compared as names are (tone placement and case aside). The part's
// size when it does not.
std::size_t unit_start(const std::vector<std::string>& part, const std::vector<std::string>& unit) {
  std::vector<std::string> keys;
  for (const auto& w : unit)
    keys.push_back(thuky::text::match_key(w));
  for (std::size_t k = 0; k + 2 <= part.size(); ++k) {
    if (thuky::text::match_key(part[k]) != keys.front())
      continue;
    std::size_t at = 1;
    bool inside = true;
    for (std::size_t i = k + 1; i < part.size() && inside; ++i) {
      const std::string key = thuky::text::match_key(part[i]);
      while (at < keys.size() && keys[at] != key)
        ++at;
      inside = at < keys.size();
      ++at;
    }
    if (inside)
      return k;
  }
  return part.size();
}

}  // namespace

std::string document_number(const Meeting& m, const thuky::Settings& s,
                            const std::string& type_symbol, const std::string& number) {
  const std::string symbol =
      m.organiser.symbol.empty() ? s.organisation.symbol : m.organiser.symbol;
  std::string n = number.empty() ? m.number : number;
  if (n.size() == 1 && n[0] >= '0' && n[0] <= '9')
    n = "0" + n;  // Decree 30: 05, not 5
  return fmt::format("{}/{}{}", n, type_symbol, symbol.empty() ? "" : "-" + symbol);
}

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
  h.number = "Số: " + document_number(m, s, type_symbol, number);
  // The date line names the issuing body's seat (the organiser's, else organisation.place),
  // never the venue; a meeting file's place_name stands in only where neither is known.
  if (date) {
    const std::string& seat = !m.organiser.place.empty() ? m.organiser.place : s.organisation.place;
    h.place_date = thuky::text::format_place_date(seat.empty() ? m.place_name : seat, *date);
  }
  return h;
}

std::string attached_to_invitation(const Meeting& m, const thuky::Settings& s) {
  return fmt::format("Kèm theo Giấy mời số {} ngày {} của {}",
                     document_number(m, s, "GM", m.numbers.invitation),
                     thuky::text::format_date_short(issue_date(m)), organiser_name(m, s));
}

std::string title_with_unit(const Participant& p) {
  if (p.unit.empty())
    return p.title;
  if (p.title.empty())
    return p.unit;
  const std::vector<std::string> unit = words_of(p.unit);
  std::vector<std::string> parts;
  std::istringstream in(p.title);
  for (std::string part; std::getline(in, part, ',');)
    parts.push_back(thuky::text::clean_text(part));
  for (auto& part : parts) {
    const std::vector<std::string> words = words_of(part);
    if (const std::size_t k = unit_start(words, unit); k < words.size()) {
      part = joined(words, 0, k) + (k > 0 ? " " : "") + p.unit;
      std::string out;
      for (const auto& q : parts)
        out += (out.empty() ? "" : ", ") + q;
      return out;
    }
  }
  return p.title + ", " + p.unit;
}

bool is_signer(const Meeting& m, const Participant& p) {
  const std::string signer =
      m.organiser.signer_name.empty() ? m.chair.name : m.organiser.signer_name;
  return thuky::text::match_key(p.name) == thuky::text::match_key(signer);
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

std::string time_span(const Meeting& m) {
  return fmt::format("từ {} đến {}, {}",
                     thuky::text::format_time(m.starts.hour, m.starts.minute, true),
                     thuky::text::format_time(m.ends.hour, m.ends.minute, true),
                     thuky::text::format_date_long(m.starts.date));
}

void time_and_place(thuky::doc::Document& d, const Meeting& m, bool end_mark) {
  using thuky::doc::Span;
  d.paragraph({Span{"Thời gian: ", true}, Span{time_span(m) + "."}});
  d.paragraph({Span{"Địa điểm: ", true},
               Span{end_mark ? thuky::text::with_end_mark(m.place) : m.place + "."}});
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

namespace minutes {

void name_names(thuky::doc::Document& d, const Meeting& m) {
  std::vector<std::string> people = {m.chair.name, m.secretary.name, m.organiser.signer_name};
  std::vector<std::string> terms = {m.place_name};
  for (const auto& delegation : m.delegations) {
    for (const auto& p : delegation.members) {
      (p.code.empty() ? terms : people).push_back(p.name);
    }
  }
  d.people(people);
  d.keep_together(terms);
}

}  // namespace minutes
