#include "check_report.hpp"

#include <fmt/format.h>

#include "check_summary.hpp"
#include "thuky/doc/document.hpp"
#include "thuky/text/case.hpp"
#include "thuky/text/format.hpp"

namespace delegates {
namespace {

using thuky::doc::Align;

struct Rule {
  const char* id;     // CheckRow::rule
  const char* title;  // the section's heading
  const char* none;   // what the section says when nothing is wrong
};

// In the order the law's preparation goes: candidates, then voters.
constexpr Rule kRules[] = {
    {"candidates", "Số người ứng cử ở mỗi đơn vị bầu cử",
     "Mọi đơn vị bầu cử có đủ số người ứng cử theo quy định."},
    {"age", "Tuổi của người ứng cử", "Mọi người ứng cử đủ tuổi vào ngày bầu cử."},
    {"composition", "Cơ cấu, thành phần người ứng cử", "Không có số liệu."},
    {"polling areas", "Khu vực bỏ phiếu ở mỗi đơn vị bầu cử",
     "Mọi xã, phường của mỗi đơn vị bầu cử có khu vực bỏ phiếu."},
    {"voters", "Số cử tri ở mỗi khu vực bỏ phiếu",
     "Mọi khu vực bỏ phiếu có số cử tri trong giới hạn quy định."},
    {"listed twice", "Người có tên hai lần", "Không ai có tên hai lần."},
};

const char* status_vi(CheckStatus s) {
  switch (s) {
    case CheckStatus::kOk:
      return "Đạt";
    case CheckStatus::kFail:
      return "Không đạt";
    case CheckStatus::kWarn:
      return "Cần xem xét";
    case CheckStatus::kInfo:
      return "Số liệu";
  }
  return "";
}

// "ỦY BAN BẦU CỬ TỈNH HÀ TĨNH" on two lines, before the place: the header's left column of a
// portrait page is narrow.
std::vector<std::string> issuing_lines(const std::string& committee) {
  const std::string upper = thuky::text::to_upper(committee);
  for (const char* kind : {" THÀNH PHỐ ", " ĐẶC KHU ", " PHƯỜNG ", " TỈNH ", " XÃ "}) {
    if (const auto at = upper.find(kind); at != std::string::npos)
      return {upper.substr(0, at), upper.substr(at + 1)};
  }
  return {upper};
}

}  // namespace

void write_check_report(const ElectionDay& day, const std::vector<CheckRow>& rows,
                        const thuky::text::Date& today, const thuky::Settings& s,
                        const std::filesystem::path& file) {
  thuky::doc::DocumentInfo info;
  info.title = "Báo cáo kết quả kiểm tra " + day.id;
  thuky::doc::Document d(s, info);
  const std::string committee = day.committee.empty() ? "Ủy ban bầu cử" : day.committee;
  thuky::doc::HeaderBlock header;
  header.issuing_body = issuing_lines(committee);
  header.place_date = thuky::text::format_place_date(day.place, today);
  d.header(header);
  d.title({"BÁO CÁO", {"Kết quả kiểm tra việc chuẩn bị bầu cử theo quy định của pháp luật"}});
  int failed = 0, warned = 0;
  for (const auto& r : rows) {
    failed += r.status == CheckStatus::kFail;
    warned += r.status == CheckStatus::kWarn;
  }
  // "Ngày 20 tháng 02 năm 2026, Ủy ban bầu cử tỉnh Hà Tĩnh kiểm tra việc chuẩn bị cuộc bầu cử ..."
  d.paragraph(fmt::format(
      "Ngày {}, {} kiểm tra việc chuẩn bị cuộc {} (ngày bầu cử: {}) theo "
      "các quy định dưới đây. {}",
      thuky::text::format_date_long(today).substr(5), committee, thuky::text::lower_first(day.name),
      thuky::text::format_date_long(day.date), check_summary(failed, warned)));
  int section = 0;
  for (const Rule& rule : kRules) {
    std::vector<const CheckRow*> shown;
    int ok = 0;
    for (const auto& r : rows) {
      if (r.rule != rule.id)
        continue;
      if (r.status == CheckStatus::kOk)
        ++ok;
      else
        shown.push_back(&r);
    }
    d.heading(fmt::format("{}. {}", ++section, rule.title));
    if (ok > 0 || shown.empty()) {
      d.paragraph(shown.empty() && ok == 0 ? rule.none
                  : shown.empty()          ? fmt::format("{} Đạt: {}.", rule.none, ok)
                                  : fmt::format("Đạt: {}; còn lại như bảng dưới.", ok));
    }
    if (shown.empty())
      continue;
    thuky::doc::TableStyle style;
    style.size = 11;
    style.header_size = 11;
    auto table = d.table({{"STT", 0.5, Align::kCenter},
                          {"Phạm vi", 2.0},
                          {"Kết quả", 1.1, Align::kCenter},
                          {"Nội dung", 5.0}},
                         style);
    int number = 0;
    for (const CheckRow* r : shown)
      table.row({std::to_string(++number), r->scope_vi, status_vi(r->status), r->detail_vi});
    table.finish();
  }
  d.closing({{"- Như trên;", "- Lưu: VT."}},
            {"TM. " + thuky::text::to_upper(committee), "CHỦ TỊCH", "", ""});
  d.save(file);
}

}  // namespace delegates
