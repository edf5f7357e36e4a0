#include "person_fields.hpp"

#include <fmt/format.h>

#include "rules.hpp"

namespace delegates {

using thuky::table::FieldType;

std::vector<thuky::table::Field> name_fields() {
  return {{.key = "name", .label = "Họ và tên", .required = true, .aliases = {"Họ tên"}},
          {.key = "family", .label = "Họ"},
          {.key = "middle", .label = "Tên đệm", .aliases = {"Đệm"}},
          {.key = "given", .label = "Tên"}};
}

std::string age_problem(const thuky::text::PartialDate& birth, const thuky::text::Date& day,
                        int min_age, const std::string& who) {
  if (old_enough(birth, day, min_age))
    return {};
  return fmt::format("{} is {} on election day {}; {} must be at least {}", birth.dmy(),
                     thuky::text::age_on(birth, day), day.dmy(), who, min_age);
}

thuky::table::Field birth_field(const thuky::text::Date& day, int min_age, std::string who) {
  return {.key = "birth",
          .label = "Ngày sinh",
          .type = FieldType::kDate,
          .required = true,
          .aliases = {"Ngày, tháng, năm sinh"},
          .partial_date = true,
          .check = [day, min_age, who](const thuky::table::Value& v) -> std::string {
            return v.date ? age_problem(*v.date, day, min_age, who) : std::string();
          }};
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
