// Chương trình: the agenda, as a table of times, items and presenters.
#include "documents/document_parts.hpp"
#include "documents/documents.hpp"
#include "thuky/text/format.hpp"

namespace minutes {

void write_agenda(const Meeting& m, const thuky::Settings& s, const std::filesystem::path& file) {
  using thuky::doc::Align;
  using thuky::doc::Span;
  thuky::doc::Document d(s, info(m, "Chương trình"));
  d.header(header_for(m, s, "CTr", m.numbers.agenda, issue_date(m)));
  d.title({"CHƯƠNG TRÌNH", {m.title}});
  d.paragraph({Span{"Thời gian: ", true},
               Span{"từ " + when(m.starts) + " đến " +
                    thuky::text::format_time(m.ends.hour, m.ends.minute, true) + "."}});
  d.paragraph({Span{"Địa điểm: ", true}, Span{m.place + "."}});
  auto table = d.table({{"Thời gian", 1.3, Align::kCenter},
                        {"Nội dung", 4.2, Align::kLeft},
                        {"Người thực hiện", 2.5, Align::kLeft}});
  for (const auto& item : m.agenda)
    table.row({item.time, item.title, item.presenter});
  table.finish();
  d.signatures({signer(m)});
  d.save(file);
}

}  // namespace minutes
