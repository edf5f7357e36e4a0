#include <fmt/format.h>

#include <chrono>

#include "thuky/people.hpp"

namespace thuky {

std::string implausible_birth_year(int year) {
  constexpr int kEarliest = 1900;  // nobody on a list today was born before
  const int now = static_cast<int>(std::chrono::year_month_day{
      std::chrono::floor<std::chrono::days>(std::chrono::system_clock::now())}
                                       .year());
  if (year >= kEarliest && year <= now)
    return {};
  return fmt::format("the birth year {} is not plausible (expected {} to {}): check the year", year,
                     kEarliest, now);
}

const table::TableSchema& people_schema() {
  using table::FieldType;
  static const table::TableSchema schema{
      "people",
      {
          {.key = "code", .label = "Mã", .aliases = {"Mã số", "code"}},
          {.key = "name",
           .label = "Họ và tên",
           .type = FieldType::kPersonName,
           .required = true,
           .aliases = {"Họ tên", "Họ và tên đệm"}},
          {.key = "family", .label = "Họ", .type = FieldType::kPersonName},
          {.key = "middle", .label = "Tên đệm", .type = FieldType::kPersonName, .aliases = {"Đệm"}},
          {.key = "given", .label = "Tên", .type = FieldType::kPersonName},
          {.key = "title", .label = "Chức vụ"},
          {.key = "unit", .label = "Đơn vị", .aliases = {"Cơ quan", "Nơi công tác"}},
          {.key = "gender",
           .label = "Giới tính",
           .type = FieldType::kEnum,
           .choices = {{"nam", {"M", "male"}}, {"nữ", {"F", "female"}}}},
          {.key = "birth_date",
           .label = "Ngày sinh",
           .type = FieldType::kDate,
           .aliases = {"Ngày tháng năm sinh", "Năm sinh"},
           .partial_date = true,
           .check =
               [](const table::Value& v) {
                 return v.date ? implausible_birth_year(v.date->year) : std::string();
               }},
          {.key = "phone",
           .label = "Điện thoại",
           .type = FieldType::kPhone,
           .aliases = {"Số điện thoại", "SĐT", "ĐT"}},
          {.key = "email", .label = "Email", .type = FieldType::kEmail, .aliases = {"Thư điện tử"}},
      }};
  return schema;
}

}  // namespace thuky
