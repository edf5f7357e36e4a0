#include "locality_notice.hpp"

#include <fmt/format.h>

#include "plan_document.hpp"
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
  std::vector<std::string> names;
  for (const Member& m : s.group->members)
    names.push_back(m.name);
  d.people(names);
  d.keep_together({s.locality->name});
  d.header(issuer_header(plan, settings, "TB", "", issued));
  d.title({"THÔNG BÁO",
           {"Lịch tiếp xúc cử tri tại " + s.locality->name,
            (plan.timing == "before" ? "trước " : "sau ") + plan.council_session}});
  std::string plan_number = pd.number;
  if (plan_number.size() == 1)
    plan_number = "0" + plan_number;
  d.paragraph(
      fmt::format("Thực hiện Kế hoạch số {}/{} {} về việc {}, lịch tiếp xúc cử tri tại "
                  "{} như sau:",
                  plan_number, pd.symbol.empty() ? "KH" : pd.symbol, format_date_long(issued),
                  thuky::text::lower_first(plan.title), s.locality->name));
  const auto labelled = [&](const std::string& label, const std::string& text) {
    d.paragraph({Span{label, true}, Span{text}});
  };
  labelled("1. Thời gian: ",
           fmt::format("{}, {} {}.",
                       thuky::text::format_time(s.slot->starts / 60, s.slot->starts % 60, true),
                       weekday_name(s.date), format_date_long(s.date)));
  std::string place = s.venue->name;
  if (!s.venue->address.empty())
    place += ", " + s.venue->address;
  labelled("2. Địa điểm: ", place + ".");
  std::string members;
  for (const Member& m : s.group->members)
    members +=
        (members.empty() ? "" : ", ") + m.name + (m.title.empty() ? "" : " (" + m.title + ")");
  labelled("3. Đại biểu: ", s.group->name + ": " + members + ".");
  if (!s.locality->chair.empty())
    labelled("4. Chủ trì: ", s.locality->chair + ".");
  d.paragraph(
      fmt::format("Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam, Ủy ban nhân dân {} chuẩn bị "
                  "địa điểm, thông báo và mời cử tri dự đông đủ./.",
                  s.locality->name));
  d.closing({{"- Ủy ban MTTQ Việt Nam, UBND " + s.locality->name + ";", "- " + s.group->name + ";",
              "- Lưu: VT."}},
            {.authority = pd.signer_authority,
             .title = pd.signer_title,
             .name = pd.signer_name,
             .note = ""});
  d.save(file);
}

}  // namespace contact
