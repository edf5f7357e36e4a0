// Issue 10's checklist in one test: the Kỳ Anh sample rendered as scripts/demo.sh renders it,
// and every point a văn thư marked checked from the PDFs (text, positions, bold and regular),
// so that a regression in any one of them fails here.
#include <gtest/gtest.h>

#include <algorithm>
#include <map>
#include <regex>
#include <tuple>

#include "support/pdf_tools.hpp"
#include "support/test_support.hpp"

namespace thuky::test {
namespace {

const std::filesystem::path kSample =
    std::filesystem::path(THUKY_SOURCE_DIR) / "samples" / "ky-anh";
const std::string kId = "ky-anh-2020-09-15";
const std::vector<std::string> kPapers = {"giay-moi",     "giay-moi-04-dang-van-thanh",
                                          "chuong-trinh", "danh-sach-dai-bieu",
                                          "bien-ban",     "thong-bao-ket-luan"};

std::string flat(std::string text) {
  for (char& c : text) {
    if (c == '\n' || c == '\f')
      c = ' ';
  }
  return text;
}

bool has(const std::string& text, const std::string& part) {
  return text.find(part) != std::string::npos;
}

// The lines of `text` (pdftotext -raw), for checks of where lines break.
std::vector<std::string> lines_of(const std::string& text) {
  std::vector<std::string> lines;
  std::string line;
  for (char c : text) {
    if (c == '\n' || c == '\f') {
      if (!line.empty())
        lines.push_back(line);
      line.clear();
    } else {
      line += c;
    }
  }
  if (!line.empty())
    lines.push_back(line);
  return lines;
}

std::string last_word(const std::string& line) {
  const auto space = line.find_last_of(' ');
  return space == std::string::npos ? line : line.substr(space + 1);
}

std::string first_word(const std::string& line) {
  return line.substr(0, line.find(' '));
}

class ClerkChecklist : public ::testing::Test {
 protected:
  void SetUp() override {
    ASSERT_EQ(thuky({"init"}).exit_code, 0);
    // The issuing body as scripts/demo.sh configures it, and one abbreviation to write out.
    std::string config = read_file(dir_ / "thuky.toml");
    for (const auto& [from, to] :
         {std::pair{std::string("\nplace = \"\""), std::string("\nplace = \"Hà Tĩnh\"")}}) {
      const auto at = config.find(from);
      ASSERT_NE(at, std::string::npos) << from;
      config.replace(at, from.size(), to);
    }
    config += "\n[document.abbreviations]\nUBND = \"Ủy ban nhân dân\"\n";
    write_file(dir_ / "thuky.toml", config);
    ASSERT_EQ(thuky({"people", "import", (kSample / "people.csv").string()}).exit_code, 0);
    ASSERT_EQ(thuky({"meeting", "import", (kSample / "meeting.toml").string()}).exit_code, 0);
    const RunResult r = thuky({"meeting", "render", kId, "--doc", "all", "--out", "pdf"});
    ASSERT_EQ(r.exit_code, 0) << r.err;
    rendered_ = r.out;
    for (const auto& name : kPapers) {
      const ShellResult t = shell("pdftotext -raw " + quoted(file(name)) + " -");
      ASSERT_EQ(t.err, "") << "poppler warned on " << name;
      raw_[name] = t.out;
      text_[name] = flat(t.out);
    }
  }
  RunResult thuky(const std::vector<std::string>& args) { return run_thuky(args, dir_.path()); }
  std::filesystem::path file(const std::string& name) const {
    return dir_ / "pdf" / (kId + "-" + name + ".pdf");
  }
  // The runs of `name` whose text starts with `start`.
  std::vector<PdfRun> runs_starting(const std::string& name, const std::string& start) {
    std::vector<PdfRun> found;
    for (auto& run : pdf_runs(file(name))) {
      if (run.text.rfind(start, 0) == 0)
        found.push_back(run);
    }
    return found;
  }

