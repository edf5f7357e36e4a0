#include "thuky/organisations.hpp"

namespace thuky {

const table::TableSchema& organisations_schema() {
  // Header names as an office would write them; the header lines of Decree 30 are separated by
  // "|" within a cell.
  static const table::TableSchema schema{
      "organisations",
      {
          {.key = "code", .label = "Mã", .required = true, .aliases = {"Mã cơ quan", "Mã đơn vị"}},
          {.key = "name",
           .label = "Tên",
           .required = true,
           .aliases = {"Tên cơ quan", "Tên đơn vị", "Tên đầy đủ"}},
          {.key = "short_name", .label = "Tên gọi tắt", .aliases = {"Tên viết tắt"}},
          {.key = "parent", .label = "Mã cấp trên", .aliases = {"Thuộc", "Cơ quan cấp trên"}},
          {.key = "area", .label = "Mã địa bàn", .aliases = {"Địa bàn", "Mã đơn vị hành chính"}},
          {.key = "parent_body",
           .label = "Cơ quan chủ quản",
           .aliases = {"Tên cơ quan chủ quản", "Dòng trên"}},
          {.key = "issuing_body",
           .label = "Cơ quan ban hành",
           .required = true,
           .aliases = {"Tên cơ quan ban hành", "Dòng dưới"}},
          {.key = "symbol", .label = "Ký hiệu", .aliases = {"Chữ viết tắt"}},
          {.key = "place", .label = "Địa danh", .aliases = {"Trụ sở"}},
          {.key = "signer_authority", .label = "Thẩm quyền ký", .aliases = {"Quyền hạn ký"}},
          {.key = "signer_title", .label = "Chức vụ người ký"},
          {.key = "signer_name", .label = "Người ký", .aliases = {"Họ và tên người ký"}},
      }};
  return schema;
}

}  // namespace thuky
