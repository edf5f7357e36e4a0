// The document engine, checked the way readers' tools see its PDFs.
#include <gtest/gtest.h>
#include <sched.h>

#include <thread>

#include <cctype>
#include <cmath>
#include <cstdlib>
#include <map>
#include <mutex>
#include <set>
#include <sstream>

#include "support/pdf_tools.hpp"
#include "support/test_support.hpp"
#include "thuky/doc/document.hpp"
#include "thuky/doc/documents.hpp"
#include "thuky/doc/parallel.hpp"
#include "thuky/error.hpp"

namespace thuky::doc {
namespace {

using test::pdf_words;
using test::quoted;
using test::shell;
using test::TempDir;

constexpr double kMm = 72.0 / 25.4;

const std::string kLongText =
    "Từ đầu năm đến nay, MTTQ các cấp thị xã Kỳ Anh đã chủ động phối hợp đẩy mạnh công tác "
    "tuyên truyền, vận động cán bộ và Nhân dân địa phương tham gia thực hiện có hiệu quả các cuộc "
    "vận động và phong trào thi đua yêu nước; hỗ trợ làm 34 nhà ở trị giá trên 1,9 tỷ đồng, vận "
    "động và trao tặng 8.600 suất quà trị giá 3,2 tỷ đồng cho các hộ nghèo.";

// Every building block, long enough for three pages.
void build_sample(Document& d, int rows = 60) {
  d.header({.parent_body = {"ỦY BAN MTTQ VIỆT NAM", "TỈNH HÀ TĨNH"},
            .issuing_body = {"BAN THƯỜNG TRỰC"},
            .number = "Số: 05/BB-MTTQ-BTT",
            .place_date = "Kỳ Anh, ngày 15 tháng 9 năm 2020"});
  d.title({"BIÊN BẢN", {"Buổi làm việc với Ban Thường trực Ủy ban MTTQ thị xã Kỳ Anh"}});
  d.paragraph({{"Thời gian bắt đầu: ", true}, {"8 giờ 00 phút, ngày 15 tháng 9 năm 2020."}});
  d.paragraph(kLongText);
  auto table =
      d.table({{"STT", 0.6, Align::kCenter}, {"Nội dung", 4}, {"Kết quả", 1.3, Align::kRight}});
  for (int i = 1; i <= rows; ++i) {
    table.row({std::to_string(i), "Hoạt động số " + std::to_string(i), std::to_string(i * 7)});
  }
  table.totals({"", "Tổng cộng", "12.810"});
  table.finish();
  d.signatures({{.authority = "", .title = "THƯ KÝ", .name = "Nguyễn Văn Thư", .note = ""},
                {.authority = "", .title = "CHỦ TỌA", .name = "Hà Văn Hùng", .note = ""}});
  d.closing(
      {{"- Như trên;", "- Lưu: VT, Hồ sơ."}},
      {.authority = "TM. BAN THƯỜNG TRỰC", .title = "CHỦ TỊCH", .name = "Hà Văn Hùng", .note = ""});
}

class DocEngine : public ::testing::Test {
 protected:
  std::filesystem::path render(const std::string& name, int rows = 60) {
    Document d(settings_, {.title = "Biên bản", .author = "", .subject = "", .created_epoch = {}});
    build_sample(d, rows);
    const auto file = dir_ / name;
    d.save(file);
    return file;
  }
  Settings settings_;
  TempDir dir_;
};

// A form signed by hand (the voter-contact minutes: no secretary named yet) keeps the room to
// sign under "THƯ KÝ" and "CHỦ TỌA": what follows starts 22 mm (64 pt) lower, not right under
// the titles (which left the titles alone at a page's foot and the rest on the next page).
TEST_F(DocEngine, SignaturesWithoutANameKeepTheRoomToSign) {
  Document d(settings_, {.title = "t", .author = "", .subject = "", .created_epoch = {}});
  d.paragraph("Cuộc họp kết thúc vào 17 giờ 00 phút, ngày 26 tháng 11 năm 2026./.");
  d.signatures({{.authority = "", .title = "THƯ KÝ", .name = "", .note = ""},
                {.authority = "", .title = "CHỦ TỌA", .name = "", .note = ""}});
  d.closing({{"- Tổ đại biểu số 1;", "- Lưu: VT, Hồ sơ."}}, {});
  d.save(dir_ / "blank.pdf");
  const test::PdfLayout layout = pdf_words(dir_ / "blank.pdf");
  double title_bottom = -1, recipients_top = -1;
  for (const auto& w : layout.words) {
    if (w.text == "KÝ")
      title_bottom = w.y_max;
    if (w.text == "Nơi")
      recipients_top = w.y_min;
  }
  ASSERT_GT(title_bottom, 0);
  ASSERT_GT(recipients_top, 0);
  EXPECT_GE(recipients_top - title_bottom, 64.0);
  EXPECT_EQ(layout.pages, 1);
}

TEST_F(DocEngine, ExtractedTextIsExactlyTheSourceWithoutWarnings) {
  Document d(settings_, {.title = "t", .author = "", .subject = "", .created_epoch = {}});
  d.paragraph(kLongText);
  d.paragraph({{"Địa điểm: ", true}, {"Hội trường "}, {"Ủy ban MTTQ", false, true}, {" thị xã."}});
  d.save(dir_ / "text.pdf");
  const auto r = shell("pdftotext -raw " + quoted(dir_ / "text.pdf") + " -");
  ASSERT_EQ(r.exit_code, 0);
  EXPECT_EQ(r.err, "") << "poppler warned";
  // Lines wrap at spaces, so the lines joined by spaces are the source text.
  std::istringstream in(r.out);
  std::vector<std::string> lines;
  for (std::string line; std::getline(in, line);) {
    if (!line.empty() && line != "\f")
      lines.push_back(line);
  }
  ASSERT_GE(lines.size(), 4u);
  std::string first;
  for (std::size_t i = 0; i + 1 < lines.size(); ++i)
    first += (i ? " " : "") + lines[i];
  EXPECT_EQ(first, kLongText);
  EXPECT_EQ(lines.back(), "Địa điểm: Hội trường Ủy ban MTTQ thị xã.");
}

TEST_F(DocEngine, QpdfFindsNoErrorAndFontsAreEmbedded) {
  const auto file = render("sample.pdf");
  const auto check = shell("qpdf --check " + quoted(file));
  EXPECT_EQ(check.exit_code, 0) << check.out << check.err;
  const auto fonts = shell("pdffonts " + quoted(file));
  ASSERT_EQ(fonts.exit_code, 0);
  std::istringstream in(fonts.out);
  std::string line;
  std::getline(in, line);
  std::getline(in, line);  // the header and its rule
  int count = 0;
  while (std::getline(in, line)) {
    ++count;
    EXPECT_NE(line.find("CID TrueType      Identity-H       yes yes yes"), std::string::npos)
        << line;
  }
  EXPECT_EQ(count, 4);  // regular, bold, italic (date line), bold italic ("Nơi nhận:")
}

TEST_F(DocEngine, SameInputGivesTheSameBytes) {
  const auto a = render("a.pdf");
  const auto b = render("b.pdf");
  EXPECT_EQ(test::read_file(a), test::read_file(b));
  EXPECT_EQ(shell("pdfinfo " + quoted(a) + " | grep -c CreationDate").out, "0\n");

  ::setenv("SOURCE_DATE_EPOCH", "1600128000", 1);  // 2020-09-15 00:00:00 UTC
  const auto c = render("c.pdf");
  const auto e = render("e.pdf");
  ::unsetenv("SOURCE_DATE_EPOCH");
  EXPECT_EQ(test::read_file(c), test::read_file(e));
  EXPECT_NE(test::read_file(a), test::read_file(c));
  const std::string info = shell("pdfinfo -isodates " + quoted(c)).out;
  EXPECT_NE(info.find("2020-09-15T00:00:00Z"), std::string::npos) << info;
}

TEST_F(DocEngine, TextStaysInsideTheMargins) {
  const auto layout = pdf_words(render("sample.pdf"));
  ASSERT_EQ(layout.pages, 3);
  const double left = 30 * kMm, right = layout.page_width - 15 * kMm;
  const double top = 20 * kMm, bottom = layout.page_height - 20 * kMm;
  for (const auto& w : layout.words) {
    const bool page_number = w.page > 1 && w.y_max < top;
    if (page_number)
      continue;
    EXPECT_GE(w.x_min, left - 0.5) << w.text << " on page " << w.page;
    EXPECT_LE(w.x_max, right + 0.5) << w.text << " on page " << w.page;
    EXPECT_GE(w.y_min, top - 1) << w.text << " on page " << w.page;
    EXPECT_LE(w.y_max, bottom + 0.5) << w.text << " on page " << w.page;
  }
}

TEST_F(DocEngine, PageNumbersAreCentredAtTheTopFromPageTwo) {
  const auto layout = pdf_words(render("sample.pdf"));
  const double top = 20 * kMm;
  const double centre = (30 * kMm + layout.page_width - 15 * kMm) / 2;
  for (int page = 1; page <= layout.pages; ++page) {
    std::vector<test::PdfWord> in_margin;
    for (const auto& w : layout.on_page(page)) {
      if (w.y_max < top)
        in_margin.push_back(w);
    }
    if (page == 1) {
      EXPECT_TRUE(in_margin.empty()) << in_margin.front().text;
      continue;
    }
    ASSERT_EQ(in_margin.size(), 1u) << "page " << page;
    EXPECT_EQ(in_margin[0].text, std::to_string(page));
    EXPECT_NEAR((in_margin[0].x_min + in_margin[0].x_max) / 2, centre, 0.5);
  }
}

TEST_F(DocEngine, TableHeaderRepeatsOnEveryPageTheTableReaches) {
  const auto layout = pdf_words(render("sample.pdf", 60));
  int last_row_page = 0;
  for (const auto& w : layout.words) {
    if (w.text == "60")
      last_row_page = w.page;
  }
  ASSERT_GE(last_row_page, 2);
  for (int page = 1; page <= last_row_page; ++page) {
    int headers = 0;
    double header_y = 0, first_row_y = 1e9;
    for (const auto& w : layout.on_page(page)) {
      if (w.text == "STT") {
        ++headers;
        header_y = w.y_min;
      }
      if (w.text == "Hoạt")
        first_row_y = std::min(first_row_y, w.y_min);
    }
    EXPECT_EQ(headers, 1) << "page " << page;
    EXPECT_LT(header_y, first_row_y) << "the header comes before the rows on page " << page;
  }
}

TEST_F(DocEngine, HeaderBlockFollowsDecree30) {
  const auto layout = pdf_words(render("sample.pdf"));
  const auto words = layout.on_page(1);
  const auto find = [&](const std::string& text) {
    for (const auto& w : words) {
      if (w.text == text)
        return w;
    }
    ADD_FAILURE() << "no word " << text;
    return test::PdfWord{};
  };
  const double left = 30 * kMm;
  const double width = layout.page_width - 45 * kMm;
  const double left_centre = left + width * 0.42 / 2;
  const double right_centre = left + width * 0.42 + width * 0.58 / 2;
  // Left column, centred: "ỦY BAN MTTQ VIỆT NAM" from "ỦY" to "NAM".
  const auto uy = find("ỦY");
  EXPECT_NEAR((uy.x_min + words[4].x_max) / 2, left_centre, 1);
  // Right column, centred: the national title, and the motto under it.
  const auto cong = find("CỘNG");
  const auto phuc = find("phúc");
  EXPECT_NEAR(cong.y_min, uy.y_min, 0.5) << "both columns start on one line";
  EXPECT_NEAR((find("Độc").x_min + phuc.x_max) / 2, right_centre, 1);
  // "Số: ..." and the place-and-date line share a baseline, below both columns.
  const auto so = find("Số:");
  const auto place = find("Kỳ");
  EXPECT_NEAR(so.y_max, place.y_max, 0.5);
  EXPECT_GT(so.y_min, find("TRỰC").y_max);
  EXPECT_GT(place.y_min, phuc.y_max);
  EXPECT_LT(so.x_max, left + width * 0.42);
  EXPECT_GT(place.x_min, left + width * 0.42);
  // The type name is centred under the header.
  const auto bien = find("BIÊN");
  EXPECT_GT(bien.y_min, so.y_max);
  EXPECT_NEAR((bien.x_min + find("BẢN").x_max) / 2, left + width / 2, 1);
}

TEST_F(DocEngine, PageOneLooksLikeTheApprovedRendering) {
  const auto file = render("sample.pdf");
  const auto page = test::render_page(file, 1, 40);
  const auto golden_file = std::filesystem::path(THUKY_TEST_DATA_DIR) / "golden" / "sample-p1.pgm";
  if (std::getenv("THUKY_UPDATE_GOLDEN"))
    test::write_pgm(page, golden_file);
  ASSERT_TRUE(std::filesystem::exists(golden_file))
      << "no golden image; run once with THUKY_UPDATE_GOLDEN=1 and look at it";
  const auto golden = test::read_pgm(golden_file);
  ASSERT_EQ(page.width, golden.width);
  ASSERT_EQ(page.height, golden.height);
  std::size_t differing = 0;
  for (std::size_t i = 0; i < page.pixels.size(); ++i) {
    if (std::abs(page.pixels[i] - golden.pixels[i]) > 64)
      ++differing;
  }
  // Anti-aliasing may differ slightly between poppler builds; layout changes do not hide.
  EXPECT_LT(static_cast<double>(differing) / static_cast<double>(page.pixels.size()), 0.002)
      << differing << " pixels differ";
}

TEST_F(DocEngine, MissingGlyphIsAClearError) {
  Document d(settings_, {.title = "t", .author = "", .subject = "", .created_epoch = {}});
  try {
    d.paragraph("Ký hiệu lạ: \xEA\x99\xAE");  // U+A66E, which Liberation Serif lacks
    FAIL() << "expected an error";
  } catch (const UserError& e) {
    EXPECT_EQ(std::string(e.what()),
              "font 'LiberationSerif-Regular.ttf' has no glyph for U+A66E, which the document "
              "needs; choose another font in [fonts] of thuky.toml or remove the character");
  }
}

TEST_F(DocEngine, MissingFontIsAClearError) {
  settings_.fonts.dir = dir_ / "no-fonts";
  Document d(settings_, {.title = "t", .author = "", .subject = "", .created_epoch = {}});
  try {
    d.paragraph("Xin chào");
    FAIL() << "expected an error";
  } catch (const UserError& e) {
    EXPECT_EQ(std::string(e.what()),
              "font file '" + (dir_ / "no-fonts" / "LiberationSerif-Regular.ttf").string() +
                  "' not found: install the Debian package fonts-liberation2, or set [fonts] dir "
                  "and file names in thuky.toml");
  }
}

TEST_F(DocEngine, SaveLeavesNoTemporaryFiles) {
  render("only.pdf");
  std::vector<std::string> names;
  for (const auto& entry : std::filesystem::directory_iterator(dir_.path())) {
    names.push_back(entry.path().filename().string());
  }
  EXPECT_EQ(names, std::vector<std::string>{"only.pdf"});
}

TEST_F(DocEngine, LongWordsAndNarrowCellsStayInsideTheirColumn) {
  Document d(settings_, {.title = "t", .author = "", .subject = "", .created_epoch = {}});
  auto table = d.table({{"STT", 0.5}, {"Điện thoại", 1}, {"Ghi chú", 6}});
  table.row({"1", "0912345678901234567890", "Số điện thoại rất dài trong một ô hẹp"});
  table.finish();
  d.save(dir_ / "narrow.pdf");
  const auto layout = pdf_words(dir_ / "narrow.pdf");
  const double left = 30 * kMm;
  const double width = layout.page_width - 45 * kMm;
  const double phone_right = left + width * 1.5 / 7.5;
  for (const auto& w : layout.words) {
    if (w.text.rfind("09", 0) == 0 ||
        (w.text.size() > 0 && std::isdigit(w.text[0]) && w.text != "1")) {
      EXPECT_LE(w.x_max, phone_right + 0.5) << w.text;
    }
  }
}

}  // namespace
}  // namespace thuky::doc

