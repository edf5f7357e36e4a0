// Signature blocks as a clerk checks them on paper: the names of signers side by side on one
// line.
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

}  // namespace
}  // namespace thuky::doc
