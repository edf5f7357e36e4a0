// Thông báo kết luận: what the chair concluded, and who does what by when.
#include <fmt/format.h>

#include "documents/document_parts.hpp"
#include "documents/documents.hpp"
#include "thuky/text/case.hpp"
#include "thuky/text/format.hpp"

namespace minutes {

void write_conclusion_notice(const Meeting& m, const thuky::doc::Documents& docs,
                             const std::filesystem::path& file) {
  const thuky::Settings& s = docs.settings();
  using thuky::doc::Align;
  using thuky::doc::Span;
  using thuky::text::lower_first;
  using thuky::text::upper_first;
  thuky::doc::Document d = docs.make(info(m, "Thông báo kết luận"));
  name_names(d, m);
  d.header(header_for(m, s, "TB", m.numbers.conclusion, m.ends.date));
  d.title({"THÔNG BÁO",
           {"Kết luận của đồng chí " + m.chair.name, "tại " + lower_first(m.title)},
           "",
           ""});
  d.paragraph(fmt::format("{}, {} tổ chức {}. Chủ trì: {}.",
                          upper_first(thuky::text::format_date_long(m.starts.date)),
                          organiser_name(m, s), lower_first(m.title), describe(m.chair)));
  d.paragraph(
      fmt::format("Sau khi nghe báo cáo và ý kiến phát biểu của các đại biểu, đồng chí {} "
                  "kết luận như sau:",
                  m.chair.name));
  int number = 0;
  for (const auto& conclusion : m.conclusions) {
    d.paragraph(fmt::format("{}. {}", ++number, conclusion));
  }
  if (!m.tasks.empty()) {
    // Numbered like the conclusions above it, and kept with its table.
    thuky::doc::ParagraphStyle with_table;
    with_table.keep_with_next = true;
    d.paragraph(fmt::format("{}. Phân công thực hiện:", ++number), with_table);
    auto table = d.table({{"STT", 0.6, Align::kCenter},
                          {"Nhiệm vụ", 4.2, Align::kLeft},
                          {"Thực hiện", 2, Align::kLeft},
                          {"Thời hạn", 1.3, Align::kCenter}});
    int row = 0;
    for (const auto& task : m.tasks) {
      table.row({std::to_string(++row), task.text, task.owner,
                 task.deadline ? task.deadline->dmy() : "Thường xuyên"});
    }
    table.finish();
  }
  d.paragraph(thuky::text::with_end_mark(
      organiser_name(m, s) +
      " thông báo để các cơ quan, đơn vị, cá nhân liên quan biết, thực hiện"));
  std::vector<std::string> recipients;
  for (const auto& r : m.recipients)
    recipients.push_back("- " + r + ";");
  recipients.push_back("- Lưu: VT.");
  d.closing({recipients}, signer(m));
  d.save(file);
}

}  // namespace minutes