namespace thuky::doc {
namespace {

TEST(RenderInParallel, EveryJobRunsAndTheFirstErrorIsRethrown) {
  std::vector<int> done(6, 0);
  std::vector<std::function<void()>> jobs;
  for (int i = 0; i < 6; ++i) {
    jobs.emplace_back([&done, i] {
      done[static_cast<std::size_t>(i)] = 1;
      if (i == 2 || i == 4)
        throw std::runtime_error("job " + std::to_string(i));
    });
  }
  try {
    render_in_parallel(jobs, 2);
    FAIL() << "expected the error of job 2";
  } catch (const std::runtime_error& e) {
    EXPECT_STREQ(e.what(), "job 2");
  }
  EXPECT_EQ(done, std::vector<int>(6, 1));
}

TEST(RenderInParallel, OneCoreGivenIsOneThread) {
  // `taskset -c 0 thuky …` or a container's cpuset: two threads on one core only thrash.
  cpu_set_t saved;
  ASSERT_EQ(sched_getaffinity(0, sizeof saved, &saved), 0);
  int first = 0;
  while (!CPU_ISSET(first, &saved))
    ++first;
  cpu_set_t one;
  CPU_ZERO(&one);
  CPU_SET(first, &one);
  ASSERT_EQ(sched_setaffinity(0, sizeof one, &one), 0);
  std::set<std::thread::id> ran_on;
  std::mutex lock;
  std::vector<std::function<void()>> jobs(8, [&] {
    const std::lock_guard guard(lock);
    ran_on.insert(std::this_thread::get_id());
  });
  const unsigned cores = usable_cores();
  render_in_parallel(jobs);
  ASSERT_EQ(sched_setaffinity(0, sizeof saved, &saved), 0);
  EXPECT_EQ(cores, 1u);
  EXPECT_EQ(ran_on, std::set<std::thread::id>{std::this_thread::get_id()});
  EXPECT_EQ(usable_cores(), static_cast<unsigned>(CPU_COUNT(&saved)));
}

TEST(RenderInParallel, DocumentsRenderedSideBySideMatchOnesRenderedAlone) {
  test::TempDir dir;
  Settings settings;
  const auto make = [&](const std::filesystem::path& file, int rows) {
    Document d(settings, {.title = "t", .author = "", .subject = "", .created_epoch = {}});
    build_sample(d, rows);
    d.save(file);
  };
  std::vector<std::function<void()>> jobs;
  for (int g = 0; g < 4; ++g) {
    jobs.emplace_back([&, g] { make(dir / ("p" + std::to_string(g) + ".pdf"), 10 + g * 30); });
  }
  render_in_parallel(jobs, 2);
  for (int g = 0; g < 4; ++g) {
    make(dir / ("s" + std::to_string(g) + ".pdf"), 10 + g * 30);
    EXPECT_EQ(test::read_file(dir / ("p" + std::to_string(g) + ".pdf")),
              test::read_file(dir / ("s" + std::to_string(g) + ".pdf")));
  }
}

}  // namespace
}  // namespace thuky::doc

