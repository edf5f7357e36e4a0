#include "thuky/people.hpp"

namespace thuky {

const table::TableSchema& people_schema() {
  using table::FieldType;
  static const table::TableSchema schema{
      "people",
      {
          {.key = "code", .label = "Mã", .aliases = {"Mã số", "code"}},
          {.key = "name",
           .label = "Họ và tên",
           .required = true,
           .aliases = {"Họ tên", "Họ và tên đệm"}},
          {.key = "family", .label = "Họ"},
          {.key = "middle", .label = "Tên đệm", .aliases = {"Đệm"}},
          {.key = "given", .label = "Tên"},
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
           .partial_date = true},
          {.key = "phone",
           .label = "Điện thoại",
           .type = FieldType::kPhone,
           .aliases = {"Số điện thoại", "SĐT", "ĐT"}},
          {.key = "email", .label = "Email", .type = FieldType::kEmail, .aliases = {"Thư điện tử"}},
      }};
  return schema;
}

}  // namespace thuky
