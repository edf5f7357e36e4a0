#include "results_documents.hpp"

#include <fmt/format.h>

#include <cctype>
#include <map>

#include "committees.hpp"
#include "coverage.hpp"
#include "documents.hpp"
#include "election_store.hpp"
#include "forms.hpp"
#include "nouns.hpp"
#include "polling_team.hpp"
#include "thuky/doc/document.hpp"
#include "thuky/error.hpp"
#include "thuky/text/case.hpp"
#include "thuky/text/format.hpp"

namespace delegates {
namespace {

using thuky::doc::Align;
using thuky::doc::TableColumn;
using thuky::text::format_integer;

// Printed forms leave what only the people in the room know to be written by hand.
constexpr const char* kBlank = "…………………";

thuky::doc::ParagraphStyle plain() {
  thuky::doc::ParagraphStyle style;
  style.space_after_pt = 3;
  return style;
}

// The last paragraph goes with the signatures below it: never a signature alone on a page.
thuky::doc::ParagraphStyle kept_with_signatures() {
  thuky::doc::ParagraphStyle style = plain();
  style.keep_with_next = true;
  return style;
}

// A line ending in a blank to fill by hand: justified, its words would spread over the line.
thuky::doc::ParagraphStyle to_fill() {
  thuky::doc::ParagraphStyle style = plain();
  style.align = Align::kLeft;
  return style;
}

// Minutes run long: 13 pt (Decree 30 allows 13–14) keeps the signatures on the counts' page.
thuky::doc::PageSetup minutes_page(const thuky::Settings& s) {
  thuky::doc::PageSetup page = thuky::doc::PageSetup::from(s);
  page.body_size = 13;
  return page;
}

// "Ủy ban bầu cử tỉnh Hà Tĩnh" → "ỦY BAN BẦU CỬ", "TỈNH HÀ TĨNH": the header's column is narrow.
std::vector<std::string> committee_lines(const std::string& committee) {
  const std::string name = committee.empty() ? "Ủy ban bầu cử" : committee;
  for (const char* kind : {" tỉnh ", " thành phố ", " đặc khu ", " phường ", " xã "}) {
    if (const auto at = name.find(kind); at != std::string::npos) {
      return {thuky::text::to_upper(name.substr(0, at)),
              thuky::text::to_upper(name.substr(at + 1))};
    }
  }
  return {thuky::text::to_upper(name)};
}

// The form's number top right, above the header, as the Council's forms print it.
void form_number_line(thuky::doc::Document& d, const FormNumbers& forms, Form form,
                      ElectionKind kind) {
  const std::string number = form_number(forms, form, kind);
  if (number.empty())
    return;
  thuky::doc::ParagraphStyle style;
  style.align = Align::kRight;
  style.first_line_indent_mm = 0;
  style.size = 11;
  style.space_after_pt = 2;
  d.paragraph({thuky::doc::Span{std::string(number), true}}, style);
}

thuky::doc::DocumentInfo info(const std::string& title) {
  thuky::doc::DocumentInfo out;
  out.title = title;
  return out;
}

std::vector<std::string> names_of(const std::vector<Candidate>& candidates) {
  std::vector<std::string> out;
  for (const auto& c : candidates)
    out.push_back(c.full_name);
  return out;
}

// The counts every minute gives, one numbered line each.
void counts(thuky::doc::Document& d, const TallyCounts& t, const char* voters_word) {
  d.paragraph(fmt::format("1. Tổng số cử tri {}: {}.", voters_word, format_integer(t.listed)),
              plain());
  d.paragraph(fmt::format("2. Số cử tri đã tham gia bỏ phiếu: {}, đạt {} tổng số cử tri.",
                          format_integer(t.voted), percent_of(t.voted, t.listed)),
              plain());
  d.paragraph(fmt::format("3. Số phiếu phát ra: {}.", format_integer(t.issued)), plain());
  d.paragraph(fmt::format("4. Số phiếu thu vào: {}.", format_integer(t.returned)), plain());
  d.paragraph(fmt::format("5. Số phiếu hợp lệ: {}.", format_integer(t.valid)), plain());
  d.paragraph(fmt::format("6. Số phiếu không hợp lệ: {}.", format_integer(t.invalid)), plain());
}

void complaints(thuky::doc::Document& d, const std::string& number, const char* passed_to) {
  d.paragraph(fmt::format("{}. Khiếu nại, tố cáo: nhận được {}; đã giải quyết {}; chuyển đến {} "
                          "{}.",
                          number, kBlank, kBlank, passed_to, kBlank),
              to_fill());
}

// The form's lines for the people in the room, by role, with a blank for each name; the last
// ends with `last_mark`.
void members(thuky::doc::Document& d, const std::vector<std::string>& roles,
             const char* last_mark) {
  for (std::size_t i = 0; i < roles.size(); ++i) {
    const std::string role = roles[i].empty() ? "" : ", " + roles[i];
    d.paragraph(fmt::format("{}. Ông (bà) {}{}{}", i + 1, kBlank, role,
                            i + 1 == roles.size() ? last_mark : ";"),
                to_fill());
  }
}

// "BAN BẦU CỬ ĐẠI BIỂU / HĐND TỈNH" (two lines: the header's column is narrow): an election board
// is formed per level and unit, so its name says which level's board it is (two boards of "đơn vị
// bầu cử số 1" sign different minutes).
std::vector<std::string> board_of(const Election& e) {
  return {"BAN BẦU CỬ ĐẠI BIỂU", e.kind == ElectionKind::kNationalAssembly
                                     ? std::string("QUỐC HỘI")
                                     : thuky::text::to_upper(e.level)};
}

// "TỔ BẦU CỬ SỐ 1": a team takes the number of its polling area ("Khu vực bỏ phiếu số 1 - thôn
// Đông Hà"); an area named otherwise gives its name on a second line ("TỔ BẦU CỬ" / "THÔN ĐÔNG
// HÀ"), never the store's code.
std::vector<std::string> team_heading(const PollingArea& area) {
  static const std::string kPrefix = "Khu vực bỏ phiếu số ";
  std::size_t end = kPrefix.size();
  while (area.name.starts_with(kPrefix) && end < area.name.size() &&
         std::isdigit(static_cast<unsigned char>(area.name[end])))
    ++end;
  if (end > kPrefix.size())
    return {"TỔ BẦU CỬ SỐ " + area.name.substr(kPrefix.size(), end - kPrefix.size())};
  return {"TỔ BẦU CỬ", thuky::text::to_upper(area.name)};
}

// The province above the polling area's first commune, as the form's first header line.
std::string province_of(const ElectionDay& day, const PollingArea& area) {
  for (const auto& a : day.areas) {
    if (!area.areas.empty() && a.code == area.areas.front())
      return a.province;
  }
  return "";
}

// The team the election file names, by role: "1. Ông Nguyễn Văn Hùng, Tổ trưởng;".
void team_members(thuky::doc::Document& d, const std::vector<TeamMember>& team) {
  for (std::size_t i = 0; i < team.size(); ++i) {
    d.paragraph(fmt::format("{}. {}, {};", i + 1, team[i].name, team[i].role), plain());
  }
}

}  // namespace

void write_tally_minutes(const ElectionDay& day, const Election& election, const PollingArea& area,
                         const Tally& tally, const std::vector<Candidate>& ballot,
                         const FormNumbers& forms, const thuky::Settings& s,
                         const std::filesystem::path& file) {
  thuky::doc::Document d(s, info("Biên bản kết quả kiểm phiếu " + area.name), minutes_page(s));
  std::vector<std::string> people = names_of(ballot);
  for (auto& name : team_names(area.team))
    people.push_back(std::move(name));
  d.people(people);
  d.keep_together({area.name});
  form_number_line(d, forms, Form::kTally, election.kind);
  thuky::doc::HeaderBlock header;
  header.parent_body = {thuky::text::to_upper(area_list(day, area.areas))};
  if (const std::string province = province_of(day, area); !province.empty())
    header.parent_body.insert(header.parent_body.begin(), thuky::text::to_upper(province));
  header.issuing_body = team_heading(area);
  d.header(header);
  const int unit = area.units.at(election.id);
  d.title({"BIÊN BẢN",
           {"Kết quả kiểm phiếu bầu cử " + delegates_of(election),
            fmt::format("Đơn vị bầu cử số {}", unit)}});
  // The form's opening: when, which team and who is in it by role, where, and the two voters
  // who witness the count; what only the room knows is left to write by hand.
  d.paragraph(fmt::format("Hồi {} giờ {} phút, {}, Tổ bầu cử {}, {}, đơn vị bầu cử số {}, gồm có:",
                          "……", "……", thuky::text::format_date_long(day.date),
                          polling_area_in_prose(area), area_list(day, area.areas), unit),
              plain());
  if (area.team.empty())
    members(d, {"Tổ trưởng", "Thư ký", "Ủy viên", "Ủy viên", "Ủy viên"}, ";");
  else
    team_members(d, area.team);
  d.paragraph(fmt::format("sau khi kết thúc cuộc bỏ phiếu, đã tiến hành kiểm phiếu tại {} với sự "
                          "chứng kiến của hai cử tri không phải là người ứng cử:",
                          kBlank),
              to_fill());
  members(d, {"", ""}, ".");
  d.paragraph("Kết quả kiểm phiếu như sau:", plain());
  counts(d, tally.counts, "của khu vực bỏ phiếu");
  d.paragraph("7. Số phiếu bầu cho mỗi người ứng cử (xếp theo thứ tự trên phiếu bầu):", plain());
  thuky::doc::TableStyle style;
  auto table = d.table(
      {{"STT", 0.5, Align::kCenter}, {"Họ và tên", 3}, {"Số phiếu bầu", 1.2, Align::kRight}},
      style);
  const auto lines = ballot_lines(ballot);
  for (std::size_t i = 0; i < ballot.size(); ++i)
    table.row({std::to_string(i + 1), lines[i], format_integer(tally.votes[i])});
  table.finish();
  complaints(d, "8", "Ban bầu cử");
  d.paragraph(thuky::text::with_end_mark(
                  "Biên bản này được lập thành 03 bản và được gửi đến Ban bầu cử, Ủy ban nhân dân "
                  "và Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam cấp xã"),
              kept_with_signatures());
  // The witnesses, then the secretary and the leader: two rows on one page.
  d.signatures({{"", "CỬ TRI CHỨNG KIẾN", "", "(Ký, ghi rõ họ tên)"},
                {"", "CỬ TRI CHỨNG KIẾN", "", "(Ký, ghi rõ họ tên)"},
                {"", "THƯ KÝ", signer(area.team, "Thư ký"), "(Ký, ghi rõ họ tên)"},
                {"TM. TỔ BẦU CỬ", "TỔ TRƯỞNG", signer(area.team, "Tổ trưởng"),
                 "(Ký, ghi rõ họ tên, đóng dấu)"}});
  d.save(file);
}

void write_results_minutes(const ElectionDay& day, const UnitResult& r, const FormNumbers& forms,
                           const thuky::Settings& s, const std::filesystem::path& file) {
  const Election& e = *r.election;
  // "… đã nhận biên bản kết quả kiểm phiếu của 3 trên 3 khu vực bỏ phiếu" would hide a commune
  // of the unit without any.
  if (const std::string problem = coverage_problem(day, e, r.unit); !problem.empty())
    throw thuky::UserError(problem);
  if (r.status == UnitStatus::kIncomplete) {
    throw thuky::UserError(fmt::format(
        "{} ({}), unit {}: {} of {} {} counted; the results minutes need every count", e.level,
        e.id, r.unit.number, r.tallied, r.areas, noun(r.areas, "polling area", "polling areas")));
  }
  std::vector<Candidate> ballot;
  for (const auto& c : r.candidates)
    ballot.push_back(c.candidate);
  thuky::doc::Document d(
      s, info(fmt::format("Biên bản xác định kết quả bầu cử đơn vị số {}", r.unit.number)),
      minutes_page(s));
  d.people(names_of(ballot));
  form_number_line(d, forms, Form::kResults, e.kind);
  thuky::doc::HeaderBlock header;
  header.parent_body = committee_lines(organising_committee(day, e));
  header.issuing_body = board_of(e);
  header.issuing_body.push_back(fmt::format("ĐƠN VỊ BẦU CỬ SỐ {}", r.unit.number));
  d.header(header);
  d.title({"BIÊN BẢN",
           {"Xác định kết quả bầu cử " + delegates_of(e),
            fmt::format("ở đơn vị bầu cử số {}", r.unit.number)}});
  // When and where the board met, as the form asks: written by hand.
  d.paragraph(fmt::format("Hồi …… giờ …… phút, ngày …… tháng …… năm {}, tại {}, Ban bầu cử "
                          "đơn vị bầu cử số {} đã họp để xác định kết quả bầu cử ở đơn vị bầu cử.",
                          day.date.year, kBlank, r.unit.number),
              to_fill());
  d.paragraph(
      fmt::format("Đơn vị bầu cử số {} gồm: {}.", r.unit.number, area_list(day, r.unit.areas)),
      plain());
  d.paragraph(fmt::format("Ban bầu cử đã nhận biên bản kết quả kiểm phiếu của {} trên {} khu "
                          "vực bỏ phiếu thuộc đơn vị bầu cử và xác định kết quả như sau:",
                          r.tallied, r.areas),
              plain());
  d.paragraph(fmt::format("Số đại biểu được bầu: {}. Số người ứng cử: {}.", r.unit.seats,
                          r.candidates.size()),
              plain());
  counts(d, r.totals, "trong danh sách cử tri");
  d.paragraph("7. Số phiếu bầu cho mỗi người ứng cử (xếp theo thứ tự trên phiếu bầu):", plain());
  auto table = d.table({{"STT", 0.5, Align::kCenter},
                        {"Họ và tên", 2.6},
                        {"Số phiếu bầu", 1.1, Align::kRight},
                        {"Tỷ lệ so với số phiếu hợp lệ", 1.3, Align::kRight}});
  const auto lines = ballot_lines(ballot);
  for (std::size_t i = 0; i < r.candidates.size(); ++i) {
    table.row({std::to_string(i + 1), lines[i], format_integer(r.candidates[i].votes),
               percent_of(r.candidates[i].votes, r.totals.valid)});
  }
  table.finish();
  if (r.status == UnitStatus::kReElection) {
    d.paragraph(
        fmt::format("8. Số cử tri đã tham gia bỏ phiếu ({}) không quá một nửa tổng số "
                    "cử tri trong danh sách ({}): cuộc bầu cử ở đơn vị bầu cử số {} "
                    "không có giá trị. Ban bầu cử đề nghị tổ chức bầu cử lại.",
                    format_integer(r.totals.voted), format_integer(r.totals.listed), r.unit.number),
        plain());
  } else {
    d.paragraph(
        fmt::format("8. Căn cứ kết quả trên, những người trúng cử (được quá một nửa "
                    "tổng số phiếu hợp lệ, theo thứ tự số phiếu từ cao xuống thấp): {}.",
                    r.winners.empty() ? "không có" : std::to_string(r.winners.size()) + " người"),
        plain());
    std::vector<std::string> winners;
    for (const std::size_t i : r.winners) {
      winners.push_back(fmt::format("{}, {} phiếu, đạt {} số phiếu hợp lệ;", lines[i],
                                    format_integer(r.candidates[i].votes),
                                    percent_of(r.candidates[i].votes, r.totals.valid)));
    }
    if (!winners.empty()) {
      winners.back().back() = '.';
      d.list(winners);
    }
    const int filled = static_cast<int>(r.winners.size());
    if (r.status == UnitStatus::kAdditional) {
      d.paragraph(fmt::format("Số người trúng cử ({}) chưa đủ số đại biểu được bầu ({}). Ban "
                              "bầu cử đề nghị tổ chức bầu cử thêm ở đơn vị bầu cử số {}.",
                              filled, r.unit.seats, r.unit.number),
                  plain());
    } else if (r.status == UnitStatus::kSeatsLeft) {
      d.paragraph(fmt::format("Số người trúng cử ({}) chưa đủ số đại biểu được bầu ({}) nhưng "
                              "đã đạt hai phần ba số đại biểu được bầu: không tổ chức bầu cử "
                              "thêm.",
                              filled, r.unit.seats),
                  plain());
    } else if (r.status == UnitStatus::kTie) {
      d.paragraph(
          "Những người ứng cử ở vị trí cuối cùng được nhiều phiếu bằng nhau và cùng "
          "ngày sinh: Ban bầu cử báo cáo Ủy ban bầu cử xem xét, quyết định.",
          plain());
    }
  }
  complaints(d, "9", "Ủy ban bầu cử");
  d.paragraph(thuky::text::with_end_mark("Biên bản này được lập thành 04 bản"),
              kept_with_signatures());
  d.signatures({{"", "THƯ KÝ", "", "(Ký, ghi rõ họ tên)"},
                {"", "PHÓ TRƯỞNG BAN", "", "(Ký, ghi rõ họ tên)"},
                {"TM. BAN BẦU CỬ", "TRƯỞNG BAN", "", "(Ký, ghi rõ họ tên, đóng dấu)"}});
  d.save(file);
}

void write_summary_minutes(const ElectionDay& day, const std::vector<UnitResult>& units,
                           const FormNumbers& forms, const thuky::Settings& s,
                           const std::filesystem::path& file) {
  const Election& e = *units.front().election;
  thuky::doc::Document d(s, info("Biên bản tổng kết cuộc bầu cử " + e.level), minutes_page(s));
  std::vector<std::string> names;
  TallyCounts totals;
  int seats = 0, winners = 0;
  std::size_t candidates = 0;
  for (const auto& r : units) {
    for (const auto& c : r.candidates)
      names.push_back(c.candidate.full_name);
    totals.listed += r.totals.listed;
    totals.voted += r.totals.voted;
    totals.issued += r.totals.issued;
    totals.returned += r.totals.returned;
    totals.valid += r.totals.valid;
    totals.invalid += r.totals.invalid;
    seats += r.unit.seats;
    winners += static_cast<int>(r.winners.size());
    candidates += r.candidates.size();
  }
  d.people(names);
  form_number_line(d, forms, Form::kSummary, e.kind);
  const std::vector<std::string> committee = committee_lines(organising_committee(day, e));
  thuky::doc::HeaderBlock header;
  header.issuing_body = committee;
  d.header(header);
  d.title({"BIÊN BẢN", {"Tổng kết cuộc bầu cử " + delegates_of(e)}});
  d.paragraph(fmt::format("Số đơn vị bầu cử: {}. Tổng số đại biểu được bầu: {}. Tổng số người "
                          "ứng cử: {}.",
                          units.size(), seats, candidates),
              plain());
  counts(d, totals, "trong danh sách cử tri");
  d.paragraph("7. Kết quả ở từng đơn vị bầu cử:", plain());
  for (const auto& r : units) {
    const auto lines = ballot_lines([&] {
      std::vector<Candidate> ballot;
      for (const auto& c : r.candidates)
        ballot.push_back(c.candidate);
      return ballot;
    }());
    std::string outcome;
    if (r.status == UnitStatus::kReElection)
      outcome = "cuộc bầu cử không có giá trị, đề nghị tổ chức bầu cử lại.";
    else if (r.winners.empty())
      outcome = "không có người trúng cử.";
    else
      outcome = fmt::format("{} người trúng cử:", r.winners.size());
    d.paragraph(fmt::format("Đơn vị bầu cử số {} ({} đại biểu được bầu; cử tri đã tham gia bỏ "
                            "phiếu: {}, đạt {}): {}",
                            r.unit.number, r.unit.seats, format_integer(r.totals.voted),
                            percent_of(r.totals.voted, r.totals.listed), outcome),
                plain());
    std::vector<std::string> elected;
    for (const std::size_t i : r.winners) {
      elected.push_back(fmt::format("{}, {} phiếu, đạt {} số phiếu hợp lệ;", lines[i],
                                    format_integer(r.candidates[i].votes),
                                    percent_of(r.candidates[i].votes, r.totals.valid)));
    }
    if (!elected.empty()) {
      elected.back().back() = '.';
      d.list(elected);
    }
    if (r.status == UnitStatus::kAdditional) {
      d.paragraph(fmt::format("Đề nghị tổ chức bầu cử thêm ở đơn vị bầu cử số {}.", r.unit.number),
                  plain());
    }
  }
  d.paragraph(
      fmt::format("8. Tổng số người trúng cử: {} trên {} đại biểu được bầu.", winners, seats),
      plain());
  d.paragraph(fmt::format("9. Những việc quan trọng đã xảy ra trong cuộc bầu cử: {}.", kBlank),
              to_fill());
  d.paragraph(thuky::text::with_end_mark("Biên bản này được lập thành 06 bản"),
              kept_with_signatures());
  d.signatures({{"", "PHÓ CHỦ TỊCH", "", "(Ký, ghi rõ họ tên)"},
                {"TM. " + committee.front(), "CHỦ TỊCH", "", "(Ký, ghi rõ họ tên, đóng dấu)"}});
  d.save(file);
}

std::vector<std::filesystem::path> write_count_minutes(thuky::Store& store, const ElectionDay& day,
                                                       const FormNumbers& forms,
                                                       const thuky::Settings& s,
                                                       const MinutesFilter& f,
                                                       const std::filesystem::path& dir) {
  std::vector<std::filesystem::path> written;
  const auto wanted = [&](const Election& e) {
    return f.election_id.empty() || e.id == f.election_id;
  };
  if (f.tally) {
    for (const auto& t : load_tallies(store, day, f.election_id, f.area)) {
      const Election& e = election_of(day, t.election_id);
      for (const auto& area : day.polling_areas) {
        if (area.code != t.area || (f.unit && area.units.at(e.id) != f.unit))
          continue;
        written.push_back(dir /
                          fmt::format("{}-{}-{}-bien-ban-kiem-phieu.pdf", day.id, area.code, e.id));
        write_tally_minutes(day, e, area, t, load_candidates(store, e.id, area.units.at(e.id)),
                            forms, s, written.back());
      }
    }
  }
  if (f.results) {
    for (const auto& r : compute_results(store, day, f.election_id)) {
      if (!wanted(*r.election) || (f.unit && r.unit.number != f.unit))
        continue;
      if (r.status == UnitStatus::kIncomplete && !f.only_results)
        continue;  // with every paper asked for, the units still counting have none yet
      written.push_back(dir / fmt::format("{}-dv{:02}-bien-ban-ket-qua-bau-cu.pdf", r.election->id,
                                          r.unit.number));
      write_results_minutes(day, r, forms, s, written.back());
    }
    // The committee's summary once every unit of an election is decided.
    if (!f.unit) {
      std::map<std::string, std::vector<UnitResult>> by_election;
      for (auto& r : compute_results(store, day, f.election_id))
        by_election[r.election->id].push_back(std::move(r));
      for (const auto& e : day.elections) {
        const auto found = by_election.find(e.id);
        // The National Assembly's summary is the National Election Council's, not a committee's.
        if (found == by_election.end() || !wanted(e) || e.kind != ElectionKind::kCouncil)
          continue;
        bool decided = true;
        for (const auto& r : found->second)
          decided = decided && r.status != UnitStatus::kIncomplete &&
                    r.status != UnitStatus::kNoPollingArea;
        if (!decided)
          continue;
        written.push_back(dir / fmt::format("{}-bien-ban-tong-ket.pdf", e.id));
        write_summary_minutes(day, found->second, forms, s, written.back());
      }
    }
  }
  return written;
}

}  // namespace delegates