namespace thuky::test {
namespace {

TEST(DocumentDemo, ExtractedTextIsTheApprovedText) {
  TempDir dir;
  const RunResult r = run_thuky({"document", "demo", "--out", "pdf"}, dir.path());
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out, "Wrote pdf/demo.pdf and pdf/demo-landscape.pdf.\n");
  const auto text = shell("pdftotext -raw " + quoted(dir / "pdf" / "demo.pdf") + " -");
  EXPECT_EQ(text.err, "");
  EXPECT_EQ(text.out,
            read_file(std::filesystem::path(THUKY_TEST_DATA_DIR) / "golden" / "demo.txt"));
  EXPECT_EQ(shell("qpdf --check " + quoted(dir / "pdf" / "demo-landscape.pdf")).exit_code, 0);
  const auto layout = pdf_words(dir / "pdf" / "demo-landscape.pdf");
  EXPECT_GT(layout.page_width, layout.page_height) << "landscape";
  // Bound with portrait pages along its top edge: the binding margin (the left one, 30 mm) is
  // the landscape page's top.
  for (const auto& w : layout.words) {
    if (w.text != std::to_string(w.page)) {  // the page number sits in the margin
      EXPECT_GE(w.y_min, 30 * 72.0 / 25.4 - 0.5) << w.text << " page " << w.page;
    }
  }
  // The landscape pages are the report's appendix and say so.
  const auto appendix =
      shell("pdftotext -raw " + quoted(dir / "pdf" / "demo-landscape.pdf") + " -");
  EXPECT_EQ(appendix.out.rfind("Phụ lục\nDANH SÁCH HỘ ĐƯỢC HỖ TRỢ LÀM NHÀ Ở NĂM 2020\n(Kèm theo "
                               "Báo cáo số 25/BC-MTTQ-BTT ngày 10/9/2020 của Ban Thường trực Ủy "
                               "ban MTTQ Việt Nam thị xã Kỳ Anh)\n",
                               0),
            0u)
      << appendix.out.substr(0, 300);
}

}  // namespace
}  // namespace thuky::test