  TempDir dir_;
  std::string rendered_;
  std::map<std::string, std::string> raw_, text_;
};

TEST_F(ClerkChecklist, EveryPointOfIssueTenHoldsOnTheKyAnhSample) {
  {
    SCOPED_TRACE("no placeholder prints; the engine demo describes no engine");
    for (const auto& [name, t] : text_)
      EXPECT_FALSE(has(t, "giá trị mẫu")) << name;
    ASSERT_EQ(thuky({"document", "demo", "--out", "demo"}).exit_code, 0);
    for (const char* demo : {"demo.pdf", "demo-landscape.pdf"}) {
      const std::string t =
          flat(shell("pdftotext -raw " + quoted(dir_ / "demo" / demo) + " -").out);
      EXPECT_FALSE(has(t, "Đoạn văn này")) << demo;
      EXPECT_FALSE(has(t, "Bảng rộng")) << demo;
      EXPECT_FALSE(has(t, "khổ ngang")) << demo;
    }
  }
  {
    SCOPED_TRACE("the date line names the issuing body's seat; the meeting's place is Địa điểm");
    for (const char* name : {"giay-moi", "giay-moi-04-dang-van-thanh", "thong-bao-ket-luan"}) {
      EXPECT_TRUE(has(text_[name], "Hà Tĩnh, ngày")) << name;
      EXPECT_FALSE(has(text_[name], "Kỳ Anh, ngày")) << name;
    }
    EXPECT_TRUE(has(text_["giay-moi"], "Địa điểm: Hội trường Ủy ban MTTQ Việt Nam thị xã Kỳ Anh."));
  }
  {
    SCOPED_TRACE("numbers rise with their dates within a type's register");
    EXPECT_TRUE(has(text_["giay-moi"], "Số: 12/GM-MTTQ-BTT Hà Tĩnh, ngày 10 tháng 9 năm 2020"));
    EXPECT_TRUE(has(text_["bien-ban"], "Số: 05/BB-MTTQ-BTT"));
    EXPECT_TRUE(has(text_["thong-bao-ket-luan"], "Số: 07/TB-MTTQ-BTT Hà Tĩnh, ngày 15 tháng 9"));
    const RunResult next =
        thuky({"register", "next", "GM", "--date", "11/09/2020", "--issuer", "MTTQ-BTT"});
    EXPECT_EQ(next.exit_code, 0) << next.err;
    EXPECT_EQ(next.out, "13/GM-MTTQ-BTT\n");
  }
  {
    SCOPED_TRACE("the signer is not invited; who must act receives the invitation");
    EXPECT_FALSE(has(rendered_, "giay-moi-01-ha-van-hung"));
    const std::string& common = text_["giay-moi"];
    const std::string to = common.substr(common.find("Nơi nhận:"));
    EXPECT_FALSE(has(to, "Đồng chí Hà Văn Hùng"));
    EXPECT_TRUE(has(to, "- Ban Thường trực Ủy ban MTTQ thị xã Kỳ Anh (để thực hiện);"));
    EXPECT_TRUE(has(to, "- Lưu: VT."));
  }
  {
    SCOPED_TRACE("agenda and sign-in sheet are attachments of the invitation");
    for (const char* name : {"chuong-trinh", "danh-sach-dai-bieu"}) {
      EXPECT_TRUE(has(text_[name],
                      "(Kèm theo Giấy mời số 12/GM-MTTQ-BTT ngày 10/09/2020 của Ban "
                      "Thường trực Ủy ban MTTQ Việt Nam tỉnh Hà Tĩnh)"))
          << name;
      EXPECT_FALSE(has(text_[name], "Số:")) << name;
      EXPECT_FALSE(has(text_[name], ", ngày 10 tháng 9")) << name;
    }
  }
  {
    SCOPED_TRACE("one end mark: the sentence's full stop, then /.");
    EXPECT_TRUE(has(text_["bien-ban"], "năm 2020./."));
    EXPECT_TRUE(has(text_["giay-moi"], "từ đầu năm 2020./."));
    EXPECT_TRUE(has(text_["thong-bao-ket-luan"], "thực hiện./."));
    for (const auto& [name, t] : text_)
      EXPECT_FALSE(std::regex_search(t, std::regex("[^.]/\\."))) << name;
  }
  {
    SCOPED_TRACE("a title and a unit read as one phrase, without repeating the unit");
    for (const auto& [name, t] : text_)
      EXPECT_FALSE(has(t, "Ủy ban MTTQ tỉnh, Ủy ban MTTQ Việt Nam tỉnh")) << name;
    EXPECT_TRUE(has(text_["danh-sach-dai-bieu"], "STT Họ và tên Chức vụ, đơn vị Ký tên"));
    EXPECT_TRUE(
        has(text_["danh-sach-dai-bieu"], "5 Đặng Văn Thành Tỉnh ủy viên, Bí thư Thị ủy Kỳ Anh"));
  }
  {
    SCOPED_TRACE("one signature centre in every document");
    const auto centre = [&](const std::string& name) {
      const auto layout = pdf_words(file(name));
      const auto words = layout.on_page(layout.pages);
      for (std::size_t i = 0; i + 2 < words.size(); ++i) {
        if (words[i].text == "Hà" && words[i + 1].text == "Văn" && words[i + 2].text == "Hùng")
          return (words[i].x_min + words[i + 2].x_max) / 2;
      }
      ADD_FAILURE() << "no signer in " << name;
      return 0.0;
    };
    const double invitation = centre("giay-moi");
    for (const char* name : {"giay-moi-04-dang-van-thanh", "bien-ban", "thong-bao-ket-luan"})
      EXPECT_NEAR(centre(name), invitation, 0.5) << name;
  }
  {
    SCOPED_TRACE("headings indent alike; the notice's items are alike (regular, one indent)");
    std::map<std::string, double> x;
    for (const auto& w : pdf_words(file("bien-ban")).words) {
      if (!x.count(w.text))
        x[w.text] = w.x_min;
    }
    EXPECT_NEAR(x["Thành"], x["Thời"], 0.5);  // "Thành phần tham dự:" and "Thời gian ..."
    EXPECT_NEAR(x["Nội"], x["Thời"], 0.5);
    const auto first = runs_starting("thong-bao-ket-luan", "1. ");
    const auto seventh = runs_starting("thong-bao-ket-luan", "7. ");
    ASSERT_EQ(first.size(), 1u);
    ASSERT_EQ(seventh.size(), 1u);
    EXPECT_EQ(seventh[0].left, first[0].left);
    EXPECT_FALSE(first[0].bold);
    EXPECT_FALSE(seventh[0].bold) << seventh[0].text;
  }
  {
    SCOPED_TRACE("bold where Decree 30 asks for it, regular elsewhere");
    const auto style_of = [&](const std::string& name, const std::string& start) {
      const auto runs = runs_starting(name, start);
      EXPECT_FALSE(runs.empty()) << name << ": " << start;
      return runs.empty() ? std::string("?")
                          : std::string(runs[0].bold ? "bold" : "regular") +
                                (runs[0].italic ? " italic" : "");
    };
    const std::vector<std::tuple<std::string, std::string, std::string>> styles = {
        {"giay-moi", "ỦY BAN MTTQ VIỆT NAM", "regular"},
        {"giay-moi", "BAN THƯỜNG TRỰC", "bold"},
        {"giay-moi", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "bold"},
        {"giay-moi", "Độc lập - Tự do - Hạnh phúc", "bold"},
        {"giay-moi", "Số: 12/GM-MTTQ-BTT", "regular"},
        {"giay-moi", "Hà Tĩnh, ngày 10 tháng 9 năm 2020", "regular italic"},
        {"giay-moi", "GIẤY MỜI", "bold"},
        {"giay-moi", "TM. BAN THƯỜNG TRỰC", "bold"},
        {"giay-moi", "CHỦ TỊCH", "bold"},
        {"giay-moi", "Hà Văn Hùng", "bold"},
        {"giay-moi", "Nơi nhận:", "bold italic"},
        {"bien-ban", "BIÊN BẢN", "bold"},
        {"thong-bao-ket-luan", "THÔNG BÁO", "bold"},
    };
    for (const auto& [name, start, style] : styles)
      EXPECT_EQ(style_of(name, start), style) << name << ": " << start;
    const auto fonts = shell("pdffonts " + quoted(file("giay-moi")));
    EXPECT_TRUE(has(fonts.out, "LiberationSerif")) << fonts.out;
    EXPECT_FALSE(std::regex_search(fonts.out, std::regex(" no +no +[0-9]"))) << "all embedded";
  }
  {
    SCOPED_TRACE("a heading stays with its table (keep-with-next), and leaves no hole");
    const auto layout = pdf_words(file("thong-bao-ket-luan"));
    int heading_page = 0, table_page = 0;
    for (const auto& w : layout.words) {
      if (w.text == "Phân" && heading_page == 0)
        heading_page = w.page;
      if (w.text == "STT" && table_page == 0)
        table_page = w.page;
    }
    EXPECT_EQ(heading_page, table_page);
  }
  {
    SCOPED_TRACE("sign-in rows are [document] signature_row_mm high (15 mm)");
    double one = 0, two = 0;
    for (const auto& w : pdf_words(file("danh-sach-dai-bieu")).words) {
      if (w.text == "1" && one == 0)
        one = w.y_min;
      if (w.text == "2" && two == 0)
        two = w.y_min;
    }
    EXPECT_GE(two - one, 15 * 72 / 25.4 - 0.5);
  }
  {
    SCOPED_TRACE("a landscape appendix has its caption and its binding margin at the top");
    const auto layout = pdf_words(dir_ / "demo" / "demo-landscape.pdf");
    EXPECT_GT(layout.page_width, layout.page_height);
    ASSERT_FALSE(layout.words.empty());
    EXPECT_EQ(layout.words[0].text, "Phụ");
    EXPECT_EQ(layout.words[1].text, "lục");
    EXPECT_GE(layout.words[0].y_min, 30 * 72 / 25.4 - 8);  // 30 mm binding, less the ascent
  }
  {
    SCOPED_TRACE("no break inside a number and its unit, a range or an abbreviation's phrase");
    for (const auto& [name, raw] : raw_) {
      const auto lines = lines_of(raw);
      for (std::size_t i = 0; i + 1 < lines.size(); ++i) {
        const std::string end = last_word(lines[i]), next = first_word(lines[i + 1]);
        // A lone dash ends no line, nor starts one after a number ("2021\n- 2026").
        EXPECT_NE(end, "-") << name << ": " << lines[i];
        EXPECT_FALSE(next == "-" && std::regex_match(end, std::regex("[0-9]+")))
            << name << ": " << lines[i] << " / " << lines[i + 1];
        EXPECT_FALSE(end == "TM.") << name;
        EXPECT_FALSE(std::regex_match(end, std::regex("[0-9.,]+")) &&
                     std::regex_match(next, std::regex("(tỷ|triệu|đồng|%|m²|người|suất)[,.;]?")))
            << name << ": " << lines[i] << " / " << next;
      }
    }
    EXPECT_TRUE(has(raw_["bien-ban"], "2,3 tỷ đồng"));
    EXPECT_TRUE(has(raw_["bien-ban"], "nhiệm kỳ 2020 - 2025"));
  }
  {
    SCOPED_TRACE("titles never end a line on a weak word");
    for (const auto& [name, kind] : {std::pair{"giay-moi", "GIẤY MỜI"},
                                     {"bien-ban", "BIÊN BẢN"},
                                     {"thong-bao-ket-luan", "THÔNG BÁO"}}) {
      // The title: the bold lines from the kind of paper on.
      const auto runs = pdf_runs(file(name));
      auto at =
          std::find_if(runs.begin(), runs.end(), [&](const PdfRun& r) { return r.text == kind; });
      ASSERT_NE(at, runs.end()) << name;
      int lines = 0;
      for (++at; at != runs.end() && at->bold; ++at, ++lines) {
        const std::string w = last_word(at->text);
        EXPECT_FALSE(w == "về" || w == "của" || w == "và" || w == "với")
            << name << ": " << at->text;
      }
      EXPECT_GE(lines, 2) << name;
    }
  }
  {
    SCOPED_TRACE("one tone style (new) except in people's names, printed as written");
    for (const auto& [name, t] : text_) {
      for (const char* old : {"Tỉnh uỷ", "Thị uỷ", "Uỷ ban", "hoá"})  // as the sample writes
        EXPECT_FALSE(has(t, old)) << name << ": " << old;
    }
    EXPECT_TRUE(has(text_["giay-moi"], "Nguyễn Thị Mai Thuỷ"));
    EXPECT_TRUE(has(text_["bien-ban"], "Thường trực Thị ủy"));
  }
  {
    SCOPED_TRACE("typographic quotes; abbreviations written out on first use");
    for (const auto& [name, t] : text_)
      EXPECT_FALSE(has(t, "\"")) << name;
    EXPECT_TRUE(
        has(text_["bien-ban"], "“Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh”"));
    for (const char* name : {"bien-ban", "thong-bao-ket-luan"}) {
      const std::string& t = text_[name];
      const auto first = t.find("UBND");
      ASSERT_NE(first, std::string::npos) << name;
      const std::string written_out = "Ủy ban nhân dân (";
      ASSERT_GE(first, written_out.size()) << name;
      EXPECT_EQ(t.substr(first - written_out.size(), written_out.size() + 5), written_out + "UBND)")
          << name;
    }
  }
  {
    SCOPED_TRACE("thuky document fonts: the configured font has every Vietnamese letter");
    const RunResult fonts = thuky({"document", "fonts"});
    EXPECT_EQ(fonts.exit_code, 0) << fonts.err;
    EXPECT_TRUE(has(fonts.out, "every Vietnamese letter")) << fonts.out;
  }
}

// A report written in four paragraphs (blank lines between them in meeting.toml) prints as four
// paragraphs: each starts a line of the minutes, none runs on after the previous one's full stop.
TEST_F(ClerkChecklist, ReportSummaryKeepsItsParagraphs) {
  const std::vector<std::string> lines = lines_of(raw_["bien-ban"]);
  for (const std::string start :
       {"Từ đầu năm đến nay, MTTQ các cấp", "MTTQ các cấp đã hỗ trợ làm 34 nhà ở",
        "Thực hiện Cuộc vận động", "Công tác giám sát, phản biện xã hội, tham gia"}) {
    const bool starts_a_line = std::any_of(
        lines.begin(), lines.end(), [&](const std::string& l) { return l.rfind(start, 0) == 0; });
    EXPECT_TRUE(starts_a_line) << "no paragraph starts with \"" << start << "\"";
  }
}

}  // namespace
}  // namespace thuky::test
