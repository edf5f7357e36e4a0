#include "opinion_report.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <functional>
#include <sstream>

#include "issuer.hpp"
#include "place_names.hpp"
#include "thuky/doc/document.hpp"
#include "thuky/table/list_output.hpp"
#include "thuky/text/case.hpp"
#include "thuky/text/format.hpp"

namespace contact {
namespace {

using thuky::doc::Align;
using thuky::doc::Span;
using thuky::text::format_date_long;
using thuky::text::format_integer;

std::string join(const std::vector<std::string>& items, const char* separator = ", ") {
  std::string out;
  for (const auto& item : items)
    out += (out.empty() ? "" : separator) + item;
  return out;
}

std::string count(std::size_t n) {
  return format_integer(static_cast<long long>(n));
}

std::size_t raisings(const Topic& t) {
  return t.numbers.size();
}

// Rows counting topics by one of their attributes, in order of first appearance.
struct Tally {
  std::string name;
  std::vector<std::size_t> positions;  // 1-based, in the report's order
  std::size_t raised = 0, urgent = 0;
};

std::vector<Tally> tally(const std::vector<Topic>& ordered,
                         const std::function<std::string(const Topic&)>& key) {
  std::vector<Tally> out;
  for (std::size_t i = 0; i < ordered.size(); ++i) {
    const std::string name = or_unclassified(key(ordered[i]));
    auto at = std::find_if(out.begin(), out.end(), [&](const Tally& t) { return t.name == name; });
    if (at == out.end())
      at = out.insert(out.end(), Tally{name, {}, 0, 0});
    at->positions.push_back(i + 1);
    at->raised += raisings(ordered[i]);
    at->urgent += ordered[i].urgent ? 1 : 0;
  }
  return out;
}

void tally_table(thuky::doc::Document& d, const std::string& what, const std::vector<Tally>& rows) {
  auto table = d.table({{"STT", 0.6, Align::kCenter},
                        {what, 3.0},
                        {"Số nội dung", 1.1, Align::kCenter},
                        {"Lượt ý kiến", 1.1, Align::kCenter},
                        {"Bức xúc", 1.0, Align::kCenter},
                        {"Nội dung số (mục II)", 1.8}},
                       {.size = 12, .header_size = 12});
  std::size_t topics = 0, raised = 0, urgent = 0, n = 0;
  for (const Tally& t : rows) {
    std::vector<std::string> at;
    for (const std::size_t p : t.positions)
      at.push_back(std::to_string(p));
    table.row({std::to_string(++n), thuky::text::upper_first(t.name), count(t.positions.size()),
               count(t.raised), count(t.urgent), join(at)});
    topics += t.positions.size();
    raised += t.raised;
    urgent += t.urgent;
  }
  table.totals({"", "Tổng cộng", count(topics), count(raised), count(urgent), ""});
}

}  // namespace

std::vector<Topic> in_report_order(const std::vector<Topic>& topics) {
  std::vector<std::string> fields;
  for (const Topic& t : topics) {
    if (std::find(fields.begin(), fields.end(), t.field) == fields.end())
      fields.push_back(t.field);
  }
  std::vector<Topic> out = topics;
  std::stable_sort(out.begin(), out.end(), [&](const Topic& a, const Topic& b) {
    const auto fa = std::find(fields.begin(), fields.end(), a.field) - fields.begin();
    const auto fb = std::find(fields.begin(), fields.end(), b.field) - fields.begin();
    return fa != fb ? fa < fb : a.urgent && !b.urgent;
  });
  return out;
}

void write_opinion_report(const Plan& plan, const ScheduleRows& sessions,
                          const std::vector<Topic>& ordered, const thuky::Settings& settings,
                          const Date& issued, const std::filesystem::path& file) {
  const std::string session_words =
      (plan.timing == "before" ? "trước " : "sau ") + plan.council_session;
  thuky::doc::Document d(settings, {.title = "Báo cáo tổng hợp ý kiến, kiến nghị của cử tri",
                                    .author = plan.document.signer_name,
                                    .subject = plan.council_session,
                                    .created_epoch = {}});
  keep_names(d, plan);
  d.header(issuer_header(plan, settings, "BC", "", issued));
  d.title({"BÁO CÁO", {"Tổng hợp ý kiến, kiến nghị của cử tri", session_words}});

  std::size_t raised = 0, urgent = 0;
  for (const Topic& t : ordered) {
    raised += raisings(t);
    urgent += t.urgent ? 1 : 0;
  }
  std::vector<std::string> localities;
  for (const ScheduleRow& r : sessions.rows) {
    if (std::find(localities.begin(), localities.end(), r.locality->name) == localities.end())
      localities.push_back(r.locality->name);
  }
  d.heading("I. KẾT QUẢ TIẾP XÚC CỬ TRI");
  if (!sessions.rows.empty()) {
    d.paragraph(fmt::format(
        "Từ {} đến {}, các Tổ đại biểu Hội đồng nhân dân đã tổ chức {} hội nghị tiếp xúc cử tri "
        "tại {} xã, phường.",
        format_date_long(sessions.rows.front().date), format_date_long(sessions.rows.back().date),
        count(sessions.rows.size()), count(localities.size())));
  }
  // Each sentence counts one thing: raisings (lượt ý kiến, kiến nghị) or requests (nội dung),
  // and the requests settled and forwarded add up to all of them.
  d.paragraph(fmt::format(
      "Cử tri đã nêu {} lượt ý kiến, kiến nghị, tổng hợp thành {} nội dung; trong đó có {} nội "
      "dung bức xúc.",
      count(raised), count(ordered.size()), count(urgent)));
  // What the sessions settled is not forwarded (opinion_topics.hpp: settled only when every
  // raising of the request was answered on the spot).
  std::size_t answered_there = 0, settled = 0;
  for (const Topic& t : ordered) {
    answered_there += t.answered_at_sessions;
    settled += t.settled_at_sessions ? 1 : 0;
  }
  const std::size_t forwarded = ordered.size() - settled;
  if (answered_there > 0) {
    d.paragraph(fmt::format(
        "Tại các hội nghị, {} lượt ý kiến, kiến nghị đã được trả lời trực tiếp. {}",
        count(answered_there),
        settled == 0
            ? fmt::format("{} nội dung được tổng hợp, gửi cơ quan có thẩm quyền xem xét, trả lời.",
                          count(forwarded))
        : forwarded == 0
            ? fmt::format("Cả {} nội dung đã được giải quyết xong tại hội nghị.", count(settled))
            : fmt::format(
                  "Trong {} nội dung, {} nội dung đã được giải quyết xong tại hội nghị; {} nội "
                  "dung còn lại được tổng hợp, gửi cơ quan có thẩm quyền xem xét, trả lời.",
                  count(ordered.size()), count(settled), count(forwarded))));
  }

  d.heading("II. Ý KIẾN, KIẾN NGHỊ CỦA CỬ TRI THEO LĨNH VỰC");
  {
    auto table = d.table({{"STT", 0.6, Align::kCenter},
                          {"Nội dung ý kiến, kiến nghị", 3.7},
                          {"Lượt ý kiến", 1.0, Align::kCenter},
                          // "Phường Thành Sen," whole on a line at 12 pt.
                          {"Xã, phường", 2.2},
                          {"Cơ quan trả lời", 1.7}},
                         {.size = 12, .header_size = 12});
    std::string field;
    for (std::size_t i = 0; i < ordered.size(); ++i) {
      const Topic& t = ordered[i];
      if (i == 0 || t.field != field) {
        field = t.field;
        table.section(thuky::text::upper_first(or_unclassified(field)));
      }
      std::vector<Span> content{{t.content}};
      if (t.urgent)
        content.push_back({" (bức xúc)", false, true});
      table.row({std::to_string(i + 1), content, count(raisings(t)),
                 at_line_start(join(t.localities)), t.agency});
    }
  }
  d.heading("III. PHÂN LOẠI THEO BAN CỦA HỘI ĐỒNG NHÂN DÂN");
  tally_table(d, "Ban", tally(ordered, [](const Topic& t) { return t.committee; }));
  d.heading("IV. PHÂN LOẠI THEO CƠ QUAN CÓ TRÁCH NHIỆM TRẢ LỜI");
  tally_table(d, "Cơ quan", tally(ordered, [](const Topic& t) { return t.agency; }));
  d.heading("V. PHÂN LOẠI THEO THẨM QUYỀN GIẢI QUYẾT");
  std::vector<std::string> by_competence;
  for (const Tally& t : tally(ordered, [](const Topic& t) { return t.competence; })) {
    const std::string who = t.name == "trung ương" ? "Thuộc thẩm quyền trung ương"
                            : t.name == "tỉnh"     ? "Thuộc thẩm quyền cấp tỉnh"
                            : t.name == "xã"       ? "Thuộc thẩm quyền cấp xã"
                                                   : "Chưa xác định thẩm quyền";
    by_competence.push_back(fmt::format("{}: {} nội dung ({} lượt ý kiến).", who,
                                        count(t.positions.size()), count(t.raised)));
  }
  d.list(by_competence, "- ");
  // Kept with the signature, which never stands alone on the last page.
  d.paragraph(fmt::format("Trên đây là tổng hợp ý kiến, kiến nghị của cử tri {}./.", session_words),
              {.keep_with_next = true});

  // The agencies that must answer receive the report, in the order of section IV.
  std::vector<std::string> agencies;
  for (const Tally& t : tally(ordered, [](const Topic& t) { return t.agency; })) {
    if (t.name != or_unclassified(""))
      agencies.push_back(t.name);
  }
  issuer_closing(d, plan, agencies);
  d.save(file);
}

void write_opinion_table(const std::vector<Topic>& ordered, const std::filesystem::path& file) {
  using thuky::table::ColumnType;
  std::ostringstream unused;
  thuky::table::ListOutput out("report",
                               {{"position", "STT", ColumnType::kInteger},
                                {"group", "Nhóm", ColumnType::kInteger},
                                {"field", "Lĩnh vực"},
                                {"content", "Nội dung"},
                                {"urgent", "Bức xúc"},
                                {"count", "Lượt ý kiến", ColumnType::kInteger},
                                {"localities", "Xã, phường"},
                                {"opinions", "Số ý kiến"},
                                {"committee", "Ban HĐND"},
                                {"agency", "Cơ quan trả lời"},
                                {"competence", "Thẩm quyền"}},
                               {false, file}, unused);
  for (std::size_t i = 0; i < ordered.size(); ++i) {
    const Topic& t = ordered[i];
    std::vector<std::string> numbers;
    for (const auto n : t.numbers)
      numbers.push_back(std::to_string(n));
    out.add({std::to_string(i + 1), std::to_string(t.group), t.field, t.content,
             t.urgent ? "x" : "", std::to_string(raisings(t)), join(t.localities), join(numbers),
             t.committee, t.agency, t.competence});
  }
  out.finish();
}

}  // namespace contact