namespace thuky::doc {
namespace {

TEST(Closing, LongRecipientLinesWrapInTheirColumnBesideTheSignature) {
  test::TempDir dir;
  Settings settings;
  Document d(settings, {.title = "t", .author = "", .subject = "", .created_epoch = {}});
  d.closing(
      {{"- Đồng chí Phan Duy Vĩnh, Phó Bí thư Thường trực Thị uỷ, Chủ tịch Hội đồng nhân "
        "dân thị xã;",
        "- Lưu: VT."}},
      {.authority = "TM. BAN THƯỜNG TRỰC", .title = "CHỦ TỊCH", .name = "Hà Văn Hùng", .note = ""});
  d.save(dir / "closing.pdf");
  const auto layout = test::pdf_words(dir / "closing.pdf");
  const double left = 30 * kMm;
  const double column_end = left + (layout.page_width - 45 * kMm) * 0.42;
  double signature_left = 1e9;
  for (const auto& w : layout.words) {
    if (w.text == "TM.")
      signature_left = w.x_min;
  }
  int recipient_words = 0;
  for (const auto& w : layout.words) {
    if (w.x_min < column_end - 10 && w.text != "TM.") {
      ++recipient_words;
      EXPECT_LE(w.x_max, column_end) << w.text;
      EXPECT_LT(w.x_max, signature_left) << w.text;
    }
  }
  EXPECT_GE(recipient_words, 20);
  EXPECT_EQ(test::shell("pdftotext -raw " + test::quoted(dir / "closing.pdf") + " - | head -4").out,
            "Nơi nhận:\n- Đồng chí Phan Duy Vĩnh, Phó Bí thư\nThường trực Thị ủy, Chủ tịch\n"
            "Hội đồng nhân dân thị xã;\n");
}

}  // namespace
}  // namespace thuky::doc

