// Text the configured fonts cannot draw is refused where it is entered (with its file, line and
// field), not printed as empty boxes; `thuky document fonts` says whether the fonts cover
// Vietnamese.
#include <gtest/gtest.h>

#include "support/people_workspace.hpp"
#include "thuky/doc/glyph_coverage.hpp"

namespace thuky::test {
namespace {

const std::string kNoGlyph =
    "cannot be printed: font 'LiberationSerif-Regular.ttf' has no glyph "
    "for it";

class GlyphCoverage : public PeopleWorkspace {};

TEST_F(GlyphCoverage, PeopleImportRefusesChineseAndEmojiWithLineAndColumn) {
  write_file(dir_ / "p.csv",
             "Họ và tên,Đơn vị\n"
             "Lê Văn An,Hội Nông dân\n"
             "Nguyễn 王 Bình,Hội Cựu chiến binh\n"
             "Trần Thị Chi,Đoàn Thanh niên 😀\n");
  const RunResult r = thuky({"people", "import", "p.csv"});
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.err.find("p.csv: 2 errors in 2 rows; nothing was imported:\n"
                       "  line 3, column A \"Họ và tên\": '王' (U+738B) " +
                       kNoGlyph +
                       "\n"
                       "  line 4, column B \"Đơn vị\": '😀' (U+1F600) " +
                       kNoGlyph + "\n"),
            std::string::npos)
      << r.err;
  EXPECT_EQ(count(), 0);
}

TEST_F(GlyphCoverage, PeopleAddRefusesAUnitNoFontCanPrint) {
  const RunResult r = thuky({"people", "add", "Lê Văn An", "--unit", "Ban 中文"});
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_EQ(r.err, "error: field 'Đơn vị': '中' (U+4E2D) " + kNoGlyph + "\n");
  EXPECT_EQ(count(), 0);
}

TEST_F(GlyphCoverage, MeetingImportRefusesATitleWithItsLineColumnAndKey) {
  write_file(dir_ / "m.toml",
             "id = \"m1\"\n"
             "title = \"Họp thử\"\n"
             "number = \"01\"\n"
             "place = \"Hội trường\"\n"
             "place_name = \"Kỳ Anh\"\n"
             "starts = 2020-09-15T08:00:00\n"
             "ends = 2020-09-15T11:30:00\n"
             "chair = { name = \"Hà Văn Hùng\" }\n"
             "secretary = { name = \"Lê Thị Thu Hương\" }\n"
             "\n"
             "[organiser]\n"
             "name = \"Ban Thường trực 🏛\"\n");
  const RunResult r = thuky({"meeting", "import", "m.toml"});
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_EQ(r.err,
            "error: m.toml:12:8: field 'organiser.name': '🏛' (U+1F3DB) " + kNoGlyph + "\n");
}

TEST_F(GlyphCoverage, VietnameseAndLayoutCharactersArePrintable) {
  const FontSettings fonts;  // Liberation Serif, the default
  const doc::GlyphCoverage& coverage = doc::glyph_coverage(fonts);
  EXPECT_EQ(coverage.problem("Ủy ban MTTQ Việt Nam tỉnh Hà Tĩnh\n“Đặng Thị Ỹ” – 45,37 %\t"),
            std::nullopt);
  EXPECT_EQ(coverage.problem("Nguyễn\x1b[31m"),
            "it contains the control character U+001B, which cannot be printed; remove it");
  EXPECT_EQ(doc::vietnamese_letters().size(), 186u);
}

TEST_F(GlyphCoverage, DocumentFontsListsTheFontsAndTheirVietnamese) {
  const RunResult r = thuky({"--json", "document", "fonts"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  const std::string dir = "/usr/share/fonts/truetype/liberation2/";
  for (const auto& [style, file] : {std::pair{"regular", "LiberationSerif-Regular.ttf"},
                                    {"bold", "LiberationSerif-Bold.ttf"},
                                    {"italic", "LiberationSerif-Italic.ttf"},
                                    {"bold_italic", "LiberationSerif-BoldItalic.ttf"}}) {
    EXPECT_NE(r.out.find(std::string("{\"style\": \"") + style + "\", \"file\": \"" + dir + file +
                         "\", \"family\": \"Liberation Serif\", \"vietnamese\": \"every "
                         "Vietnamese letter\"}"),
              std::string::npos)
        << style << "\n"
        << r.out;
  }
}

TEST_F(GlyphCoverage, DocumentFontsExitsOneForAFontThatIsMissingOrNotAFont) {
  write_file(dir_ / "fonts" / "Broken.ttf", "not a font");
  std::string config = read_file(dir_ / "thuky.toml");
  const auto at = config.find("dir = \"/usr/share/fonts/truetype/liberation2\"");
  ASSERT_NE(at, std::string::npos);
  config.replace(at, std::string("dir = \"/usr/share/fonts/truetype/liberation2\"").size(),
                 "dir = \"" + (dir_ / "fonts").string() + "\"");
  const auto regular = config.find("regular = \"LiberationSerif-Regular.ttf\"");
  ASSERT_NE(regular, std::string::npos);
  config.replace(regular, std::string("regular = \"LiberationSerif-Regular.ttf\"").size(),
                 "regular = \"Broken.ttf\"");
  write_file(dir_ / "thuky.toml", config);
  const RunResult r = thuky({"--json", "document", "fonts"});
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.out.find("\"file\": \"" + (dir_ / "fonts" / "Broken.ttf").string() +
                       "\", \"family\": \"\", \"vietnamese\": \"not a font file FreeType can "
                       "read\""),
            std::string::npos)
      << r.out;
  EXPECT_NE(r.out.find("LiberationSerif-Bold.ttf\", \"family\": \"\", \"vietnamese\": \"not "
                       "found\""),
            std::string::npos)
      << r.out;
  EXPECT_EQ(r.err, "error: a configured font cannot print Vietnamese; set [fonts] in '" +
                       (dir_ / "thuky.toml").string() +
                       "' to files that can (Liberation Serif, or Times New Roman where the "
                       "office has it)\n");
}

}  // namespace
}  // namespace thuky::test
