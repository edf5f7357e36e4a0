// `thuky document demo`: one document that uses every building block of the engine, to look
// at and to test the engine against.
#include <fmt/format.h>

#include <iostream>

#include "commands/builtin_commands.hpp"
#include "thuky/doc/document.hpp"
#include "thuky/text/format.hpp"

namespace thuky::host {
namespace {

using doc::Align;
using doc::Span;

void write_portrait(const Settings& settings, const std::filesystem::path& file) {
  doc::Document d(settings, {.title = "Biên bản buổi làm việc (mẫu)",
                             .author = "Ban Thường trực Ủy ban MTTQ tỉnh Hà Tĩnh",
                             .subject = "Mẫu trình bày theo Nghị định 30/2020/NĐ-CP",
                             .created_epoch = {}});
  d.header({.parent_body = {"ỦY BAN MTTQ VIỆT NAM", "TỈNH HÀ TĨNH"},
            .issuing_body = {"BAN THƯỜNG TRỰC"},
            .number = "Số: 05/BB-MTTQ-BTT",
            .place_date = text::format_place_date("Kỳ Anh", {2020, 9, 15})});
  d.title({"BIÊN BẢN", {"Buổi làm việc với Ban Thường trực Ủy ban MTTQ", "thị xã Kỳ Anh"}});
  d.bookmark("Thời gian, địa điểm, thành phần");
  d.paragraph({{"Thời gian bắt đầu: ", true},
               {"8 giờ 00 phút, " + text::format_date_long({2020, 9, 15}) + "."}});
  d.paragraph({{"Địa điểm: ", true}, {"Hội trường Ủy ban MTTQ thị xã Kỳ Anh."}});
  d.heading("Thành phần tham dự:");
  d.list(
      {"Về phía tỉnh: đồng chí Hà Văn Hùng, UVBTV Tỉnh ủy, Chủ tịch Ủy ban MTTQ tỉnh, Trưởng "
       "đoàn; các đồng chí Phó Chủ tịch Nguyễn Thị Mai Thuỷ, Thái Ngọc Hải, Hoàng Anh Đức.",
       "Về phía thị xã: đồng chí Đặng Văn Thành, Tỉnh uỷ viên, Bí thư Thị uỷ; đồng chí Phan Duy "
       "Vĩnh, Phó Bí thư Thường trực Thị uỷ, Chủ tịch HĐND thị xã."});
  d.bookmark("Nội dung");
  d.heading("Nội dung (theo diễn biến cuộc họp):");
  d.paragraph(
      {{"Từ đầu năm đến nay, MTTQ các cấp thị xã Kỳ Anh đã hỗ trợ làm 34 nhà ở trị giá trên "},
       {text::format_money(1.9e9), true},
       {", vận động và trao tặng " + text::format_integer(8600) + " suất quà trị giá "},
       {text::format_money(3.2e9), true},
       {"; vận động Nhân dân hiến " + text::format_integer(1841) + " m² đất, đóng góp " +
        text::format_integer(10928) + " ngày công; tỷ lệ hộ tham gia đạt "},
       {text::format_percent(45.37), false, true},
       {". Đoạn văn này căn đều hai bên, thụt đầu dòng 1 cm, cách đoạn 6 pt."}});

  auto table = d.table({{"STT", 0.6, Align::kCenter},
                        {"Nội dung", 4, Align::kLeft},
                        {"Đơn vị tính", 1.3, Align::kCenter},
                        {"Kết quả", 1.3, Align::kRight}});
  const std::vector<std::pair<std::string, long long>> rows = {
      {"Nhà ở hỗ trợ xây dựng", 34},
      {"Suất quà trao tặng", 8600},
      {"Diện tích đất Nhân dân hiến (m²)", 1841},
      {"Ngày công đóng góp", 10928},
      {"Tuyến đường đạt văn minh đô thị", 14}};
  for (int repeat = 0; repeat < 6; ++repeat) {
    for (std::size_t i = 0; i < rows.size(); ++i) {
      const std::size_t n = static_cast<std::size_t>(repeat) * rows.size() + i + 1;
      table.row({std::to_string(n),
                 rows[i].first + (repeat ? fmt::format(" (đợt {})", repeat + 1) : ""), "lượt",
                 text::format_integer(rows[i].second)});
    }
  }
  table.totals({"", "Tổng cộng", "", text::format_integer(6 * (34 + 8600 + 1841 + 10928 + 14))});
  table.finish();

  d.paragraph("Cuộc họp kết thúc vào 11 giờ 30 phút, ngày 15 tháng 9 năm 2020./.");
  d.signatures({{.authority = "", .title = "THƯ KÝ", .name = "Nguyễn Văn Thư", .note = ""},
                {.authority = "", .title = "CHỦ TỌA", .name = "Hà Văn Hùng", .note = ""}});
  d.signatures({{.authority = "", .title = "TỔ TRƯỞNG", .name = "Lê Văn An", .note = ""},
                {.authority = "", .title = "THƯ KÝ", .name = "Trần Thị Bình", .note = ""},
                {.authority = "", .title = "CỬ TRI", .name = "Phạm Văn Cường", .note = ""},
                {.authority = "", .title = "CỬ TRI", .name = "Đỗ Thị Dung", .note = ""}});
  d.closing(
      {{"- Thường trực Tỉnh ủy (b/c);", "- Ban Thường trực MTTQ thị xã Kỳ Anh;",
        "- Lưu: VT, Hồ sơ."}},
      {.authority = "TM. BAN THƯỜNG TRỰC", .title = "CHỦ TỊCH", .name = "Hà Văn Hùng", .note = ""});
  d.save(file);
}

void write_landscape(const Settings& settings, const std::filesystem::path& file) {
  doc::PageSetup page = doc::PageSetup::from(settings);
  page.landscape = true;
  doc::Document d(
      settings,
      {.title = "Danh sách (mẫu khổ ngang)", .author = "", .subject = "", .created_epoch = {}},
      page);
  d.title({"DANH SÁCH", {"Bảng rộng trên trang khổ ngang"}});
  auto table = d.table({{"STT", 0.5, Align::kCenter},
                        {"Họ và tên", 2.2},
                        {"Ngày sinh", 1.1, Align::kCenter},
                        {"Nam/Nữ", 0.8, Align::kCenter},
                        {"Dân tộc", 0.8},
                        {"Nghề nghiệp", 1.5},
                        {"Nơi cư trú", 2.5},
                        {"Ghi chú", 1}},
                       {.size = 12, .header_size = 12});
  const char* names[] = {"Nguyễn Văn An", "Trần Thị Bình", "Lê Văn Cường", "Phạm Thị Dung"};
  for (int i = 0; i < 40; ++i) {
    table.row({std::to_string(i + 1), names[i % 4],
               text::Date{1970 + i % 30, 1 + i % 12, 1 + i % 28}.dmy(), i % 2 ? "Nữ" : "Nam",
               "Kinh", "Làm ruộng", "Thôn Đông, phường Kỳ Thịnh, thị xã Kỳ Anh", ""});
  }
  table.finish();
  d.save(file);
}

}  // namespace

int run_document_demo(HostSession& session, const std::filesystem::path& out_dir) {
  const Settings& settings = session.settings();
  write_portrait(settings, out_dir / "demo.pdf");
  write_landscape(settings, out_dir / "demo-landscape.pdf");
  std::cout << fmt::format("Wrote {} and {}.\n", (out_dir / "demo.pdf").string(),
                           (out_dir / "demo-landscape.pdf").string());
  return 0;
}

}  // namespace thuky::host
