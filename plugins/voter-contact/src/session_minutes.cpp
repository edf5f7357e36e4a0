#include "session_minutes.hpp"

#include <fmt/format.h>

#include "council.hpp"
#include "issuer.hpp"
#include "place_names.hpp"
#include "thuky/doc/document.hpp"
#include "thuky/text/case.hpp"
#include "thuky/text/format.hpp"
#include "thuky/text/names.hpp"

namespace contact {
namespace {

using thuky::doc::Span;
using thuky::text::format_date_long;
using thuky::text::format_time;

void labelled(thuky::doc::Document& d, const std::string& label, const std::string& text) {
  d.paragraph({Span{label, true}, Span{text}});
}

// "14 giờ 00 phút, ngày 26 tháng 11 năm 2026"
std::string at(int minutes, const Date& date) {
  return format_time(minutes / 60, minutes % 60, true) + ", " + format_date_long(date);
}

// The symbol of the Front's standing committee (domain.md §1: "/BB-MTTQ-BTT"), whose header the
// minutes carry when the organisation keeping them has no symbol of its own.
const std::string kFrontStanding = "MTTQ-BTT";

// The header of the organisation keeping the minutes; without one, the locality's Front standing
// committee as the Front writes it (domain.md §1). Mẫu 1.9: a number left to write by hand, no
// place and date line.
thuky::doc::HeaderBlock header(const ScheduleRow& s,
                               const std::optional<thuky::Organisation>& keeper) {
  thuky::doc::HeaderBlock h;
  if (keeper) {
    h.parent_body = keeper->parent_body;
    h.issuing_body = keeper->issuing_body;
    h.number = number_line("", "BB-" + (keeper->symbol.empty() ? kFrontStanding : keeper->symbol));
    return h;
  }
  h.parent_body = {"ỦY BAN MTTQ VIỆT NAM", thuky::text::to_upper(s.locality->name)};
  h.issuing_body = {"BAN THƯỜNG TRỰC"};
  h.number = number_line("", "BB-" + kFrontStanding);
  return h;
}

std::string delegates(const GroupDef& g) {
  std::string out;
  for (const Member& m : g.members) {
    out += (out.empty() ? "" : ", ") + m.name;
    if (!m.title.empty())
      out += " (" + m.title + ")";
  }
  return out;
}

thuky::doc::TableCell voter(const Opinion& o) {
  if (o.voter.empty())
    return thuky::doc::TableCell(at_line_start(o.address));
  return std::vector<Span>{{o.voter, true},
                           {o.address.empty() ? "" : "\n" + at_line_start(o.address)}};
}

thuky::doc::TableCell content(const Opinion& o) {
  if (!o.urgent)
    return thuky::doc::TableCell(o.content);
  return std::vector<Span>{{o.content}, {" (bức xúc)", false, true}};  // as the report says
}

// The chair's name, when the data has it: the keeper's signer, when the locality's chair is the
// keeper's signer by title ("Chủ tịch Ủy ban MTTQ …" and a keeper signed for by its CHỦ TỊCH).
std::string chair_name(const ScheduleRow& s, const std::optional<thuky::Organisation>& keeper) {
  if (!keeper || keeper->signer_name.empty() || keeper->signer_title.empty())
    return "";
  const std::string chair = thuky::text::search_key(s.locality->chair);
  const std::string title = thuky::text::search_key(keeper->signer_title);
  return chair.rfind(title + " ", 0) == 0 ? keeper->signer_name : "";
}

}  // namespace

void write_session_minutes(const Plan& plan, const ScheduleRow& s,
                           const std::vector<Opinion>& opinions,
                           const std::optional<thuky::Organisation>& keeper,
                           const std::string& council, const thuky::Settings& settings,
                           const std::filesystem::path& file) {
  const bool before = plan.timing == "before";
  const std::string session_words = (before ? "trước " : "sau ") + plan.council_session;
  thuky::doc::Document d(settings, {.title = "Biên bản tiếp xúc cử tri - " + s.locality->name,
                                    .author = "",
                                    .subject = plan.council_session,
                                    .created_epoch = {}});
  keep_names(d, plan);
  std::vector<std::string> voters;
  for (const Opinion& o : opinions) {
    if (!o.voter.empty())
      voters.push_back(o.voter);
  }
  const std::string chair = chair_name(s, keeper);
  if (!chair.empty())
    voters.push_back(chair);
  d.people(voters);
  d.header(header(s, keeper));
  d.title({"BIÊN BẢN", {"Hội nghị tiếp xúc cử tri của " + s.group->name, session_words}});
  labelled(d, "Thời gian bắt đầu: ", at(s.slot->starts, s.date) + ".");
  std::string place = s.venue->name;
  if (!s.venue->address.empty())
    place += ", " + in_sentence(s.venue->address);
  labelled(d, "Địa điểm: ", place + ".");
  d.heading("Thành phần tham dự:");
  std::vector<std::string> present = {
      "Đại biểu Hội đồng nhân dân (" + s.group->name + "): " + delegates(*s.group) + ";",
      "Đại diện Ủy ban Mặt trận Tổ quốc Việt Nam, Ủy ban nhân dân " + s.locality->name + ";"};
  std::vector<std::string> invited = s.locality->invited;
  invited.insert(invited.end(), plan.invited.begin(), plan.invited.end());
  if (!invited.empty()) {
    std::string list;
    for (const auto& line : invited)
      list += (list.empty() ? "" : "; ") + line;  // as written
    present.push_back("Đại biểu mời: " + list + ";");
  }
  present.push_back("Cử tri " + s.locality->name + ".");
  d.list(present, "- ");
  labelled(d, "Chủ trì (chủ tọa): ",
           (chair.empty() ? "" : chair + ", ") +
               (s.locality->chair.empty() ? "Đại diện Ủy ban MTTQ Việt Nam " + s.locality->name
                                          : s.locality->chair) +
               ".");
  labelled(d, "Thư ký (người ghi biên bản): ", "");
  d.heading("Nội dung (theo diễn biến cuộc họp):");
  d.paragraph(fmt::format("1. Đại diện {} báo cáo {} {}.", s.group->name,
                          before ? "dự kiến nội dung, chương trình" : "kết quả",
                          plan.council_session));
  if (opinions.empty()) {
    d.paragraph("2. Cử tri không có ý kiến, kiến nghị.");
  } else {
    d.paragraph(fmt::format("2. Cử tri phát biểu {} lượt ý kiến, kiến nghị:",
                            thuky::text::format_integer(static_cast<long long>(opinions.size()))),
                {.keep_with_next = true});
    // Rows numbered 1… in each minutes (the opinions' numbers are the round's, not the
    // session's); the voter's column as wide as a three-word name in bold.
    auto table = d.table({{"STT", 0.6, thuky::doc::Align::kCenter},
                          {"Cử tri", 2.2},
                          {"Nội dung ý kiến, kiến nghị", 3.8},
                          {"Trả lời tại hội nghị", 1.8}},
                         {.size = 12, .header_size = 12});
    std::size_t row = 0;
    for (const Opinion& o : opinions) {
      table.row({std::to_string(++row), voter(o), content(o),
                 o.answered ? (o.answered_by.empty() ? "Đã trả lời" : o.answered_by) : ""});
    }
  }
  d.paragraph(fmt::format(
      "3. {} tiếp thu ý kiến của cử tri; các ý kiến, kiến nghị chưa được trả lời tại hội nghị "
      "được tổng hợp, gửi Thường trực {} và cơ quan có thẩm quyền xem xét, trả lời.",
      s.group->name, council));
  // Kept with the signatures: THƯ KÝ and CHỦ TỌA never stand alone at the top of a page.
  d.paragraph(thuky::text::with_end_mark("Cuộc họp kết thúc vào " + at(s.slot->ends, s.date)),
              {.keep_with_next = true});
  d.signatures({{.authority = "", .title = "THƯ KÝ", .name = "", .note = ""},
                {.authority = "", .title = "CHỦ TỌA", .name = chair, .note = ""}});
  d.closing({{"- Thường trực " + council_short_name(council) + ";", "- " + s.group->name + ";",
              "- Lưu: VT, Hồ sơ."}},
            {});
  d.save(file);
}

}  // namespace contact
