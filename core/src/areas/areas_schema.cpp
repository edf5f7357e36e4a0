#include "thuky/areas.hpp"

namespace thuky {

const table::TableSchema& areas_schema() {
  using table::FieldType;
  // Header names as the official lists (danh mục đơn vị hành chính) and offices write them.
  static const table::TableSchema schema{
      "areas",
      {
          {.key = "code", .label = "Mã", .required = true, .aliases = {"Mã số", "Mã đơn vị"}},
          {.key = "name",
           .label = "Tên",
           .required = true,
           .aliases = {"Tên đơn vị", "Tên đơn vị hành chính"}},
          {.key = "kind", .label = "Cấp", .required = true, .aliases = {"Loại", "Loại hình"}},
          {.key = "parent", .label = "Mã cấp trên", .aliases = {"Mã đơn vị cấp trên", "Thuộc"}},
          {.key = "valid_from", .label = "Hiệu lực từ", .type = FieldType::kDate},
          {.key = "valid_to", .label = "Hiệu lực đến", .type = FieldType::kDate},
      }};
  return schema;
}

}  // namespace thuky
