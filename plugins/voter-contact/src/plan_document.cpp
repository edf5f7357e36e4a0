#include "plan_document.hpp"

#include <fmt/format.h>

#include <algorithm>

#include "issuer.hpp"
#include "place_names.hpp"
#include "thuky/doc/document.hpp"
#include "thuky/text/case.hpp"
#include "thuky/text/format.hpp"

namespace contact {
namespace {

using thuky::text::format_date_long;
using thuky::text::format_time;

// "Sáng thứ Hai, 23/11/2026\n(7 giờ 30 - 10 giờ 30)"
std::string when(const ScheduleRow& r) {
  return fmt::format("{} {}, {}\n({} - {})", r.slot->name, weekday_name(r.date), r.date.dmy(),
                     format_time(r.slot->starts / 60, r.slot->starts % 60),
                     format_time(r.slot->ends / 60, r.slot->ends % 60));
}

std::string joined(const std::vector<std::string>& lines, const std::string& separator) {
  std::string out;
  for (const auto& line : lines)
    out += (out.empty() ? "" : separator) + line;
  return out;
}

// "Tổ đại biểu số 1: Trần Văn Hải, Phan Thị Hoài, Võ Quang Minh": the heading of a group's rows.
std::string group_heading(const GroupDef& g) {
  std::vector<std::string> names;
  for (const Member& m : g.members)
    names.push_back(m.name);
  return g.name + ": " + joined(names, ", ");
}

}  // namespace

void write_plan_document(const Plan& p, const ScheduleRows& rows, const thuky::Settings& s,
                         const std::filesystem::path& file) {
  thuky::doc::Document doc(s, {.title = "Kế hoạch - " + p.title,
                               .author = p.document.signer_name,
                               .subject = p.council_session,
                               .created_epoch = {}});
  keep_names(doc, p);
  doc.header(issuer_header(p, s, "KH", p.document.number,
                           p.document.issued ? *p.document.issued : p.from));
  doc.title({"KẾ HOẠCH", {p.title}});
  doc.heading("I. THỜI GIAN, THÀNH PHẦN");
  doc.paragraph(fmt::format("1. Thời gian: từ {} đến {}, {} {} (từ {} đến {}).",
                            format_date_long(p.from), format_date_long(p.to),
                            p.timing == "before" ? "trước" : "sau", p.council_session,
                            format_date_long(p.session_starts), format_date_long(p.session_ends)));
  const std::vector<std::string>& invited =
      p.invited;  // as written: "đại diện ...", "Thường trực ..."
  doc.paragraph(
      "2. Thành phần: các Tổ đại biểu Hội đồng nhân dân; đại diện Ủy ban Mặt trận Tổ quốc Việt "
      "Nam và Ủy ban nhân dân các xã, phường nơi tiếp xúc; " +
      (invited.empty() ? std::string() : "đại biểu mời: " + joined(invited, ", ") + "; ") +
      "cử tri được mời.");
  doc.heading("II. LỊCH TIẾP XÚC CỬ TRI");
  {
    // Officials a locality invites get their own column when any locality has some.
    const bool invitations = std::any_of(p.localities.begin(), p.localities.end(),
                                         [](const LocalityDef& l) { return !l.invited.empty(); });
    // A ward's name ("phường Thành Sen") whole on a line in every column that names one, and
    // "(14 giờ 00 -" in the time's: at 11 pt six columns need about 474 pt of the 453 a
    // portrait page has, so the table is set at 10,5 pt.
    std::vector<thuky::doc::TableColumn> columns = {{"STT", 0.6, thuky::doc::Align::kCenter},
                                                    {"Thời gian", 1.45},
                                                    {"Xã, phường", 1.75},
                                                    {"Địa điểm", 1.75},
                                                    {"Chủ trì", 1.8}};
    if (invitations)
      columns.push_back({"Thành phần mời", 1.8});
    auto table = doc.table(columns, {.size = 10.5, .header_size = 10.5});
    // A group's sessions under its heading, by date and slot; STT starts again in each group.
    for (const GroupDef& g : p.groups) {
      int n = 0;
      for (const ScheduleRow& r : rows.rows) {
        if (r.group != &g)
          continue;
        if (n == 0)
          table.section(group_heading(g));
        std::string place = r.venue->name;
        if (!r.venue->address.empty())
          place += "\n" + at_line_start(r.venue->address);
        thuky::doc::TableRow cells = {std::to_string(++n), when(r), at_line_start(r.locality->name),
                                      place, thuky::text::upper_first(r.locality->chair)};
        if (invitations)
          cells.emplace_back(thuky::text::upper_first(joined(r.locality->invited, ";\n")));
        table.row(cells);
      }
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
