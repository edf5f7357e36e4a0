#include "person_fields.hpp"

#include "delegates_messages.hpp"
#include "rules.hpp"

namespace delegates {

using thuky::table::FieldType;

std::vector<thuky::table::Field> name_fields() {
  // kPersonName: the host's one rule of what a name is (thuky/text/name_check.hpp).
  return {{.key = "name",
           .label = "Họ và tên",
           .type = FieldType::kPersonName,
           .required = true,
           .aliases = {"Họ tên"}},
          {.key = "family", .label = "Họ", .type = FieldType::kPersonName},
          {.key = "middle", .label = "Tên đệm", .type = FieldType::kPersonName, .aliases = {"Đệm"}},
          {.key = "given", .label = "Tên", .type = FieldType::kPersonName}};
}

std::optional<thuky::Message> age_problem(const thuky::text::PartialDate& birth,
                                          const thuky::text::Date& day, int min_age, Who who) {
  if (old_enough(birth, day, min_age))
    return std::nullopt;
  return thuky::Message(msg::kTooYoung, {{"birth", birth.dmy()},
                                         {"age", std::to_string(thuky::text::age_on(birth, day))},
                                         {"day", day.dmy()},
                                         {"who", who.english, who.vietnamese},
                                         {"min", std::to_string(min_age)}});
}

thuky::table::Field birth_field() {
  return {.key = "birth",
          .label = "Ngày sinh",
          .type = FieldType::kDate,
          .required = true,
          .aliases = {"Ngày, tháng, năm sinh"},
          .partial_date = true};
}

thuky::table::Field gender_field(std::vector<std::string> aliases) {
  return {.key = "gender",
          .label = "Giới tính",
          .type = FieldType::kEnum,
          .required = true,
          .aliases = std::move(aliases),
          .choices = {{"nam", {"M", "male"}}, {"nữ", {"F", "female"}}}};
}

}  // namespace delegates
