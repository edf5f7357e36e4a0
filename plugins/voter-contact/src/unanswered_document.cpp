#include "unanswered_document.hpp"

#include <fmt/format.h>

#include <algorithm>

#include "issuer.hpp"
#include "place_names.hpp"
#include "thuky/doc/document.hpp"
#include "thuky/text/case.hpp"
#include "thuky/text/format.hpp"

namespace contact {
namespace {

using thuky::doc::Align;
using thuky::doc::Span;
using thuky::text::format_date_long;
using thuky::text::format_integer;

std::string count(std::size_t n) {
  return format_integer(static_cast<long long>(n));
}

}  // namespace

void write_unanswered_document(const Plan& plan, const UnansweredList& list,
                               const thuky::Settings& settings, const std::filesystem::path& file) {
  const std::string session_words =
      (plan.timing == "before" ? "trước " : "sau ") + plan.council_session;
  thuky::doc::Document d(settings,
                         {.title = "Thông báo ý kiến, kiến nghị của cử tri chưa được trả lời",
                          .author = plan.document.signer_name,
                          .subject = plan.council_session,
                          .created_epoch = {}});
  keep_names(d, plan);
  d.header(issuer_header(plan, settings, "TB", "", list.today));
  d.title(
      {"THÔNG BÁO", {"Ý kiến, kiến nghị của cử tri chưa được trả lời", "(" + session_words + ")"}});
  std::size_t raised = 0;
  for (const Topic& t : list.open)
    raised += t.numbers.size();
  const int late = day_number(list.today) - day_number(list.due);
  const std::string standing = late > 0 ? fmt::format("đã quá hạn {} ngày", format_integer(late))
                               : late == 0
                                   ? "hôm nay là hạn cuối"
                                   : fmt::format("còn {} ngày đến hạn", format_integer(-late));
  d.paragraph(fmt::format(
      "Hạn trả lời ý kiến, kiến nghị của cử tri là {}. Đến {}, còn {} nội dung ({} lượt ý kiến) "
      "chưa được trả lời{}.",
      format_date_long(list.due), format_date_long(list.today), count(list.open.size()),
      count(raised), list.open.empty() ? "" : ", " + standing));
  if (!list.open.empty()) {
    auto table = d.table({{"STT", 0.7, Align::kCenter},
                          {"Nội dung ý kiến, kiến nghị", 3.2},
                          {"Lượt ý kiến", 1.0, Align::kCenter},
                          // "Phường Thành Sen," whole on a line at 12 pt.
                          {"Xã, phường", 2.35},
                          {"Tình trạng", 1.4},
                          {"Số ngày quá hạn", 1.1, Align::kCenter}},
                         {.size = 12, .header_size = 12});
    std::string agency;
    for (std::size_t i = 0; i < list.open.size(); ++i) {
      const Topic& t = list.open[i];
      if (i == 0 || t.agency != agency) {
        agency = t.agency;
        table.section(thuky::text::upper_first(
            agency.empty() ? std::string("Chưa xác định cơ quan trả lời") : agency));
      }
      std::vector<Span> content{{t.content}};
      if (t.urgent)
        content.push_back({" (bức xúc)", false, true});
      std::string places;
      for (const auto& l : t.localities)
        places += (places.empty() ? "" : ", ") + l;
      table.row({std::to_string(i + 1), content, count(t.numbers.size()), at_line_start(places),
                 t.source->status.empty() ? "Chưa trả lời" : "Đang giải quyết",
                 late > 0 ? format_integer(late) : ""});
    }
  }
  std::vector<std::string> agencies;  // who must answer, in the table's order
  for (const Topic& t : list.open) {
    if (!t.agency.empty() &&
        std::find(agencies.begin(), agencies.end(), t.agency) == agencies.end())
      agencies.push_back(t.agency);
  }
  if (!list.open.empty()) {
    // Kept with the signature, which never stands alone on the last page.
    d.paragraph(fmt::format("Đề nghị các cơ quan có trách nhiệm khẩn trương xem xét, trả lời các "
                            "ý kiến, kiến nghị nêu trên, gửi văn bản trả lời về Thường trực {} để "
                            "thông báo đến cử tri./.",
                            list.council),
                {.keep_with_next = true});
  }
  issuer_closing(d, plan, agencies);
  d.save(file);
}

}  // namespace contact