namespace thuky::doc {
namespace {

// Which pages each table row's words are on, by the row's first cell ("r7").
std::map<std::string, std::set<int>> pages_of_rows(const test::PdfLayout& layout) {
  std::map<std::string, std::set<int>> rows;
  std::string current;
  for (const auto& w : layout.words) {
    if (w.text.size() > 1 && w.text[0] == 'r' &&
        std::isdigit(static_cast<unsigned char>(w.text[1]))) {
      current = w.text;
    }
    if (!current.empty() && w.text.rfind("line", 0) == 0)
      rows[current].insert(w.page);
  }
  return rows;
}

TEST(Table, RowsMoveWholeToTheNextPage) {
  test::TempDir dir;
  Settings settings;
  Document d(settings, {.title = "t", .author = "", .subject = "", .created_epoch = {}});
  auto table = d.table({{"Số", 1}, {"Nội dung", 5}});
  for (int i = 1; i <= 40; ++i) {
    table.row({"r" + std::to_string(i), "line1 line2\nline3 line4\nline5"});
  }
  table.finish();
  d.save(dir / "rows.pdf");
  const auto layout = test::pdf_words(dir / "rows.pdf");
  ASSERT_GE(layout.pages, 2);
  for (const auto& [row, pages] : pages_of_rows(layout)) {
    EXPECT_EQ(pages.size(), 1u) << row << " is split across pages";
  }
}

TEST(Table, ARowTallerThanAPageSplitsAndTheHeaderRepeats) {
  test::TempDir dir;
  Settings settings;
  Document d(settings, {.title = "t", .author = "", .subject = "", .created_epoch = {}});
  auto table = d.table({{"Số", 1}, {"Nội dung", 5}});
  std::string tall;
  for (int i = 1; i <= 80; ++i)
    tall += "line" + std::to_string(i) + "\n";
  table.row({"r1", tall});
  table.finish();
  d.save(dir / "tall.pdf");
  const auto layout = test::pdf_words(dir / "tall.pdf");
  ASSERT_EQ(layout.pages, 2);
  int headers = 0, lines = 0;
  for (const auto& w : layout.words) {
    headers += w.text == "Số" ? 1 : 0;
    lines += w.text.rfind("line", 0) == 0 ? 1 : 0;
  }
  EXPECT_EQ(headers, 2);
  EXPECT_EQ(lines, 80) << "no line lost at the page break";
}

TEST(PageSetup, A5PortraitForBallotsAndA4Landscape) {
  test::TempDir dir;
  Settings settings;
  PageSetup a5 = PageSetup::from(settings);
  a5.paper = "A5";
  a5.margin_left_mm = a5.margin_right_mm = 15;
  Document ballot(settings,
                  {.title = "Phiếu bầu", .author = "", .subject = "", .created_epoch = {}}, a5);
  ballot.paragraph("PHIẾU BẦU CỬ");
  ballot.save(dir / "a5.pdf");
  const auto layout = test::pdf_words(dir / "a5.pdf");
  EXPECT_NEAR(layout.page_width, 148 * kMm, 0.5);
  EXPECT_NEAR(layout.page_height, 210 * kMm, 0.5);
  PageSetup letter = PageSetup::from(settings);
  letter.paper = "Letter";
  EXPECT_THROW(Document(settings, {}, letter), UserError);
}

}  // namespace
}  // namespace thuky::doc

