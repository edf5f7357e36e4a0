#include "person_json.hpp"

#include <fmt/format.h>

#include "thuky/error.hpp"
#include "thuky/text/partial_date.hpp"

namespace thuky::web {

nlohmann::json person_json(const Person& p) {
  return {{"code", p.code},
          {"name", p.full_name},
          {"title", p.title},
          {"unit", p.unit},
          {"gender", p.gender},
          {"birth_date", p.birth_date},
          {"phone", p.phone},
          {"email", p.email},
          {"version", p.version},
          {"changed_at", p.changed_at},
          {"changed_by", p.changed_by}};
}

namespace {

std::string text_field(const nlohmann::json& body, const char* key) {
  if (!body.contains(key) || body[key].is_null())
    return {};
  if (!body[key].is_string())
    throw UserError(InputLocation{"", 0, 0, key}, fmt::format("'{}' must be text", key));
  return body[key].get<std::string>();
}

}  // namespace

PersonInput person_input_from(const nlohmann::json& body) {
  if (!body.is_object())
    throw UserError("the request body must be a JSON object");
  PersonInput p;
  p.full_name = text_field(body, "name");
  if (p.full_name.find_first_not_of(' ') == std::string::npos)
    throw UserError(InputLocation{"", 0, 0, "name"}, "the name is empty");
  p.title = text_field(body, "title");
  p.unit = text_field(body, "unit");
  p.gender = text_field(body, "gender");
  if (!p.gender.empty() && p.gender != "nam" && p.gender != "nữ")
    throw UserError(InputLocation{"", 0, 0, "gender"}, "the gender is 'nam', 'nữ' or empty");
  p.phone = text_field(body, "phone");
  p.email = text_field(body, "email");
  const std::string birth = text_field(body, "birth_date");
  if (!birth.empty()) {
    const auto date = text::PartialDate::parse(birth, true);
    if (!date) {
      throw UserError(
          InputLocation{"", 0, 0, "birth_date"},
          fmt::format("'{}' is not a date like 15/09/1970 (or 09/1970, or 1970)", birth));
    }
    if (auto problem = implausible_birth_year(date->year); !problem.empty())
      throw UserError(InputLocation{"", 0, 0, "birth_date"}, problem);
    p.birth_date = date->stored();
  }
  return p;
}

}  // namespace thuky::web
