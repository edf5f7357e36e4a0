#include "plan_document.hpp"

#include <fmt/format.h>

#include <sstream>

#include "thuky/doc/document.hpp"
#include "thuky/text/case.hpp"
#include "thuky/text/format.hpp"

namespace contact {
namespace {

using thuky::text::format_date_long;
using thuky::text::format_time;

std::vector<std::string> lines_or(const std::vector<std::string>& lines,
                                  const std::string& fallback) {
  std::vector<std::string> out = lines;
  if (out.empty()) {
    std::istringstream in(fallback);
    for (std::string line; std::getline(in, line);) {
      if (!line.empty())
        out.push_back(line);
    }
  }
  for (auto& line : out)
    line = thuky::text::to_upper(line);
  return out;
}

// "Sáng thứ Hai, 23/11/2026 (7 giờ 30 - 10 giờ 30)"
std::string when(const ScheduleRow& r) {
  return fmt::format("{} {}, {}\n({} - {})", r.slot->name, weekday_name(r.date), r.date.dmy(),
                     format_time(r.slot->starts / 60, r.slot->starts % 60),
                     format_time(r.slot->ends / 60, r.slot->ends % 60));
}

}  // namespace

thuky::doc::HeaderBlock issuer_header(const Plan& p, const thuky::Settings& s,
                                      const std::string& type, std::string number,
                                      const Date& issued) {
  const PlanDocument& d = p.document;
  thuky::doc::HeaderBlock h;
  h.parent_body = lines_or(d.parent_body, s.organisation.parent_body);
  h.issuing_body = lines_or(d.issuing_body, s.organisation.issuing_body);
  if (number.size() == 1 && number[0] >= '0' && number[0] <= '9')
    number = "0" + number;  // Decree 30: 05, not 5
  // The plan's symbol ("KH-HĐND") with its type replaced; else the organisation's after `type`.
  std::string symbol = d.symbol;
  if (symbol.rfind("KH", 0) == 0)
    symbol = type + symbol.substr(2);
  else
    symbol = type + (symbol.empty() && !s.organisation.symbol.empty() ? "-" : "") +
             (symbol.empty() ? s.organisation.symbol : "-" + symbol);
  h.number = fmt::format("Số: {}/{}", number.empty() ? "    " : number, symbol);
  h.place_date = thuky::text::format_place_date(d.place_name, issued);
  return h;
}

void issuer_closing(thuky::doc::Document& doc, const Plan& p) {
  std::vector<std::string> recipients;
  for (const auto& line : p.document.recipients)
    recipients.push_back("- " + line);
  recipients.push_back("- Lưu: VT.");
  doc.closing({recipients}, {.authority = p.document.signer_authority,
                             .title = p.document.signer_title,
                             .name = p.document.signer_name,
                             .note = ""});
}

void write_plan_document(const Plan& p, const ScheduleRows& rows, const thuky::Settings& s,
                         const std::filesystem::path& file) {
  thuky::doc::Document doc(s, {.title = "Kế hoạch - " + p.title,
                               .author = p.document.signer_name,
                               .subject = p.council_session,
                               .created_epoch = {}});
  doc.header(issuer_header(p, s, "KH", p.document.number,
                           p.document.issued ? *p.document.issued : p.from));
  doc.title({"KẾ HOẠCH", {p.title}});
  doc.heading("I. THỜI GIAN, THÀNH PHẦN");
  doc.paragraph(fmt::format("1. Thời gian: từ {} đến {}, {} {} (từ {} đến {}).",
                            format_date_long(p.from), format_date_long(p.to),
                            p.timing == "before" ? "trước" : "sau", p.council_session,
                            format_date_long(p.session_starts), format_date_long(p.session_ends)));
  doc.paragraph(
      "2. Thành phần: các Tổ đại biểu Hội đồng nhân dân; đại diện Ủy ban Mặt trận Tổ quốc Việt "
      "Nam và Ủy ban nhân dân các xã, phường nơi tiếp xúc; cử tri được mời.");
  doc.heading("II. LỊCH TIẾP XÚC CỬ TRI");
  {
    auto table = doc.table({{"STT", 0.7, thuky::doc::Align::kCenter},
                            {"Thời gian", 1.7},
                            {"Xã, phường", 1.2},
                            {"Địa điểm", 1.9},
                            {"Tổ đại biểu", 2.1},
                            {"Chủ trì", 1.6}},
                           {.size = 11, .header_size = 11});
    int n = 0;
    for (const ScheduleRow& r : rows.rows) {
      std::string place = r.venue->name;
      if (!r.venue->address.empty())
        place += "\n" + r.venue->address;
      table.row({std::to_string(++n), when(r), r.locality->name, place,
                 std::vector<thuky::doc::Span>{{r.group->name + ": ", true}, {r.member_names}},
                 r.locality->chair});
    }
  }
  doc.heading("III. TỔ CHỨC THỰC HIỆN");
  doc.paragraph(
      "1. Ủy ban Mặt trận Tổ quốc Việt Nam các xã, phường chủ trì, phối hợp với Ủy ban nhân dân "
      "cùng cấp chuẩn bị địa điểm, thông báo và mời cử tri dự; cử đại diện chủ trì hội nghị.");
  doc.paragraph(
      "2. Các Tổ đại biểu chuẩn bị nội dung báo cáo, tiếp thu, giải trình ý kiến của cử tri; "
      "tổng hợp ý kiến, kiến nghị của cử tri gửi Thường trực Hội đồng nhân dân./.");
  issuer_closing(doc, p);
  doc.save(file);
}

}  // namespace contact
