#include "locality_notice.hpp"

#include <fmt/format.h>

#include "issuer.hpp"
#include "place_names.hpp"
#include "recipients.hpp"
#include "thuky/doc/document.hpp"
#include "thuky/text/case.hpp"
#include "thuky/text/format.hpp"

namespace contact {

void write_locality_notice(const Plan& plan, const ScheduleRow& s, const thuky::Settings& settings,
                           const std::filesystem::path& file) {
  using thuky::doc::Span;
  using thuky::text::format_date_long;
  const PlanDocument& pd = plan.document;
  const Date issued = pd.issued ? *pd.issued : plan.from;
  thuky::doc::Document d(settings, {.title = "Thông báo lịch tiếp xúc cử tri - " + s.locality->name,
                                    .author = pd.signer_name,
                                    .subject = plan.council_session,
                                    .created_epoch = {}});
  keep_names(d, plan);
  d.header(issuer_header(plan, settings, "TB", "", issued));
  d.title({"THÔNG BÁO",
           {"Lịch tiếp xúc cử tri tại " + s.locality->name,
            (plan.timing == "before" ? "trước " : "sau ") + plan.council_session}});
  d.paragraph(fmt::format(
      "Thực hiện Kế hoạch số {} {} về việc {}, lịch tiếp xúc cử tri tại "
      "{} như sau:",
      paper_number(pd.number, paper_symbol(plan, settings, "KH")), format_date_long(issued),
      thuky::text::lower_first(plan.title), s.locality->name));
  const auto labelled = [&](const std::string& label, const std::string& text) {
    d.paragraph({Span{label, true}, Span{text}});
  };
  labelled("1. Thời gian: ",
           fmt::format("{}, {}, {}.",
                       thuky::text::format_time(s.slot->starts / 60, s.slot->starts % 60, true),
                       weekday_name(s.date), format_date_long(s.date)));
  std::string place = s.venue->name;
  if (!s.venue->address.empty())
    place += ", " + in_sentence(s.venue->address);
  labelled("2. Địa điểm: ", place + ".");
  std::string members;
  for (const Member& m : s.group->members)
    members +=
        (members.empty() ? "" : ", ") + m.name + (m.title.empty() ? "" : " (" + m.title + ")");
  d.paragraph({Span{"3. Thành phần:", true}}, {.keep_with_next = true});
  std::vector<std::string> invited = s.locality->invited;
  invited.insert(invited.end(), plan.invited.begin(), plan.invited.end());
  std::vector<std::string> who = {"Đại biểu Hội đồng nhân dân (" + s.group->name + "): " + members +
                                  ";"};
  if (!invited.empty()) {
    std::string list;
    for (const auto& line : invited)
      list += (list.empty() ? "" : "; ") + line;  // as written
    who.push_back("Đại biểu mời: " + list + ";");
  }
  who.push_back("Cử tri " + s.locality->name + ".");
  d.list(who, "- ");
  if (!s.locality->chair.empty())
    labelled("4. Chủ trì: ", s.locality->chair + ".");
  d.paragraph(
      fmt::format("Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam, Ủy ban nhân dân {} chuẩn bị "
                  "địa điểm, thông báo và mời cử tri dự đông đủ./.",
                  s.locality->name));
  // Sent first to whom the notice asks to act (it has no "Kính gửi"), then to whom it invites
  // and the group, by authority (recipients.hpp).
  std::vector<std::string> recipients;
  for (const auto& line : invited)
    add_recipient(recipients, "- " + thuky::text::upper_first(line) + ";");
  add_recipient(recipients, "- " + s.group->name + ";");
  recipients.insert(recipients.begin(), "- Ủy ban MTTQ Việt Nam, UBND " + s.locality->name + ";");
  recipients.push_back("- Lưu: VT.");
  d.closing({recipients}, issuer_signature(pd));
  d.save(file);
}

}  // namespace contact