namespace thuky::doc {
namespace {

TEST(Document, BookmarksAndMetadataAreReadableUnicode) {
  test::TempDir dir;
  Settings settings;
  Document d(settings, {.title = "Biên bản họp",
                        .author = "Ban Thường trực",
                        .subject = "Kỳ Anh",
                        .created_epoch = {}});
  d.bookmark("Thành phần tham dự");
  d.paragraph("Nội dung thứ nhất.");
  d.page_break();
  d.bookmark("Kết luận");
  d.paragraph("Nội dung thứ hai.");
  d.save(dir / "marks.pdf");
  const auto outlines =
      test::shell("qpdf --json=latest --json-key=outlines " + test::quoted(dir / "marks.pdf")).out;
  const auto first = outlines.find("\"title\": \"Thành phần tham dự\"");
  const auto second = outlines.find("\"title\": \"Kết luận\"");
  ASSERT_NE(first, std::string::npos) << outlines;
  ASSERT_NE(second, std::string::npos) << outlines;
  EXPECT_LT(first, second);
  EXPECT_NE(outlines.find("\"destpageposfrom1\": 2"), std::string::npos) << outlines;
  const auto info = test::shell("pdfinfo " + test::quoted(dir / "marks.pdf")).out;
  EXPECT_NE(info.find("Title:           Biên bản họp\n"), std::string::npos) << info;
  EXPECT_NE(info.find("Author:          Ban Thường trực\n"), std::string::npos) << info;
  EXPECT_NE(info.find("Subject:         Kỳ Anh\n"), std::string::npos) << info;
  EXPECT_NE(info.find("Creator:         thuky\n"), std::string::npos) << info;
}

TEST(Table, GridCanBeLeftOut) {
  test::TempDir dir;
  Settings settings;
  const auto render = [&](bool grid, const std::string& name) {
    Document d(settings, {.title = "t", .author = "", .subject = "", .created_epoch = {}});
    TableStyle style;
    style.grid = grid;
    auto table = d.table({{"A", 1}, {"B", 1}}, style);
    table.row({"một", "hai"});
    table.finish();
    d.save(dir / name);
    return test::shell("qpdf --qdf --object-streams=disable " + test::quoted(dir / name) +
                       " - | grep -a -c ' re$'")
        .out;
  };
  EXPECT_EQ(render(true, "grid.pdf"), "4\n");  // two cells in the header and in the row
  EXPECT_EQ(render(false, "plain.pdf"), "0\n");
}

}  // namespace
}  // namespace thuky::doc

