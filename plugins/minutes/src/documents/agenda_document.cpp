// Chương trình: the agenda, a table of times, items and presenters. It goes out with the
// invitation, so it is that document's attachment (Decree 30, Phụ lục I, IV): no header, number,
// signature or Nơi nhận of its own, and a line naming the invitation it goes with.
#include "documents/document_parts.hpp"
#include "documents/documents.hpp"

namespace minutes {

void write_agenda(const Meeting& m, const thuky::doc::Documents& docs,
                  const std::filesystem::path& file) {
  const thuky::Settings& s = docs.settings();
  using thuky::doc::Align;
  thuky::doc::Document d = docs.make(info(m, "Chương trình"));
  name_names(d, m);
  d.title({"CHƯƠNG TRÌNH", {m.title}, "", attached_to_invitation(m, s)});
  time_and_place(d, m);
  auto table = d.table({{"Thời gian", 1.3, Align::kCenter},
                        {"Nội dung", 4.2, Align::kLeft},
                        {"Người thực hiện", 2.5, Align::kLeft}});
  for (const auto& item : m.agenda)
    table.row({item.time, item.title, item.presenter});
  table.finish();
  d.save(file);
}

}  // namespace minutes
