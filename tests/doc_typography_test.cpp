// Vietnamese typography of the document engine (issue 10), read back from the PDFs.
#include <gtest/gtest.h>

#include <map>
#include <sstream>

#include "support/pdf_tools.hpp"
#include "support/test_support.hpp"
#include "thuky/doc/document.hpp"

namespace thuky::doc {
namespace {

using test::quoted;
using test::shell;
using test::TempDir;

std::vector<std::string> lines_of(const std::filesystem::path& pdf) {
  std::istringstream in(shell("pdftotext -raw " + quoted(pdf) + " -").out);
  std::vector<std::string> out;
  for (std::string line; std::getline(in, line);) {
    if (!line.empty() && line != "\f")
      out.push_back(line);
  }
  return out;
}

std::size_t words_in(const std::string& line) {
  std::istringstream in(line);
  std::size_t n = 0;
  for (std::string w; in >> w;)
    ++n;
  return n;
}

// `text` as one paragraph indented `indent_mm`, its printed lines joined by "\n".
std::string paragraph_lines(const Settings& settings, const std::string& text, double indent_mm) {
  TempDir dir;
  Document d(settings, {.title = "t", .author = "", .subject = "", .created_epoch = {}});
  ParagraphStyle style;
  style.left_indent_mm = indent_mm;
  d.paragraph(text, style);
  d.save(dir / "p.pdf");
  std::string joined;
  for (const auto& line : lines_of(dir / "p.pdf"))
    joined += line + "\n";
  return joined;
}

// The same paragraph at 30 measures: wherever the line ends fall, these stay on one line.
TEST(Typography, NumbersUnitsRangesCompoundsQualifiersAndNumbersStayWhole) {
  const std::string text =
      "Đã vận động nguồn lực đạt trên 2,3 tỷ đồng, tỷ lệ đạt 45,37 % kế hoạch nhiệm kỳ "
      "2021 - 2026 của các tổ chức chính trị - xã hội theo Nghị quyết số 179/2019/NQ-HĐND, "
      "báo cáo Thường trực Tỉnh ủy (để b/c) và TM. BAN THƯỜNG TRỰC ký ban hành.";
  const std::vector<std::string> whole = {"2,3 tỷ đồng",        "45,37 %",          "2021 - 2026",
                                          "chính trị - xã hội", "179/2019/NQ-HĐND", "b/c)",
                                          "TM. BAN THƯỜNG TRỰC"};
  for (int indent = 0; indent < 30; ++indent) {
    const std::string joined = paragraph_lines(Settings{}, text, indent * 2);
    for (const auto& phrase : whole)
      EXPECT_NE(joined.find(phrase), std::string::npos) << phrase << " at " << indent << "\n"
                                                        << joined;
  }
}

// Dates and times of day at 30 measures: "ngày 09 tháng / 12" or "10 giờ / 30" never happens
// (the voter-contact plan broke "(từ ngày 09 tháng / 12 năm 2026").
TEST(Typography, DatesAndTimesOfDayStayWhole) {
  const std::string text =
      "Thời gian: từ ngày 23 tháng 11 năm 2026 đến ngày 04 tháng 12 năm 2026, trước Kỳ họp thứ "
      "Ba, Hội đồng nhân dân tỉnh Hà Tĩnh khóa XIX (từ ngày 09 tháng 12 năm 2026 đến ngày 11 "
      "tháng 12 năm 2026), buổi sáng từ 7 giờ 30 đến 10 giờ 30, buổi chiều từ 14 giờ 00 phút.";
  const std::vector<std::string> whole = {"ngày 23 tháng 11 năm 2026",
                                          "ngày 04 tháng 12 năm 2026,",
                                          "ngày 09 tháng 12 năm 2026",
                                          "ngày 11 tháng 12 năm 2026),",
                                          "7 giờ 30",
                                          "10 giờ 30,",
                                          "14 giờ 00 phút."};
  for (int indent = 0; indent < 30; ++indent) {
    const std::string joined = paragraph_lines(Settings{}, text, indent * 2);
    for (const auto& phrase : whole)
      EXPECT_NE(joined.find(phrase), std::string::npos) << phrase << " at " << indent << "\n"
                                                        << joined;
  }
}

TEST(Typography, NoOneWordLastLineAndTitlesNeverEndOnAWeakWord) {
  TempDir dir;
  for (int indent = 0; indent < 24; ++indent) {
    Settings settings;
    Document d(settings, {.title = "t", .author = "", .subject = "", .created_epoch = {}});
    d.title({"GIẤY MỜI",
             {"Buổi làm việc của Ban Thường trực Ủy ban MTTQ tỉnh với Ban Thường trực Ủy ban "
              "MTTQ thị xã Kỳ Anh về nhiệm vụ công tác Mặt trận nhiệm kỳ 2019 - 2024"}});
    ParagraphStyle style;
    style.left_indent_mm = indent * 3;
    d.paragraph(
        "Từ đầu năm đến nay, MTTQ các cấp thị xã Kỳ Anh đã chủ động phối hợp đẩy mạnh công tác "
        "tuyên truyền, vận động cán bộ và Nhân dân tham gia các cuộc vận động.",
        style);
    d.save(dir / "w.pdf");
    const auto lines = lines_of(dir / "w.pdf");
    ASSERT_GE(lines.size(), 4u);
    for (std::size_t i = 1; i + 1 < lines.size() && i < 4; ++i) {  // the subject's lines
      for (const char* weak : {" về", " của", " và", " với"}) {
        const std::string w = weak;
        EXPECT_FALSE(lines[i].size() >= w.size() &&
                     lines[i].compare(lines[i].size() - w.size(), w.size(), w) == 0)
            << lines[i];
      }
    }
    EXPECT_GE(words_in(lines.back()), 2u) << "indent " << indent * 3 << ": " << lines.back();
  }
}

TEST(Typography, ToneStyleQuotesAndAbbreviations) {
  TempDir dir;
  for (const char* style : {"new", "old", "as-entered"}) {
    Settings settings;
    settings.document.tone_style = style;
    settings.document.abbreviations = {{"MTTQ", "Mặt trận Tổ quốc"}};
    Document d(settings, {.title = "t", .author = "", .subject = "", .created_epoch = {}});
    d.people({"Nguyễn Thị Mai Thủy", "Lê Văn Hoà"});
    d.paragraph(
        "Thường trực Tỉnh uỷ và MTTQ tỉnh hoà giải; đồng chí Nguyễn Thị Mai Thủy, "
        "đồng chí Lê Văn Hoà dự; Ủy ban MTTQ phát động \"Vì người nghèo\".");
    d.save(dir / "t.pdf");
    std::string text;
    for (const auto& line : lines_of(dir / "t.pdf"))
      text += line + " ";
    const std::string s = style;
    const std::string expected =
        s == "new"   ? "Thường trực Tỉnh ủy và Mặt trận Tổ quốc (MTTQ) tỉnh hòa giải; đồng chí "
                       "Nguyễn Thị Mai Thủy, đồng chí Lê Văn Hoà dự; Ủy ban MTTQ phát động "
                       "“Vì người nghèo”. "
        : s == "old" ? "Thường trực Tỉnh uỷ và Mặt trận Tổ quốc (MTTQ) tỉnh hoà giải; đồng chí "
                       "Nguyễn Thị Mai Thủy, đồng chí Lê Văn Hoà dự; Uỷ ban MTTQ phát động "
                       "“Vì người nghèo”. "
                     : "Thường trực Tỉnh uỷ và Mặt trận Tổ quốc (MTTQ) tỉnh hoà giải; đồng chí "
                       "Nguyễn Thị Mai Thủy, đồng chí Lê Văn Hoà dự; Ủy ban MTTQ phát động "
                       "“Vì người nghèo”. ";
    EXPECT_EQ(text, expected) << style;
  }
}

// How many of 30 measures break `phrase` over two lines of `text` after its first word.
int splits_of(const Settings& settings, const std::string& text, const std::string& phrase) {
  int split = 0;
  for (int indent = 0; indent < 30; ++indent) {
    const std::string joined = paragraph_lines(settings, text, indent * 2);
    // A phrase split over two lines: its first word ends a line.
    const std::string first = phrase.substr(0, phrase.find(' '));
    if (joined.find(" " + first + "\n") != std::string::npos ||
        joined.find("\n" + first + "\n") != std::string::npos)
      ++split;
  }
  return split;
}

// [document] units and multipliers: what the line breaker keeps with a number.
TEST(Typography, UnitsAndMultipliersAreSettings) {
  // Lines of one phrase over and over: at some measure a line ends inside it, unless a rule
  // keeps it whole.
  std::string houses, money;
  for (int i = 0; i < 40; ++i) {
    houses += "34 nhà, ";
    money += "2,3 tỷ đồng, ";
  }
  Settings settings;
  EXPECT_GT(splits_of(settings, houses, "34 nhà"), 0);  // "nhà" is no unit by default
  EXPECT_EQ(splits_of(settings, money, "2,3 tỷ đồng"), 0);
  settings.document.units.push_back("Nhà");  // matched without case
  EXPECT_EQ(splits_of(settings, houses, "34 nhà"), 0);
  settings.document.units = {};
  settings.document.multipliers = {};
  EXPECT_GT(splits_of(settings, money, "2,3 tỷ đồng"), 0);
}

TEST(Typography, ANameKeptTogetherThatCannotFitACellBreaksAtItsSpaces) {
  TempDir dir;
  Settings settings;
  Document d(settings, {.title = "t", .author = "", .subject = "", .created_epoch = {}});
  d.people({"Hoàng Thị Nghiệm"});
  auto table = d.table({{"STT", 0.4}, {"Họ và tên", 0.9}, {"Ghi chú", 5}});
  table.row({"1", "Hoàng Thị Nghiệm", "Ủy ban nhân dân"});
  table.finish();
  d.save(dir / "n.pdf");
  std::string joined;
  for (const auto& line : lines_of(dir / "n.pdf"))
    joined += line + "\n";
  EXPECT_EQ(joined.find("HoàngThị"), std::string::npos) << joined;
  EXPECT_NE(joined.find("Hoàng"), std::string::npos) << joined;
  EXPECT_NE(joined.find("Nghiệm"), std::string::npos) << joined;
}

// Fixed terms and names stay whole in prose as in cells: the minutes broke "Chủ tịch Ủy / ban
// MTTQ tỉnh" at a line end.
TEST(Typography, TermsAndNamesStayWholeInProse) {
  std::string chairs;
  for (int i = 0; i < 30; ++i)
    chairs += "đồng chí Hà Văn Hùng, Chủ tịch Ủy ban Mặt trận Tổ quốc tỉnh; ";
  Settings settings;
  EXPECT_EQ(splits_of(settings, chairs, "Ủy ban"), 0);
  EXPECT_EQ(splits_of(settings, chairs, "Mặt trận"), 0);
  EXPECT_EQ(splits_of(settings, chairs, "Tổ quốc"), 0);
  settings.document.fixed_terms = {};
  EXPECT_GT(splits_of(settings, chairs, "Ủy ban"), 0);  // the rule, not luck, keeps it
}

// A range of times too wide for its cell breaks at the dash, never inside "10 giờ 30"; a name
// too wide breaks at its spaces (ANameKeptTogetherThatCannotFitACellBreaksAtItsSpaces).
TEST(Typography, AKeptGroupTooWideForItsCellLetsGoOfItsWeakestSpacesFirst) {
  TempDir dir;
  Settings settings;
  Document d(settings, {.title = "t", .author = "", .subject = "", .created_epoch = {}});
  auto table = d.table({{"Thời gian", 1}, {"Nội dung", 5}});
  table.row({"Sáng thứ Hai, 23/11/2026 (7 giờ 30 - 10 giờ 30)", "Tiếp xúc cử tri"});
  table.finish();
  d.save(dir / "r.pdf");
  std::string joined;
  for (const auto& line : lines_of(dir / "r.pdf"))
    joined += line + "\n";
  const std::string expected =
      "Thời gian Nội dung\nSáng thứ Hai,\n23/11/2026\n(7 giờ 30 -\n10 giờ 30)\nTiếp xúc "
      "cử tri\n";  // the range lets go at its dash; each time stays whole
  EXPECT_EQ(joined, expected);
}

// "TM. THƯỜNG TRỰC HĐND" / "KT. CHỦ TỊCH" / "PHÓ CHỦ TỊCH": a deputy signs for the head.
TEST(Signature, AnAuthorityOfTwoLinesPrintsBothAboveTheTitle) {
  TempDir dir;
  Settings settings;
  Document d(settings, {.title = "t", .author = "", .subject = "", .created_epoch = {}});
  d.closing({{"- Lưu: VT."}}, {.authority = "TM. THƯỜNG TRỰC HĐND\nKT. CHỦ TỊCH",
                               .title = "PHÓ CHỦ TỊCH",
                               .name = "Trần Văn Hải",
                               .note = ""});
  d.save(dir / "s.pdf");
  std::string joined;
  for (const auto& line : lines_of(dir / "s.pdf"))
    joined += line + "\n";
  const std::string expected =
      "Nơi nhận:\n- Lưu: VT.\nTM. THƯỜNG TRỰC HĐND\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nTrần Văn Hải\n";
  EXPECT_EQ(joined, expected);
}

// A section heading of a table goes to the next page with its first row, however tall the row:
// at every position on the page (the unanswered-opinions list left "Sở Xây dựng" alone at the
// foot of page 1).
TEST(Table, ASectionHeadingNeverEndsAPage) {
  TempDir dir;
  for (int paragraphs = 0; paragraphs < 16; ++paragraphs) {
    Settings settings;
    Document d(settings, {.title = "t", .author = "", .subject = "", .created_epoch = {}});
    for (int i = 0; i < paragraphs; ++i)
      d.paragraph("Đoạn " + std::to_string(i + 1) + ".");
    auto table = d.table({{"STT", 1}, {"Nội dung", 5}});
    for (int k = 1; k <= 12; ++k) {
      table.section("Nhóm S" + std::to_string(k));
      table.row({"1", "Hàng R" + std::to_string(k) + "\nhai\nba\nbốn\nnăm"});
    }
    table.finish();
    d.save(dir / "s.pdf");
    const auto layout = test::pdf_words(dir / "s.pdf");
    std::map<std::string, int> page;
    for (const auto& w : layout.words)
      page[w.text] = w.page;
    for (int k = 1; k <= 12; ++k) {
      const std::string n = std::to_string(k);
      ASSERT_TRUE(page.count("S" + n) && page.count("R" + n)) << paragraphs << " " << n;
      EXPECT_EQ(page["S" + n], page["R" + n]) << paragraphs << " paragraphs, section " << n;
    }
  }
}

// A heading that does not fit with what follows goes to the next page with it, leaving no
// more room behind than the two need: whatever the text before it, at every page position.
TEST(Layout, KeepWithNextLeavesNoHole) {
  TempDir dir;
  const double bottom = 842 - 20 * 72 / 25.4;
  for (int paragraphs = 18; paragraphs < 34; ++paragraphs) {
    Settings settings;
    Document d(settings, {.title = "t", .author = "", .subject = "", .created_epoch = {}});
    for (int i = 0; i < paragraphs; ++i)
      d.paragraph("Đoạn " + std::to_string(i + 1) + ".");
    ParagraphStyle keep;
    keep.keep_with_next = true;
    d.paragraph("7. Phân công thực hiện:", keep);
    auto table = d.table({{"STT", 1}, {"Nhiệm vụ", 4}});
    table.row({"1", "Một nhiệm vụ\nhai dòng\nba dòng"});
    table.finish();
    d.save(dir / "k.pdf");
    const auto layout = test::pdf_words(dir / "k.pdf");
    int heading_page = 0, table_page = 0;
    double heading_top = 0, row_bottom = 0, last_before = 0;
    for (const auto& w : layout.words) {
      if (w.text == "Phân") {
        heading_page = w.page;
        heading_top = w.y_min;
      }
      if (w.text == "STT")
        table_page = w.page;
      if (w.text == "ba")
        row_bottom = w.y_max;
    }
    for (const auto& w : layout.words) {
      if (w.page == heading_page - 1)
        last_before = std::max(last_before, w.y_max);
    }
    EXPECT_EQ(heading_page, table_page) << paragraphs;
    if (heading_page == 2) {
      EXPECT_LT(bottom - last_before, row_bottom - heading_top + 12)
          << paragraphs << ": a hole of " << (bottom - last_before) << " pt";
    }
  }
}

}  // namespace
}  // namespace thuky::doc
