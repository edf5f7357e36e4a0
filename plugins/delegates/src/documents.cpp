#include "documents.hpp"

#include <fmt/format.h>

#include <map>

#include "ballot_colours.hpp"
#include "election_store.hpp"
#include "place_date.hpp"
#include "printed_rows.hpp"
#include "thuky/doc/document.hpp"
#include "thuky/text/case.hpp"
#include "thuky/text/format.hpp"
#include "thuky/text/names.hpp"
#include "voters.hpp"

namespace delegates {

namespace {

using thuky::doc::Align;
using thuky::doc::Span;
using thuky::doc::TableColumn;

thuky::doc::ParagraphStyle centred(double size = 0) {
  thuky::doc::ParagraphStyle style;
  style.align = Align::kCenter;
  style.first_line_indent_mm = 0;
  style.size = size;
  return style;
}

thuky::doc::HeaderBlock committee_header(const std::string& committee) {
  thuky::doc::HeaderBlock header;
  header.issuing_body = {committee};
  return header;
}

thuky::doc::DocumentInfo info(const std::string& title) {
  thuky::doc::DocumentInfo out;
  out.title = title;
  return out;
}

// The place in a body's name with its kind ("tỉnh Hà Tĩnh" in "Hội đồng nhân dân tỉnh Hà
// Tĩnh"): a proper name the engine must not break over two lines, nor apart from its kind.
std::string place_of(const std::string& body) {
  for (const char* kind : {" thành phố ", " đặc khu ", " phường ", " tỉnh ", " xã "}) {
    if (const auto at = body.rfind(kind); at != std::string::npos)
      return body.substr(at + 1);
  }
  return {};
}

// Names print exactly as each person writes them (no tone-style change) and stay whole; so do
// the place of the body they stand for and the parts of its term ("khóa XIX", "nhiệm kỳ
// 2026–2031").
void keep_names(thuky::doc::Document& d, const Election& election,
                const std::vector<Candidate>& candidates) {
  std::vector<std::string> names;
  for (const auto& c : candidates)
    names.push_back(c.full_name);
  d.people(names);
  if (const std::string place = place_of(election.body); !place.empty())
    d.keep_together({place});
  std::string::size_type from = 0;
  while (from < election.term.size()) {
    const auto comma = election.term.find(", ", from);
    d.keep_together({election.term.substr(from, comma - from)});
    from = comma == std::string::npos ? comma : comma + 2;
  }
}

// What follows is kept with the signature below it: never a signature alone on a page.
thuky::doc::ParagraphStyle kept_with_signature(thuky::doc::ParagraphStyle style = {}) {
  style.keep_with_next = true;
  return style;
}

// The verification code in the bottom margin of every page of a printed list, as text and QR.
void verification_footer(thuky::doc::Document& d, const std::string& code) {
  d.footer({"Mã kiểm tra danh sách: " + code + " - Trang {page}/{pages}", code});
}

}  // namespace

PrintedList write_candidate_list(const ElectionDay& day, const Election& election, const Unit& unit,
                                 const std::vector<Candidate>& candidates, const thuky::Settings& s,
                                 const std::filesystem::path& file) {
  thuky::doc::PageSetup page = thuky::doc::PageSetup::from(s);
  page.landscape = true;
  page.margin_left_mm = 20;
  page.margin_right_mm = 15;
  thuky::doc::Document d(s, info("Danh sách chính thức những người ứng cử"), page);
  keep_names(d, election, candidates);
  const CandidateListHeading heading =
      candidate_list_heading(day, election, unit, candidates.size());
  d.header(committee_header(heading.committee));
  d.title({"DANH SÁCH CHÍNH THỨC", {heading.subject}});
  d.paragraph(heading.unit, centred());
  d.paragraph(heading.counts, centred());
  const std::vector<TableColumn> columns = {{"STT", 0.55, Align::kCenter},
                                            {"Họ và tên", 2.0},
                                            {"Ngày, tháng, năm sinh", 1.1, Align::kCenter},
                                            {"Giới tính", 0.55, Align::kCenter},
                                            {"Quê quán", 1.2},
                                            {"Nơi ở hiện nay", 1.2},
                                            {"Dân tộc", 0.6, Align::kCenter},
                                            {"Tôn giáo", 0.7, Align::kCenter},
                                            {"Giáo dục phổ thông", 0.7, Align::kCenter},
                                            {"Chuyên môn, nghiệp vụ", 1.0},
                                            {"Học hàm, học vị", 0.8},
                                            {"Lý luận chính trị", 0.8},
                                            {"Ngoại ngữ", 0.8},
                                            {"Nghề nghiệp, chức vụ", 1.3},
                                            {"Nơi công tác", 1.1},
                                            {"Ngày vào Đảng", 1.1, Align::kCenter},
                                            {"Là đại biểu QH, HĐND", 0.9}};
  thuky::doc::TableStyle style;
  style.size = 8.5;
  style.header_size = 8.5;
  style.cell_padding_pt = 2;
  auto table = d.table(columns, style);
  int number = 0;
  for (const auto& c : candidates) {
    const auto cells = candidate_cells(++number, c);
    table.row(thuky::doc::TableRow(cells.begin(), cells.end()));
  }
  table.finish();
  d.paragraph({Span{"Danh sách gồm " + std::to_string(candidates.size()) +
                        " người, xếp theo vần chữ cái A, B, C (tên, họ, tên đệm).",
                    false, true}},
              kept_with_signature());
  // The committee that publishes the list signs it (Law 85/2015 Art. 57, 58).
  d.signature_date(blank_date_line(committee_place(day, election), day));
  d.signatures({{election.kind == ElectionKind::kNationalAssembly ? "TM. HỘI ĐỒNG BẦU CỬ QUỐC GIA"
                                                                  : "TM. ỦY BAN BẦU CỬ",
                 "CHỦ TỊCH", "", ""}});
  PrintedList printed;
  printed.take(candidate_list_digest(day, election, unit, candidates));
  printed.kind = "candidates";
  printed.day_id = day.id;
  printed.election_id = election.id;
  printed.unit = unit.number;
  verification_footer(d, printed.code);
  d.save(file);
  return printed;
}

std::vector<std::string> ballot_lines(const std::vector<Candidate>& candidates) {
  std::map<std::string, int> same;
  for (const auto& c : candidates)
    ++same[thuky::text::match_key(c.full_name)];
  std::vector<std::string> out;
  for (const auto& c : candidates) {
    std::string line = (c.gender == "nữ" ? "Bà " : "Ông ") + c.full_name;
    if (same[thuky::text::match_key(c.full_name)] > 1)
      line += " (" + printed_date(c.birth_date) + ")";
    out.push_back(line);
  }
  return out;
}

void write_ballot(const ElectionDay& day, const Election& election, const Unit& unit,
                  const std::vector<Candidate>& candidates, const std::string& colour,
                  const thuky::Settings& s, const std::filesystem::path& file) {
  thuky::doc::PageSetup page = thuky::doc::PageSetup::from(s);
  page.paper = "A5";
  page.landscape = false;
  page.margin_top_mm = page.margin_bottom_mm = 12;
  page.margin_left_mm = page.margin_right_mm = 15;
  page.page_numbers = false;
  thuky::doc::Document d(s, info("Phiếu bầu cử"), page);
  keep_names(d, election, candidates);
  if (const auto rgb = colour_rgb(colour))
    d.frame(*rgb, 3);
  d.box(38, 24, "Dấu của Tổ bầu cử");
  d.space(6);
  d.title({"PHIẾU BẦU CỬ", {thuky::text::upper_first(delegates_of(election))}});
  d.paragraph(
      fmt::format("Đơn vị bầu cử số {} - Số đại biểu được bầu: {}", unit.number, unit.seats),
      centred(12));
  d.space(8);
  thuky::doc::ParagraphStyle name;
  name.align = Align::kLeft;
  name.first_line_indent_mm = 0;
  name.left_indent_mm = 20;
  name.space_after_pt = 10;
  name.size = 14;
  for (const auto& line : ballot_lines(candidates))
    d.paragraph({Span{line, true}}, name);
  (void)day;
  d.save(file);
}

PrintedList write_voter_list(thuky::Store& store, const ElectionDay& day, const PollingArea& area,
                             const thuky::Settings& s, const std::filesystem::path& file) {
  thuky::doc::PageSetup page = thuky::doc::PageSetup::from(s);
  page.landscape = true;
  page.margin_left_mm = 20;
  page.margin_right_mm = 15;
  thuky::doc::Document d(s, info("Danh sách cử tri " + area.name), page);
  const VoterListHeading heading = voter_list_heading(day, area);
  thuky::doc::HeaderBlock header;
  // The commune's people's committee issues the list: both lines are its name (bold).
  header.issuing_body = {"ỦY BAN NHÂN DÂN", heading.body};
  d.header(header);
  d.title({"DANH SÁCH CỬ TRI", {heading.day}});
  d.paragraph(heading.area, centred());
  // Residences name the day's areas ("thôn Đông Hà, xã Kỳ Hoa"): never "Kỳ / Hoa".
  for (const auto& a : day.areas)
    d.keep_together({a.name});
  const auto& levels = heading.levels;
  std::vector<TableColumn> columns = {{"STT", 0.5, Align::kCenter},
                                      {"Họ và tên", 2.0},
                                      {"Ngày sinh", 0.95, Align::kCenter},
                                      {"Nam/Nữ", 0.6, Align::kCenter},
                                      {"Dân tộc", 0.7, Align::kCenter},
                                      {"Nghề nghiệp", 1.2},
                                      {"Nơi thường trú", 1.9},
                                      {"Nơi tạm trú", 1.5}};
  for (const auto& level : levels)
    columns.push_back({"Bầu " + level, 0.7, Align::kCenter});
  columns.push_back({"Ghi chú", 1.5});
  thuky::doc::TableStyle style;
  style.size = 10;
  style.header_size = 10;
  auto table = d.table(columns, style);
  ListDigest digest("voters", heading.lines());
  int total = 0, men = 0, women = 0, struck = 0;
  std::vector<int> per_level(levels.size(), 0);
  for_each_voter(store, day, area.code, [&](const Voter& v) {
    VoterRow printed = voter_row(v, heading.level_bits);
    d.people({v.full_name});  // printed exactly as written
    thuky::doc::TableRow row;
    for (std::size_t i = 0; i + 1 < printed.cells.size(); ++i)
      row.push_back(std::vector<Span>{Span{printed.cells[i], false, false, printed.struck}});
    row.push_back(printed.cells.back());  // the note (the reason) is not struck through
    table.row(row);
    digest.row(std::move(printed.key), printed.cells, printed.struck);
    if (printed.struck) {
      ++struck;
      return;
    }
    ++total;
    ++(v.gender == "nữ" ? women : men);
    for (std::size_t i = 0; i < levels.size(); ++i)
      per_level[i] += (v.levels >> heading.level_bits[i]) & 1;
  });
  table.finish();
  std::string by_level;
  for (std::size_t i = 0; i < levels.size(); ++i) {
    by_level += fmt::format("{}bầu {}: {}", i ? "; " : "", levels[i],
                            thuky::text::format_integer(per_level[i]));
  }
  d.paragraph(
      fmt::format("Tổng số cử tri: {} (nam: {}, nữ: {}); {}.", thuky::text::format_integer(total),
                  thuky::text::format_integer(men), thuky::text::format_integer(women), by_level),
      kept_with_signature());
  if (struck > 0) {
    d.paragraph(fmt::format("Số cử tri bị xóa tên khỏi danh sách: {}.",
                            thuky::text::format_integer(struck)),
                kept_with_signature());
  }
  // The commune's people's committee makes the list and signs it where it sits.
  const std::string place =
      area.areas.empty() ? day.place : place_name(area_list(day, {area.areas.front()}));
  d.signature_date(blank_date_line(place, day));
  d.signatures({{"TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "", ""}});
  PrintedList out;
  out.take(digest);
  out.kind = "voters";
  out.day_id = day.id;
  out.area = area.code;
  verification_footer(d, out.code);
  d.save(file);
  return out;
}

}  // namespace delegates
