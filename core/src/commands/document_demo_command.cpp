// `thuky document demo`: one document that uses every building block of the engine, to look
// at and to test the engine against.
#include <fmt/format.h>

#include <iostream>
#include <tuple>

#include "commands/builtin_commands.hpp"
#include "thuky/doc/document.hpp"
#include "thuky/text/format.hpp"

namespace thuky::host {
namespace {

using doc::Align;
using doc::Span;

// A report of the Kỳ Anh town Front committee (figures from the 2020 news report of the
// province's working session): header, title, labelled lines, a heading with a list, prose with
// bold and italic figures, a table with totals, a signature beside "Nơi nhận".
void write_portrait(const Settings& settings, const std::filesystem::path& file) {
  doc::Document d(settings, {.title = "Báo cáo kết quả công tác Mặt trận 9 tháng đầu năm 2020",
                             .author = "Ban Thường trực Ủy ban MTTQ Việt Nam thị xã Kỳ Anh",
                             .subject = "Báo cáo số 25/BC-MTTQ-BTT ngày 10/9/2020",
                             .created_epoch = {}});
  d.header({.parent_body = {"ỦY BAN MTTQ VIỆT NAM", "THỊ XÃ KỲ ANH"},
            .issuing_body = {"BAN THƯỜNG TRỰC"},
            .number = "Số: 25/BC-MTTQ-BTT",
            .place_date = text::format_place_date("Kỳ Anh", {2020, 9, 10})});
  d.title({"BÁO CÁO",
           {"Kết quả công tác Mặt trận 9 tháng đầu năm 2020, phương hướng, nhiệm vụ 3 tháng cuối "
            "năm 2020"},
           "",
           ""});
  d.bookmark("Kết quả");
  d.heading("I. KẾT QUẢ THỰC HIỆN");
  d.paragraph(
      {{"Từ đầu năm đến nay, MTTQ các cấp thị xã Kỳ Anh đã hỗ trợ làm 34 nhà ở trị giá trên "},
       {text::format_money(1.9e9), true},
       {", vận động và trao tặng " + text::format_integer(8600) + " suất quà trị giá "},
       {text::format_money(3.2e9), true},
       {" cho các hộ nghèo, hộ có hoàn cảnh khó khăn; vận động Nhân dân hiến " +
        text::format_integer(1841) + " m² đất, đóng góp " + text::format_integer(10928) +
        " ngày công; tỷ lệ hộ tham gia Cuộc vận động “Toàn dân đoàn kết xây dựng nông thôn mới, "
        "đô thị văn minh” đạt "},
       {text::format_percent(45.37), false, true},
       {"."}});
  d.paragraph("Kết quả một số phần việc cụ thể như sau:");
  auto table = d.table({{"STT", 0.6, Align::kCenter},
                        {"Nội dung", 4, Align::kLeft},
                        {"Đơn vị tính", 1.3, Align::kCenter},
                        {"Kết quả", 1.3, Align::kRight}});
  const std::vector<std::tuple<std::string, std::string, long long>> rows = {
      {"Nhà ở hỗ trợ xây dựng cho hộ nghèo", "nhà", 34},
      {"Suất quà trao tặng hộ có hoàn cảnh khó khăn", "suất", 8600},
      {"Diện tích đất Nhân dân hiến làm đường", "m²", 1841},
      {"Ngày công Nhân dân đóng góp", "ngày công", 10928},
      {"Tuyến đường đạt chuẩn văn minh đô thị", "tuyến", 14}};
  int n = 0;
  for (const auto& [what, unit, value] : rows)
    table.row({std::to_string(++n), what, unit, text::format_integer(value)});
  table.row({std::to_string(++n), "Giá trị nhà ở và quà tặng", "triệu đồng",
             text::format_integer(5'100)});
  table.finish();
  d.paragraph("Danh sách các hộ được hỗ trợ làm nhà ở tại Phụ lục kèm theo.");
  d.bookmark("Phương hướng");
  d.heading("II. PHƯƠNG HƯỚNG, NHIỆM VỤ 3 THÁNG CUỐI NĂM 2020");
  d.list(
      {"Cụ thể hóa Nghị quyết Đại hội Đảng bộ thị xã lần thứ II, nhiệm kỳ 2020 - 2025 gắn với "
       "nhiệm vụ của Mặt trận; xây dựng chương trình hành động.",
       "Phối hợp tổ chức tiếp xúc cử tri trước kỳ họp cuối năm của Hội đồng nhân dân các cấp; "
       "tổng hợp ý kiến, kiến nghị của cử tri theo luật định.",
       "Chuẩn bị cho công tác bầu cử đại biểu Quốc hội và đại biểu Hội đồng nhân dân các cấp "
       "nhiệm kỳ 2021 - 2026."});
  d.paragraph(text::with_end_mark(
      "Trên đây là báo cáo kết quả công tác Mặt trận 9 tháng đầu năm 2020 của Ban Thường trực "
      "Ủy ban MTTQ Việt Nam thị xã Kỳ Anh"));
  d.closing(
      {{"- Ban Thường trực Ủy ban MTTQ tỉnh (để b/c);", "- Thường trực Thị ủy (để b/c);",
        "- Các tổ chức thành viên;", "- Ủy ban MTTQ các xã, phường;", "- Lưu: VT."}},
      {.authority = "TM. BAN THƯỜNG TRỰC", .title = "CHỦ TỊCH", .name = "Lê Văn Tâm", .note = ""});
  d.save(file);
}

// The report's appendix on landscape pages: a table too wide for portrait, with the appendix
// caption naming the report it goes with.
void write_landscape(const Settings& settings, const std::filesystem::path& file) {
  doc::PageSetup page = doc::PageSetup::from(settings);
  page.landscape = true;
  doc::Document d(settings,
                  {.title = "Phụ lục: danh sách hộ được hỗ trợ làm nhà ở năm 2020",
                   .author = "Ban Thường trực Ủy ban MTTQ Việt Nam thị xã Kỳ Anh",
                   .subject = "Kèm theo Báo cáo số 25/BC-MTTQ-BTT ngày 10/9/2020",
                   .created_epoch = {}},
                  page);
  d.title({"DANH SÁCH HỘ ĐƯỢC HỖ TRỢ LÀM NHÀ Ở NĂM 2020",
           {},
           "Phụ lục",
           "Kèm theo Báo cáo số 25/BC-MTTQ-BTT ngày 10/9/2020 của Ban Thường trực Ủy ban MTTQ "
           "Việt Nam thị xã Kỳ Anh"});
  auto table = d.table({{"STT", 0.5, Align::kCenter},
                        {"Chủ hộ", 2.2},
                        {"Năm sinh", 0.9, Align::kCenter},
                        {"Nam/Nữ", 0.8, Align::kCenter},
                        {"Dân tộc", 0.8},
                        {"Hoàn cảnh", 2},
                        {"Nơi cư trú", 2.6},
                        {"Mức hỗ trợ (đồng)", 1.4, Align::kRight}},
                       {.size = 12, .header_size = 12});
  const char* family[] = {"Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Võ", "Đặng"};
  const char* middle_m[] = {"Văn", "Đình", "Xuân", "Hữu"};
  const char* middle_f[] = {"Thị", "Thị Thu", "Thị Minh"};
  const char* given_m[] = {"An", "Bình", "Cường", "Dũng", "Hải", "Long", "Sơn"};
  const char* given_f[] = {"Hoa", "Lan", "Mai", "Nga", "Thủy"};
  const char* situation[] = {"Hộ nghèo", "Hộ cận nghèo", "Người cao tuổi sống một mình",
                             "Gia đình chính sách"};
  const char* place[] = {"Thôn Đông, xã Kỳ Hoa", "Tổ dân phố Hưng Hòa, phường Kỳ Thịnh",
                         "Thôn Minh Huệ, xã Kỳ Nam", "Tổ dân phố Hoành Nam, phường Kỳ Long",
                         "Thôn Tân Hà, xã Kỳ Hà"};
  for (int i = 0; i < 34; ++i) {
    const bool woman = i % 3 == 1;
    const std::string name = std::string(family[i % 7]) + " " +
                             (woman ? middle_f[i % 3] : middle_m[i % 4]) + " " +
                             (woman ? given_f[i % 5] : given_m[(i / 2) % 7]);
    table.row({std::to_string(i + 1), name, std::to_string(1940 + (i * 7) % 45),
               woman ? "Nữ" : "Nam", "Kinh", situation[i % 4], place[i % 5],
               text::format_integer(i % 3 == 0 ? 60'000'000 : 55'000'000)});
  }
  table.totals({"", "Cộng: 34 hộ", "", "", "", "", "", text::format_integer(1'930'000'000)});
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
