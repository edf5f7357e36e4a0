#include "people/prepared_person.hpp"

#include <optional>
#include <utility>

#include "people/people_messages.hpp"
#include "thuky/doc/glyph_coverage.hpp"
#include "thuky/text/name_check.hpp"
#include "thuky/text/normalize.hpp"
#include "thuky/text/partial_date.hpp"
#include "thuky/text/utf8.hpp"

namespace thuky::people {

PreparedPerson prepare_person(const PersonInput& raw, const InputLocation& where,
                              const text::NameOrder& order) {
  PreparedPerson p;
  PersonInput& in = p.in;
  in = raw;
  for (std::string* s : {&in.code, &in.full_name, &in.family, &in.middle, &in.given, &in.title,
                         &in.unit, &in.gender, &in.phone, &in.email}) {
    if (s->empty())
      continue;
    text::require_unicode_text(*s, where);
    *s = text::clean_text(*s);
  }
  // Every way in (the import, `people add`, a page, a plugin's upsert) meets the one name rule.
  for (const auto& [name, label] :
       {std::pair{&in.full_name, "Họ và tên"}, std::pair{&in.family, "Họ"},
        std::pair{&in.middle, "Tên đệm"}, std::pair{&in.given, "Tên"}}) {
    *name = text::clean_name(*name);
    if (auto problem = text::name_problem(*name)) {
      InputLocation at = where;
      at.field = label;
      throw MessageError(at, std::move(*problem));
    }
  }
  if (in.full_name.empty()) {
    InputLocation at = where;
    at.field = "Họ và tên";
    throw MessageError(at, Message(msg::kNeedsName));
  }
  // What is printed of a person must be printable by the configured fonts.
  for (const auto& [value, label] :
       {std::pair{&in.full_name, "Họ và tên"}, std::pair{&in.title, "Chức vụ"},
        std::pair{&in.unit, "Đơn vị"}}) {
    if (auto problem = doc::unprintable(*value)) {
      InputLocation at = where;
      at.field = label;
      throw UserError(at, *problem);
    }
  }
  p.parts = in.given.empty() ? text::split_name(in.full_name)
                             : text::NameParts{in.family, in.middle, in.given};
  p.match_key = text::match_key(in.full_name);
  p.search_key = text::search_key(in.full_name);
  p.sort_key = person_sort_key(order, in.full_name, p.parts, in.birth_date);
  return p;
}

std::string person_sort_key(const text::NameOrder& order, const std::string& full_name,
                            const text::NameParts& parts, const std::string& birth_date) {
  std::optional<text::Date> birth;
  if (const auto d = text::PartialDate::parse_stored(birth_date))
    birth = d->effective();  // the law's rule for unknown day and month
  return order.sort_key(text::ListedPerson{full_name, parts, birth});
}

}  // namespace thuky::people