namespace thuky::doc {
namespace {

TEST(Title, WrappedSubjectLinesAreBalanced) {
  test::TempDir dir;
  Settings settings;
  Document d(settings, {.title = "t", .author = "", .subject = "", .created_epoch = {}});
  d.title({"BIÊN BẢN",
           {"Buổi làm việc của Ban Thường trực Ủy ban MTTQ tỉnh với Ban Thường trực Ủy ban MTTQ "
            "thị xã Kỳ Anh về nhiệm vụ công tác Mặt trận nhiệm kỳ 2019 - 2024"}});
  d.save(dir / "title.pdf");
  const auto text = test::shell("pdftotext -raw " + test::quoted(dir / "title.pdf") + " -").out;
  std::vector<std::string> lines;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) {
    if (!line.empty() && line != "\f" && line != "BIÊN BẢN")
      lines.push_back(line);
  }
  ASSERT_EQ(lines.size(), 3u) << text;
  std::size_t shortest = 1000, longest = 0;
  for (const auto& line : lines) {
    shortest = std::min(shortest, line.size());
    longest = std::max(longest, line.size());
  }
  EXPECT_GT(shortest * 10, longest * 8) << "no short last line:\n" << text;
}

// A Progress that is not thread-safe on its own: render_all must call it under a lock, once
// per finished job, between one start and one finish.
class CountingProgress final : public Progress {
 public:
  void start(std::string_view what, std::size_t total) override {
    log += "start " + std::string(what) + " " + std::to_string(total) + ";";
  }
  void advance(std::size_t steps) override {
    const std::size_t seen = advanced;  // a lost update shows as a wrong count
    std::this_thread::yield();
    advanced = seen + steps;
  }
  void finish() override { log += "finish;"; }
  std::string log;
  std::size_t advanced = 0;
};

TEST(Documents, RenderAllReportsEachJobOnceFromEveryThread) {
  test::TempDir dir;
  Settings settings;
  CountingProgress progress;
  Documents docs(settings, progress);
  std::vector<std::function<void()>> jobs;
  for (int i = 0; i < 40; ++i) {
    jobs.emplace_back([&, i] {
      Document d = docs.make({.title = "t", .author = "", .subject = "", .created_epoch = {}});
      d.paragraph("Danh sách cử tri khu vực bỏ phiếu số " + std::to_string(i));
      d.save(dir / ("d" + std::to_string(i) + ".pdf"));
    });
  }
  docs.render_all("voter lists", jobs, 4);
  EXPECT_EQ(progress.advanced, 40U);
  EXPECT_EQ(progress.log, "start voter lists 40;finish;");
  EXPECT_TRUE(std::filesystem::exists(dir / "d39.pdf"));
}

}  // namespace
}  // namespace thuky::doc
