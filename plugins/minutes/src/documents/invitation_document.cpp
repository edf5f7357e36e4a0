// Giấy mời (Mẫu 1.7, Decree 30/2020/NĐ-CP): one for all invitees, or one each.
#include <fmt/format.h>

#include "documents/document_parts.hpp"
#include "documents/documents.hpp"
#include "thuky/doc/parallel.hpp"
#include "thuky/people.hpp"
#include "thuky/text/case.hpp"
#include "thuky/text/format.hpp"

namespace minutes {
namespace {

using thuky::doc::Align;
using thuky::doc::Span;
using thuky::text::upper_first;

// Everyone invited by name, except who signs the invitation.
std::vector<Participant> invitees(const Meeting& m) {
  std::vector<Participant> out;
  for (const auto& d : m.delegations) {
    for (const auto& p : d.members) {
      if (!is_signer(m, p))
        out.push_back(p);
    }
  }
  return out;
}

// "Đồng chí Đặng Văn Thành, Tỉnh uỷ viên, Bí thư Thị uỷ Kỳ Anh"
std::string addressee_of(const Participant& p) {
  Participant with_unit = p;
  if (!p.code.empty())
    with_unit.title = title_with_unit(p);
  return upper_first(describe(with_unit));
}

void write_one(const Meeting& m, const thuky::doc::Documents& docs, const std::string& addressee,
               const std::vector<std::string>& recipients, const std::filesystem::path& file) {
  const thuky::Settings& s = docs.settings();
  thuky::doc::Document d = docs.make(info(m, "Giấy mời"));
  name_names(d, m);
  d.header(header_for(m, s, "GM", m.numbers.invitation, issue_date(m)));
  d.title({"GIẤY MỜI", {m.title}, "", ""});
  thuky::doc::ParagraphStyle centred;
  centred.align = Align::kCenter;
  centred.first_line_indent_mm = 0;
  d.paragraph({Span{organiser_name(m, s) + " trân trọng kính mời:"}}, centred);
  d.paragraph({Span{addressee, true}}, centred);
  const auto labelled = [&](const std::string& label, const std::string& text) {
    d.paragraph({Span{label, true}, Span{text}});
  };
  labelled("Tới dự: ", m.title + ".");
  labelled("Chủ trì: ", upper_first(describe(m.chair)) + ".");
  if (m.invitation_note.empty()) {
    time_and_place(d, m, true);
  } else {
    time_and_place(d, m);
    d.paragraph(thuky::text::with_end_mark(m.invitation_note));
  }
  d.closing({recipients}, signer(m));
  d.save(file);
}

// The bodies the invitation's note asks to act, after who is invited: "(để thực hiện)".
std::vector<std::string> acting_bodies(const Meeting& m) {
  std::vector<std::string> out;
  for (const auto& body : m.invitation_note_for)
    out.push_back("- " + upper_first(body) + " (để thực hiện);");
  return out;
}

}  // namespace

void write_invitation(const Meeting& m, const thuky::doc::Documents& docs,
                      const std::filesystem::path& file) {
  std::vector<std::string> recipients;
  for (const auto& p : invitees(m))
    recipients.push_back("- " + addressee_of(p) + ";");
  for (const auto& line : acting_bodies(m))
    recipients.push_back(line);
  recipients.push_back("- Lưu: VT.");
  write_one(m, docs, "Các đồng chí có tên tại Nơi nhận", recipients, file);
}

std::vector<std::filesystem::path> write_invitations(const Meeting& m,
                                                     const thuky::doc::Documents& docs,
                                                     const std::filesystem::path& dir) {
  std::vector<std::filesystem::path> files;
  std::vector<std::function<void()>> jobs;
  const auto people = invitees(m);
  std::vector<std::string> recipients = {"- Như trên;"};
  for (const auto& line : acting_bodies(m))
    recipients.push_back(line);
  recipients.push_back("- Lưu: VT.");
  for (std::size_t i = 0; i < people.size(); ++i) {
    const Participant& p = people[i];
    // Safe whatever the name holds: the meeting id and a code of [a-z0-9-].
    const auto file = dir / fmt::format("{}-giay-moi-{:02}-{}.pdf", m.id, i + 1,
                                        thuky::PeopleDirectory::code_for(p.name));
    files.push_back(file);
    jobs.emplace_back([&m, &docs, addressee = addressee_of(p), recipients, file] {
      write_one(m, docs, addressee, recipients, file);
    });
  }
  thuky::doc::render_in_parallel(jobs);
  return files;
}

}  // namespace minutes
