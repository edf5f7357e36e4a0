// Signature blocks as a clerk checks them on paper: the names of signers side by side on one
// line, and never a last page with nothing but the closing line and the signatures.
#include <gtest/gtest.h>

#include <cmath>
#include <map>
#include <string>
#include <vector>

#include "support/pdf_tools.hpp"
#include "support/test_support.hpp"
#include "thuky/doc/document.hpp"

namespace thuky::doc {
namespace {

using test::quoted;
using test::shell;

DocumentInfo info() {
  return {.title = "t", .author = "", .subject = "", .created_epoch = {}};
}

// The top of each word `words` names, from pdftotext -bbox (one occurrence each).
std::map<std::string, double> tops(const std::filesystem::path& pdf) {
  std::map<std::string, double> out;
  for (const auto& w : test::pdf_words(pdf).words)
    out[w.text] = w.y_min;
  return out;
}

// The text of page `page`, as pdftotext gives it.
std::string page_text(const std::filesystem::path& pdf, int page) {
  const std::string n = std::to_string(page);
  return shell("pdftotext -f " + n + " -l " + n + " -raw " + quoted(pdf) + " -").out;
}

std::map<std::string, double> signed_tops(const test::TempDir& dir, const std::string& name,
                                          const std::vector<Signature>& signatures) {
  Document d(Settings{}, info());
  d.paragraph("Biên bản kết thúc lúc 10 giờ 30 phút cùng ngày./.");
  d.signatures(signatures);
  d.save(dir.path() / name);
  return tops(dir.path() / name);
}

TEST(Signatures, NamesSideBySideShareOneLineWhateverTheNotesAbove) {
  test::TempDir dir;
  // A row of three: no note, a note, an authority line and a note.
  auto y = signed_tops(dir, "three.pdf",
                       {{"", "THƯ KÝ", "Nguyễn Văn Aa", ""},
                        {"", "PHÓ TRƯỞNG BAN", "Trần Thị Bb", "(Ký, ghi rõ họ tên)"},
                        {"TM. BAN BẦU CỬ", "TRƯỞNG BAN", "Lê Văn Cc", "(Ký tên, đóng dấu)"}});
  for (const char* word : {"Aa", "Bb", "Cc", "dấu)"})
    ASSERT_TRUE(y.count(word)) << word;
  EXPECT_NEAR(y["Aa"], y["Cc"], 0.01);
  EXPECT_NEAR(y["Bb"], y["Cc"], 0.01);
  EXPECT_GT(y["Cc"] - y["dấu)"], 60.0) << "the room to sign under the deepest notes";
  // Rows of two: a deputy signing for the head (two authority lines) beside a witness.
  y = signed_tops(dir, "four.pdf",
                  {{"", "CỬ TRI CHỨNG KIẾN", "Phạm Văn Dd", ""},
                   {"TM. TỔ BẦU CỬ\nKT. TỔ TRƯỞNG", "PHÓ TỔ TRƯỞNG", "Hồ Thị Ee",
                    "(Ký, ghi rõ họ tên, đóng dấu)"},
                   {"", "THƯ KÝ", "Võ Văn Gg", "(Ký, ghi rõ họ tên)"},
                   {"", "TỔ TRƯỞNG", "Đỗ Văn Hh", ""}});
  for (const char* word : {"Dd", "Ee", "Gg", "Hh", "dấu)"})
    ASSERT_TRUE(y.count(word)) << word;
  EXPECT_NEAR(y["Dd"], y["Ee"], 0.01);
  EXPECT_NEAR(y["Gg"], y["Hh"], 0.01);
  EXPECT_GT(y["Ee"] - y["dấu)"], 60.0);
  EXPECT_GT(y["Gg"], y["Ee"]);
}

// A table whose last row ends at every height of the page in turn, then the closing line and
// two signatures: the page the signatures stand on always holds the last row too.
TEST(Signatures, TheLastTableRowGoesToTheSignaturesPage) {
  test::TempDir dir;
  int moved = 0;
  for (int rows = 24; rows <= 44; ++rows) {
    Document d(Settings{}, info());
    d.title({"BIÊN BẢN", {"Kết quả kiểm phiếu"}});
    auto table = d.table({{"STT", 1}, {"Họ và tên", 4}, {"Số phiếu", 2}});
    for (int i = 1; i <= rows; ++i)
      table.row({"R" + std::to_string(i), "Người ứng cử số " + std::to_string(i), "1.841"});
    table.finish();
    d.paragraph("Biên bản kết thúc lúc 10 giờ 30 phút cùng ngày./.");
    d.signatures({{"", "THƯ KÝ", "Nguyễn Văn Thư", "(Ký, ghi rõ họ tên)"},
                  {"TM. TỔ BẦU CỬ", "TỔ TRƯỞNG", "Hà Văn Hùng", "(Ký, ghi rõ họ tên, đóng dấu)"}});
    const auto file = dir.path() / ("rows-" + std::to_string(rows) + ".pdf");
    d.save(file);
    const int last = d.page_count();
    const std::string text = page_text(file, last);
    const std::string last_row =
        "R" + std::to_string(rows) + " Người ứng cử số " + std::to_string(rows) + " 1.841\n";
    const std::string before_last = "R" + std::to_string(rows - 1) + " ";
    EXPECT_NE(text.find(last_row), std::string::npos) << rows << " rows:\n" << text;
    EXPECT_NE(text.find("Biên bản kết thúc lúc 10 giờ 30 phút cùng ngày./."), std::string::npos);
    EXPECT_NE(text.find("Hà Văn Hùng"), std::string::npos) << rows;
    // The header repeats over a row that moved alone.
    if (last > 1 && text.find(before_last) == std::string::npos) {
      ++moved;
      EXPECT_NE(text.find("STT Họ và tên Số phiếu\n" + last_row), std::string::npos) << text;
    }
  }
  EXPECT_GT(moved, 0) << "no table ended where the signatures had to move";
}

// Paragraphs ending at every height of the page, then a closing line kept with the signatures:
// the last paragraph (its end at least) is on the signatures' page.
TEST(Signatures, TheLastParagraphGoesToTheSignaturesPage) {
  test::TempDir dir;
  int moved = 0;
  const std::string last_paragraph =
      "Ban bầu cử đã giải quyết các khiếu nại tại chỗ; không có khiếu nại nào chuyển lên Ủy ban "
      "bầu cử, hết nội dung.";
  for (int lines = 28; lines <= 48; ++lines) {
    Document d(Settings{}, info());
    for (int i = 1; i <= lines; ++i)
      d.paragraph("Dòng số " + std::to_string(i) + ".", {.space_after_pt = 0});
    d.paragraph(last_paragraph);
    d.paragraph("Biên bản này được lập thành 04 bản./.", {.keep_with_next = true});
    d.signatures({{"", "THƯ KÝ", "Nguyễn Văn Thư", "(Ký, ghi rõ họ tên)"},
                  {"TM. BAN BẦU CỬ", "TRƯỞNG BAN", "Hà Văn Hùng", "(Ký tên, đóng dấu)"}});
    const auto file = dir.path() / ("lines-" + std::to_string(lines) + ".pdf");
    d.save(file);
    const int last = d.page_count();
    const std::string text = page_text(file, last);
    EXPECT_NE(text.find("hết nội dung.\nBiên bản này được lập thành 04 bản./."), std::string::npos)
        << lines << " lines:\n"
        << text;
    EXPECT_NE(text.find("Hà Văn Hùng"), std::string::npos) << lines;
    if (last > 1 && text.find("Ban bầu cử đã giải quyết") != std::string::npos &&
        page_text(file, last - 1).find("Dòng số " + std::to_string(lines) + ".") !=
            std::string::npos) {
      ++moved;
    }
  }
  EXPECT_GT(moved, 0) << "no paragraph ended where the signatures had to move";
}

}  // namespace
}  // namespace thuky::doc
