// Danh sách đại biểu (sign-in sheet): grouped by delegation, columns from the configuration.
// Like the agenda it is an attachment of the invitation: no header, number or date line.
#include <algorithm>

#include "documents/document_parts.hpp"
#include "documents/documents.hpp"
#include "thuky/text/case.hpp"
#include "thuky/text/format.hpp"

namespace minutes {

void write_attendance_sheet(const Meeting& m, const thuky::doc::Documents& docs,
                            const DocumentOptions& o, const std::filesystem::path& file) {
  const thuky::Settings& s = docs.settings();
  using thuky::doc::Align;
  using thuky::doc::Span;
  thuky::doc::Document d = docs.make(info(m, "Danh sách đại biểu"));
  name_names(d, m);
  d.title({"DANH SÁCH ĐẠI BIỂU THAM DỰ", {m.title}, "", attached_to_invitation(m, s)});
  time_and_place(d, m);

  // Title and unit side by side repeat each other ("Chủ tịch Ủy ban MTTQ tỉnh" | "Ủy ban MTTQ
  // Việt Nam tỉnh Hà Tĩnh"): with both asked for, one column prints them as one phrase.
  std::vector<SheetColumn> shown;
  const auto asked = [&](SheetColumn c) {
    return std::find(o.sheet_columns.begin(), o.sheet_columns.end(), c) != o.sheet_columns.end();
  };
  const bool merged = asked(SheetColumn::kTitle) && asked(SheetColumn::kUnit);
  for (SheetColumn c : o.sheet_columns) {
    if (!(merged && c == SheetColumn::kUnit))
      shown.push_back(c);
  }
  std::vector<thuky::doc::TableColumn> columns;
  for (SheetColumn c : shown) {
    switch (c) {
      case SheetColumn::kNumber:
        columns.push_back({"STT", 0.6, Align::kCenter});
        break;
      case SheetColumn::kName:
        columns.push_back({"Họ và tên", 2.4, Align::kLeft});
        break;
      case SheetColumn::kTitle:
        columns.push_back(merged ? thuky::doc::TableColumn{"Chức vụ, đơn vị", 4.2, Align::kLeft}
                                 : thuky::doc::TableColumn{"Chức vụ", 2.4, Align::kLeft});
        break;
      case SheetColumn::kUnit:
        columns.push_back({"Đơn vị", 2.2, Align::kLeft});
        break;
      case SheetColumn::kPhone:
        columns.push_back({"Điện thoại", 1.4, Align::kLeft});
        break;
      case SheetColumn::kSignature:
        columns.push_back({"Ký tên", 1.6, Align::kCenter});
        break;
    }
  }
  thuky::doc::TableStyle style;
  style.size = 12;
  style.header_size = 12;
  style.row_min_height_pt = s.document.signature_row_mm * 72.0 / 25.4;  // room to sign
  auto table = d.table(columns, style);
  int number = 0;
  for (const auto& delegation : m.delegations) {
    table.section(delegation.name);
    for (const auto& p : delegation.members) {
      ++number;
      thuky::doc::TableRow row;
      for (SheetColumn c : shown) {
        switch (c) {
          case SheetColumn::kNumber:
            row.emplace_back(std::to_string(number));
            break;
          case SheetColumn::kName:
            row.emplace_back(p.name);
            break;
          case SheetColumn::kTitle:
            row.emplace_back(merged ? title_with_unit(p) : p.title);
            break;
          case SheetColumn::kUnit:
            row.emplace_back(p.unit);
            break;
          case SheetColumn::kPhone:
            row.emplace_back("");
            break;
          case SheetColumn::kSignature:
            row.emplace_back("");
            break;
        }
      }
      table.row(row);
    }
  }
  table.finish();
  d.paragraph({Span{"Tổng số: " + std::to_string(number) + " đại biểu được mời.", false, true}});
  d.save(file);
}

}  // namespace minutes
