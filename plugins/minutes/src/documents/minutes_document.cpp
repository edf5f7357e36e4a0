// Biên bản (Mẫu 1.9, Decree 30/2020/NĐ-CP): the record of the meeting.
#include <fmt/format.h>

#include <sstream>

#include "documents/document_parts.hpp"
#include "documents/documents.hpp"
#include "thuky/text/case.hpp"
#include "thuky/text/format.hpp"

namespace minutes {
namespace {

using thuky::doc::Span;
using thuky::text::upper_first;

// Text written with blank lines between paragraphs, as in the meeting file.
std::vector<std::string> paragraphs_of(const std::string& text) {
  std::vector<std::string> out;
  std::string current;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) {
    if (line.find_first_not_of(' ') == std::string::npos) {
      if (!current.empty())
        out.push_back(current);
      current.clear();
    } else {
      current += (current.empty() ? "" : " ") + line;
    }
  }
  if (!current.empty())
    out.push_back(current);
  return out;
}

void labelled(thuky::doc::Document& d, const std::string& label, const std::string& text) {
  d.paragraph({Span{label, true}, Span{text}});
}

// Who took part: absentees are left out (they are listed apart), a representative is named
// with the person represented.
std::vector<std::string> members_of(const Delegation& delegation) {
  std::vector<std::string> items;
  for (const auto& member : delegation.members) {
    if (member.attendance == "absent")
      continue;
    if (member.attendance == "represented") {
      items.push_back(upper_first(member.represented_by) + " (dự thay " + describe(member) + ")");
    } else {
      items.push_back(upper_first(describe(member)));
    }
  }
  for (const auto& group : delegation.groups)
    items.push_back(upper_first(group));
  for (std::size_t i = 0; i < items.size(); ++i)
    items[i] += i + 1 < items.size() ? ";" : ".";
  return items;
}

std::vector<std::string> absentees(const Meeting& m) {
  std::vector<std::string> out;
  for (const auto& delegation : m.delegations) {
    for (const auto& p : delegation.members) {
      if (p.attendance == "absent") {
        out.push_back(upper_first(describe(p)) +
                      (p.reason.empty() ? "" : " (lý do: " + p.reason + ")"));
      } else if (p.attendance == "represented") {
        out.push_back(upper_first(describe(p)) + " (ủy quyền " + p.represented_by + " dự thay)");
      }
    }
  }
  for (std::size_t i = 0; i < out.size(); ++i)
    out[i] += i + 1 < out.size() ? ";" : ".";
  return out;
}

}  // namespace

void write_minutes(const Meeting& m, const thuky::doc::Documents& docs, const DocumentOptions& o,
                   const std::filesystem::path& file) {
  const thuky::Settings& s = docs.settings();
  thuky::doc::Document d = docs.make(info(m, "Biên bản"));
  name_names(d, m);
  d.header(header_for(m, s, "BB", m.numbers.minutes, std::nullopt));
  d.title({"BIÊN BẢN", {m.title}, "", ""});

  labelled(d, "Thời gian bắt đầu: ", when(m.starts) + ".");
  labelled(d, "Địa điểm: ", m.place + ".");
  d.bookmark("Thành phần tham dự");
  d.heading("Thành phần tham dự:");
  for (const auto& delegation : m.delegations) {
    d.paragraph({Span{delegation.name + ":", false, true}});
    d.list(members_of(delegation), "- ");
  }
  if (o.list_absentees) {
    if (const auto absent = absentees(m); !absent.empty()) {
      d.heading("Vắng mặt:");
      d.list(absent, "- ");
    }
  }
  labelled(d, "Chủ trì (chủ tọa): ", upper_first(describe(m.chair)) + ".");
  labelled(d, "Thư ký (người ghi biên bản): ", upper_first(describe(m.secretary)) + ".");

  d.bookmark("Nội dung");
  d.heading("Nội dung (theo diễn biến cuộc họp):");
  int number = 0;
  for (const auto& report : m.reports) {
    d.paragraph({Span{fmt::format("{}. {}", ++number, report.title), true},
                 Span{" (" + describe(report.presenter) + " trình bày)", false, true}});
    for (const auto& p : paragraphs_of(report.summary))
      d.paragraph(p);
  }
  if (!m.speeches.empty()) {
    d.paragraph({Span{fmt::format("{}. Ý kiến phát biểu", ++number), true}});
    for (const auto& speech : m.speeches) {
      const auto parts = paragraphs_of(speech.summary);
      for (std::size_t i = 0; i < parts.size(); ++i) {
        if (i == 0) {
          d.paragraph(
              {Span{upper_first(describe(speech.speaker)) + " phát biểu: ", true}, Span{parts[i]}});
        } else {
          d.paragraph(parts[i]);
        }
      }
    }
  }
  if (!m.conclusions.empty()) {
    d.bookmark("Kết luận");
    d.paragraph({Span{fmt::format("{}. Kết luận của chủ trì", ++number), true}});
    d.paragraph(upper_first(describe(m.chair)) + " kết luận:");
    d.list(m.conclusions, "- ");
  }
  d.paragraph(thuky::text::with_end_mark("Cuộc họp kết thúc vào " + when(m.ends)));
  d.signatures({{.authority = "", .title = "THƯ KÝ", .name = m.secretary.name, .note = ""},
                {.authority = "", .title = "CHỦ TỌA", .name = m.chair.name, .note = ""}});
  std::vector<std::string> recipients;
  for (const auto& r : m.recipients)
    recipients.push_back("- " + r + ";");
  recipients.push_back("- Lưu: VT, Hồ sơ.");
  d.closing({recipients}, {});
  d.save(file);
}

}  // namespace minutes
