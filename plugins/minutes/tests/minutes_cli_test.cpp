// The minutes plugin end to end: the Kỳ Anh sample through the real `thuky` binary.
#include <SQLiteCpp/Database.h>
#include <gtest/gtest.h>

#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <regex>

#include "support/pdf_tools.hpp"
#include "support/test_support.hpp"

namespace thuky::test {
namespace {

const std::filesystem::path kSample =
    std::filesystem::path(THUKY_SOURCE_DIR) / "samples" / "ky-anh";
const std::string kId = "ky-anh-2020-09-15";

// Extracted text with line breaks read as spaces: wrapping is the layout's business.
std::string flat(std::string text) {
  for (char& c : text) {
    if (c == '\n' || c == '\f')
      c = ' ';
  }
  return text;
}

// Each part appears, in this order.
void expect_in_order(const std::string& text, const std::vector<std::string>& parts) {
  std::size_t at = 0;
  for (const auto& part : parts) {
    const auto found = text.find(part, at);
    ASSERT_NE(found, std::string::npos) << "missing or out of order: " << part;
    at = found + part.size();
  }
}

class Minutes : public ::testing::Test {
 protected:
  void SetUp() override {
    ASSERT_EQ(thuky({"init"}).exit_code, 0);
    // The issuing body the sample's papers come from, as scripts/demo.sh configures it.
    std::string config = read_file(dir_ / "thuky.toml");
    const auto at = config.find("\nplace = \"\"");
    ASSERT_NE(at, std::string::npos);
    config.replace(at, 11, "\nplace = \"Hà Tĩnh\"");
    write_file(dir_ / "thuky.toml", config);
    const RunResult people = thuky({"people", "import", (kSample / "people.csv").string()});
    ASSERT_EQ(people.exit_code, 0) << people.err;
  }
  RunResult thuky(const std::vector<std::string>& args) { return run_thuky(args, dir_.path()); }
  void import_sample() {
    const RunResult r = thuky({"meeting", "import", (kSample / "meeting.toml").string()});
    ASSERT_EQ(r.exit_code, 0) << r.err;
  }
  int meetings() {
    SQLite::Database db((dir_ / "thuky.db").string());
    return db.execAndGet("SELECT count(*) FROM minutes_meetings").getInt();
  }
  std::string text_of(const std::string& name) {
    const auto r =
        shell("pdftotext -raw " + quoted(dir_ / "pdf" / (kId + "-" + name + ".pdf")) + " -");
    EXPECT_EQ(r.err, "") << "poppler warned on " << name;
    return r.out;
  }
  // A meeting file like the sample with one line replaced.
  std::filesystem::path variant(const std::string& from, const std::string& to) {
    return variant({{from, to}});
  }
  std::filesystem::path variant(const std::vector<std::pair<std::string, std::string>>& edits) {
    std::string text = read_file(kSample / "meeting.toml");
    for (const auto& [from, to] : edits) {
      const auto at = text.find(from);
      EXPECT_NE(at, std::string::npos) << from;
      if (at != std::string::npos)
        text.replace(at, from.size(), to);
    }
    write_file(dir_ / "variant.toml", text);
    return dir_ / "variant.toml";
  }
  TempDir dir_;
};

TEST_F(Minutes, SampleImportsAndRendersEveryDocument) {
  const RunResult imported = thuky({"meeting", "import", (kSample / "meeting.toml").string()});
  ASSERT_EQ(imported.exit_code, 0) << imported.err;
  EXPECT_EQ(imported.out, "Imported meeting 'ky-anh-2020-09-15' (6 invitees, 4 tasks).\n");
  const RunResult r = thuky({"meeting", "render", kId, "--doc", "all", "--out", "pdf"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  for (const char* name : {"giay-moi", "chuong-trinh", "danh-sach-dai-bieu", "bien-ban",
                           "thong-bao-ket-luan", "giay-moi-04-dang-van-thanh"}) {
    const auto file = dir_ / "pdf" / (kId + "-" + name + ".pdf");
    EXPECT_NE(r.out.find(file.lexically_relative(dir_.path()).string()), std::string::npos) << name;
    EXPECT_EQ(shell("qpdf --check " + quoted(file)).exit_code, 0) << name;
  }
}

TEST_F(Minutes, MinutesFollowMau19) {
  import_sample();
  ASSERT_EQ(thuky({"meeting", "render", kId, "--doc", "minutes", "--out", "pdf"}).exit_code, 0);
  const std::string text = text_of("bien-ban");
  // Header: the organiser's lines, the number, and no place-and-date line.
  EXPECT_EQ(text.rfind("ỦY BAN MTTQ VIỆT NAM\nTỈNH HÀ TĨNH\nBAN THƯỜNG TRỰC\n"
                       "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
                       "Số: 05/BB-MTTQ-BTT\nBIÊN BẢN\n",
                       0),
            0u)
      << text.substr(0, 400);
  EXPECT_EQ(text.find("ngày 15 tháng 9 năm 2020\nBIÊN BẢN"), std::string::npos);
  // The parts of Mẫu 1.9, in order.
  expect_in_order(
      flat(text),
      {"Thời gian bắt đầu: 8 giờ 00 phút, ngày 15 tháng 9 năm 2020.",
       "Địa điểm: Hội trường Ủy ban MTTQ Việt Nam thị xã Kỳ Anh.",
       "Thành phần tham dự:",
       "Đoàn công tác Ban Thường trực Ủy ban MTTQ tỉnh:",
       "- Đồng chí Hà Văn Hùng, UVBTV Tỉnh ủy, Chủ tịch Ủy ban MTTQ tỉnh;",
       "- Đồng chí Nguyễn Thị Mai Thuỷ, Phó Chủ tịch Ủy ban MTTQ tỉnh;",
       "- Đồng chí Thái Ngọc Hải, Phó Chủ tịch Ủy ban MTTQ tỉnh;",
       "- Đồng chí Hoàng Anh Đức, Phó Chủ tịch Ủy ban MTTQ tỉnh;",
       "Về phía thị xã Kỳ Anh:",
       "- Đồng chí Đặng Văn Thành, Tỉnh ủy viên, Bí thư Thị ủy;",
       "Chủ trì (chủ tọa): Đồng chí Hà Văn Hùng, UVBTV Tỉnh ủy, Chủ tịch Ủy ban MTTQ tỉnh.",
       "Thư ký (người ghi biên bản): Đồng chí Lê Thị Thu Hương",
       "Nội dung (theo diễn biến cuộc họp):",
       "1. Báo cáo kết quả công tác Mặt trận từ đầu năm 2020",
       "hỗ trợ làm 34 nhà ở trị giá trên 1,9 tỷ đồng",
       "hiến 1.841 m² đất, đóng góp 10.928 ngày công",
       "2. Ý kiến phát biểu",
       "Đồng chí Đặng Văn Thành, Tỉnh ủy viên, Bí thư Thị ủy phát biểu:",
       "3. Kết luận của chủ trì",
       "Cuộc họp kết thúc vào 11 giờ 30 phút, ngày 15 tháng 9 năm 2020./. THƯ KÝ Lê Thị Thu Hương "
       "CHỦ TỌA Hà Văn Hùng Nơi nhận: - Thường trực Tỉnh ủy (để b/c);",
       "- Lưu: VT, Hồ sơ."});
}

TEST_F(Minutes, MinutesRunOverThreePagesAndBreakCleanly) {
  import_sample();
  ASSERT_EQ(thuky({"meeting", "render", kId, "--doc", "minutes", "--out", "pdf"}).exit_code, 0);
  const auto layout = pdf_words(dir_ / "pdf" / (kId + "-bien-ban.pdf"));
  ASSERT_GE(layout.pages, 3);
  const double mm = 72.0 / 25.4;
  int secretary_page = 0, secretary_name_page = 0;
  for (const auto& w : layout.words) {
    if (w.y_max < 20 * mm) {  // only the page number lives in the top margin, from page 2
      EXPECT_GE(w.page, 2);
      EXPECT_EQ(w.text, std::to_string(w.page));
      continue;
    }
    EXPECT_GE(w.x_min, 30 * mm - 0.5) << w.text;
    EXPECT_LE(w.x_max, layout.page_width - 15 * mm + 0.5) << w.text;
    EXPECT_LE(w.y_max, layout.page_height - 20 * mm + 0.5) << w.text << " page " << w.page;
    if (w.text == "THƯ")
      secretary_page = w.page;
    if (w.text == "Hương" && w.page == layout.pages)
      secretary_name_page = w.page;
  }
  EXPECT_EQ(secretary_page, secretary_name_page) << "a signature block must not split";
}

TEST_F(Minutes, InvitationAgendaSheetAndNotice) {
  import_sample();
  ASSERT_EQ(thuky({"meeting", "render", kId, "--out", "pdf"}).exit_code, 0);
  const std::string invitation = text_of("giay-moi-04-dang-van-thanh");
  EXPECT_NE(invitation.find("Số: 12/GM-MTTQ-BTT Hà Tĩnh, ngày 10 tháng 9 năm 2020\nGIẤY MỜI\n"),
            std::string::npos)
      << invitation;
  EXPECT_NE(invitation.find("Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Hà Tĩnh trân trọng kính "
                            "mời:\nĐồng chí Đặng Văn Thành, Tỉnh ủy viên, Bí thư Thị ủy Kỳ "
                            "Anh\n"),
            std::string::npos)
      << invitation;
  EXPECT_NE(invitation.find("Thời gian: từ 8 giờ 00 phút đến 11 giờ 30 phút, ngày 15 tháng 9 năm "
                            "2020."),
            std::string::npos);
  EXPECT_NE(invitation.find("TM. BAN THƯỜNG TRỰC\nCHỦ TỊCH\nHà Văn Hùng"), std::string::npos);

  const std::string sheet = text_of("danh-sach-dai-bieu");
  const std::string expected_rows =
      "STT Họ và tên Chức vụ, đơn vị Ký tên\n"
      "Đoàn công tác Ban Thường trực Ủy ban MTTQ tỉnh\n"
      "1 Hà Văn Hùng UVBTV Tỉnh ủy, Chủ tịch Ủy ban MTTQ\n";
  EXPECT_NE(sheet.find(expected_rows), std::string::npos) << sheet;
  std::size_t at = 0;
  for (const char* name : {"1 Hà Văn Hùng", "2 Nguyễn Thị Mai Thuỷ", "3 Thái Ngọc Hải",
                           "4 Hoàng Anh Đức", "Về phía thị xã Kỳ Anh", "5 Đặng Văn Thành",
                           "6 Phan Duy Vĩnh", "Tổng số: 6 đại biểu được mời."}) {
    const auto found = sheet.find(name, at);
    ASSERT_NE(found, std::string::npos) << "missing or out of order: " << name;
    at = found;
  }
  EXPECT_NE(text_of("chuong-trinh").find("8 giờ 10 Báo cáo kết quả công tác"), std::string::npos);
  const std::string notice = text_of("thong-bao-ket-luan");
  EXPECT_NE(notice.find("Số: 07/TB-MTTQ-BTT Hà Tĩnh, ngày 15 tháng 9 năm 2020\nTHÔNG BÁO\nKết "
                        "luận của đồng chí Hà Văn Hùng\n"),
            std::string::npos)
      << notice.substr(0, 600);
  EXPECT_NE(notice.find("1 Cụ thể hóa Nghị quyết Đại hội Đảng bộ thị"), std::string::npos);
  EXPECT_NE(notice.find("31/10/2020"), std::string::npos);
}

// An organiser named by its code: the header, symbol, seat and signer come from the store's
// organisations (`thuky organisations import`), not from the meeting file.
TEST_F(Minutes, AnOrganiserNamedByCodeComesFromTheStore) {
  write_file(dir_ / "org.csv",
             "Mã,Tên,Cơ quan chủ quản,Cơ quan ban hành,Ký hiệu,Địa danh,Thẩm quyền ký,Chức vụ "
             "người ký,Người ký\n"
             "mttq-cam-xuyen,Ban Thường trực Ủy ban MTTQ Việt Nam huyện Cẩm Xuyên,ỦY BAN MTTQ "
             "VIỆT NAM | HUYỆN CẨM XUYÊN,BAN THƯỜNG TRỰC,MTTQ-CX,Cẩm Xuyên,TM. BAN THƯỜNG "
             "TRỰC,CHỦ TỊCH,Hà Văn Hùng\n");
  RunResult r = thuky({"organisations", "import", "org.csv"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  std::string block;
  {
    const std::string text = read_file(kSample / "meeting.toml");
    const auto from = text.find("[organiser]\n");
    block = text.substr(from, text.find("\n\n", from) + 1 - from);
  }
  const auto file =
      variant({{block, ""}, {"chair = ", "organiser = \"mttq-cam-xuyen\"\nchair = "}});
  r = thuky({"meeting", "import", file.string()});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.err, "");
  ASSERT_EQ(thuky({"meeting", "render", kId, "--out", "pdf"}).exit_code, 0);
  const std::string invitation = text_of("giay-moi-04-dang-van-thanh");
  expect_in_order(invitation, {"ỦY BAN MTTQ VIỆT NAM", "HUYỆN CẨM XUYÊN", "BAN THƯỜNG TRỰC",
                               "Số: 12/GM-MTTQ-CX Cẩm Xuyên, ngày 10 tháng 9 năm 2020",
                               "Ban Thường trực Ủy ban MTTQ Việt Nam huyện Cẩm Xuyên trân trọng "
                               "kính mời:"});

  r = thuky({"meeting", "import",
             variant({{block, ""}, {"chair = ", "organiser = \"mttq-x\"\nchair = "}}).string()});
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.err.find(": field 'organiser': unknown organisation 'mttq-x': not in the store "
                       "(import it with 'thuky organisations import', or write an [organiser] "
                       "table)"),
            std::string::npos)
      << r.err;
}

// What a văn thư checks before signing (issue 10): the content of every paper.
TEST_F(Minutes, PapersAClerkSigns) {
  import_sample();
  const RunResult r = thuky({"meeting", "render", kId, "--doc", "all", "--out", "pdf"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  std::map<std::string, std::string> text;
  for (const char* name : {"giay-moi", "giay-moi-04-dang-van-thanh", "chuong-trinh",
                           "danh-sach-dai-bieu", "bien-ban", "thong-bao-ket-luan"}) {
    text[name] = flat(text_of(name));
    // No placeholder prints; the date line's place is the issuing body's seat.
    EXPECT_EQ(text[name].find("giá trị mẫu"), std::string::npos) << name;
    EXPECT_EQ(text[name].find("Kỳ Anh, ngày"), std::string::npos) << name;
  }
  EXPECT_NE(text["giay-moi"].find("Số: 12/GM-MTTQ-BTT Hà Tĩnh, ngày 10 tháng 9 năm 2020"),
            std::string::npos);
  // One end mark: the last sentence's full stop, then "/.".
  EXPECT_NE(text["bien-ban"].find("ngày 15 tháng 9 năm 2020./."), std::string::npos);
  EXPECT_NE(text["giay-moi"].find("từ đầu năm 2020./."), std::string::npos);
  EXPECT_NE(text["thong-bao-ket-luan"].find("biết, thực hiện./."), std::string::npos);
  for (const auto& [name, t] : text)
    EXPECT_EQ(t.find("/.", t.find("./.") + 3), std::string::npos) << name << ": one end mark";
  // The signer invites, he is not invited: no invitation of his own, not in Nơi nhận; the body
  // asked to prepare the report receives it.
  EXPECT_EQ(r.out.find("giay-moi-01-ha-van-hung"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("giay-moi-01-nguyen-thi-mai-thuy"), std::string::npos) << r.out;
  const std::string& common = text["giay-moi"];
  const std::string to = common.substr(common.find("Nơi nhận:"));
  EXPECT_EQ(to.find("Đồng chí Hà Văn Hùng"), std::string::npos) << to;
  expect_in_order(to,
                  {"- Đồng chí Nguyễn Thị Mai Thuỷ, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh "
                   "Hà Tĩnh;",
                   "- Đồng chí Phan Duy Vĩnh, Phó Bí thư Thường trực Thị ủy Kỳ Anh, Chủ tịch "
                   "Hội đồng nhân dân thị xã;",
                   "- Ban Thường trực Ủy ban MTTQ thị xã Kỳ Anh (để thực hiện);", "- Lưu: VT."});
  EXPECT_NE(text["giay-moi-04-dang-van-thanh"].find("- Như trên; - Ban Thường trực Ủy ban MTTQ "
                                                    "thị xã Kỳ Anh (để thực hiện); - Lưu: VT."),
            std::string::npos)
      << text["giay-moi-04-dang-van-thanh"];
  // The agenda and the sign-in sheet go with the invitation: no header, number or date line of
  // their own, and a line naming the invitation.
  for (const char* name : {"chuong-trinh", "danh-sach-dai-bieu"}) {
    const std::string& t = text[name];
    EXPECT_NE(t.find("(Kèm theo Giấy mời số 12/GM-MTTQ-BTT ngày 10/09/2020 của Ban Thường trực "
                     "Ủy ban MTTQ Việt Nam tỉnh Hà Tĩnh)"),
              std::string::npos)
        << t;
    EXPECT_EQ(t.find("Số:"), std::string::npos) << name;
    EXPECT_EQ(t.find("CỘNG HÒA"), std::string::npos) << name;
  }
  // Title and unit as one phrase, in the sign-in sheet's one column for both.
  expect_in_order(text["danh-sach-dai-bieu"],
                  {"STT Họ và tên Chức vụ, đơn vị Ký tên",
                   "5 Đặng Văn Thành Tỉnh ủy viên, Bí thư Thị ủy Kỳ Anh"});
  EXPECT_EQ(text["danh-sach-dai-bieu"].find("Đơn vị"), std::string::npos);
}

// The register gives the numbers a meeting file leaves out, keeps them, and warns about given
// numbers that run against their dates.
TEST_F(Minutes, NumbersComeFromTheDocumentRegister) {
  const auto file = variant({{"invitation = \"12\"\n", ""}});
  ASSERT_EQ(thuky({"meeting", "import", file.string()}).exit_code, 0);
  EXPECT_EQ(thuky({"register", "next", "GM", "--date", "11/09/2020", "--issuer", "MTTQ-BTT"}).out,
            "02/GM-MTTQ-BTT\n");
  // Imported again, the invitation keeps the number it was given.
  const RunResult again = thuky({"meeting", "import", file.string()});
  ASSERT_EQ(again.exit_code, 0) << again.err;
  EXPECT_EQ(again.err, "");
  ASSERT_EQ(thuky({"meeting", "render", kId, "--doc", "invitation", "--out", "pdf"}).exit_code, 0);
  EXPECT_NE(text_of("giay-moi").find("Số: 01/GM-MTTQ-BTT Hà Tĩnh, ngày 10 tháng 9 năm 2020"),
            std::string::npos);
  EXPECT_EQ(thuky({"register", "next", "GM", "--date", "12/09/2020", "--issuer", "MTTQ-BTT"}).out,
            "03/GM-MTTQ-BTT\n");

  // Another meeting's invitation, dated earlier, with a higher number.
  const auto other = variant({{"id = \"ky-anh-2020-09-15\"", "id = \"ky-anh-2020-09-05\""},
                              {"issued = 2020-09-10", "issued = 2020-09-05"},
                              {"invitation = \"12\"", "invitation = \"20\""},
                              {"number = \"05\"", "# number"},
                              {"minutes = \"05\"\n", ""},
                              {"conclusion = \"07\"\n", ""}});
  const RunResult r = thuky({"meeting", "import", other.string()});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.err, "warning: " + other.string() +
                       ": number 20/GM dated 05/09/2020 runs against number 01/GM dated "
                       "10/09/2020\nwarning: " +
                       other.string() +
                       ": number 20/GM dated 05/09/2020 runs against number 02/GM dated "
                       "11/09/2020\nwarning: " +
                       other.string() +
                       ": number 20/GM dated 05/09/2020 runs against number 03/GM dated "
                       "12/09/2020\n");
}

TEST_F(Minutes, BadMeetingFilesAreRefusedAndChangeNothing) {
  import_sample();
  struct Case {
    std::string from, to, error;
  };
  const std::string file = (dir_ / "variant.toml").string();
  const std::vector<Case> cases = {
      {"chair = \"ha-van-hung\"\n", "",
       file + ":1:1: field 'chair': required key 'chair' is missing"},
      {"\"thai-ngoc-hai\"", "\"thai-ngoc-hai-x\"",
       file + ":52:50: field 'delegations[0].members[2]': unknown person 'thai-ngoc-hai-x': not in "
              "the people directory"},
      {"ends = 2020-09-15T11:30:00", "ends = 2020-09-15T07:30:00",
       file + ":12:8: field 'ends': the meeting ends before it starts"},
      {"place_name = \"Kỳ Anh\"", "place_name = \"K\xF9 Anh\"",
       file + ":10:16: invalid UTF-8 (byte 0xF9)"},
  };
  for (const auto& c : cases) {
    const auto path = variant(c.from, c.to);
    const RunResult r = thuky({"meeting", "import", path.string()});
    EXPECT_EQ(r.exit_code, 1) << c.error;
    EXPECT_EQ(r.err.rfind("error: " + c.error, 0), 0u) << r.err;
  }
  EXPECT_EQ(meetings(), 1);
  // The stored meeting is still the sample, untouched by the failed imports.
  SQLite::Database db((dir_ / "thuky.db").string());
  EXPECT_EQ(db.execAndGet("SELECT ends_at FROM minutes_meetings").getString(), "2020-09-15T11:30");
  EXPECT_EQ(db.execAndGet("SELECT count(*) FROM minutes_participants").getInt(), 11);
}

// With --json a script gets the error's place as data, across the plugin boundary.
TEST_F(Minutes, ErrorsUnderJsonCarryTheirLocation) {
  const auto path = variant("ends = 2020-09-15T11:30:00", "ends = 2020-09-15T07:30:00");
  const RunResult r = thuky({"--json", "meeting", "import", path.string()});
  EXPECT_EQ(r.exit_code, 1);
  const std::string expected =
      "{\"error\": {\"exit_code\": 1, \"message\": \"the meeting ends "
      "before it starts\", \"file\": \"" +
      path.string() + "\", \"line\": 12, \"column\": 8, \"field\": \"ends\"}}\n";
  EXPECT_EQ(r.err, expected);
  // Without a location (an unknown meeting) only the message.
  const RunResult unknown = thuky({"--json", "meeting", "render", "no-such"});
  EXPECT_EQ(unknown.exit_code, 1);
  EXPECT_EQ(unknown.err.rfind("{\"error\": {\"exit_code\": 1, \"message\": \"", 0), 0u)
      << unknown.err;
  EXPECT_EQ(unknown.err.find("\"line\""), std::string::npos) << unknown.err;
}

TEST_F(Minutes, AccentInsensitiveSearch) {
  import_sample();
  for (const std::vector<std::string>& words :
       {std::vector<std::string>{"giai", "phong", "mat", "bang"},
        std::vector<std::string>{"GIẢI PHÓNG MẶT BẰNG"}, std::vector<std::string>{"vung", "ang"}}) {
    std::vector<std::string> args = {"meeting", "search"};
    args.insert(args.end(), words.begin(), words.end());
    const RunResult r = thuky(args);
    EXPECT_EQ(r.exit_code, 0) << r.err;
    EXPECT_EQ(r.out.rfind("ky-anh-2020-09-15\t2020-09-15T08:00\tBuổi làm việc", 0), 0u) << r.out;
  }
  EXPECT_EQ(thuky({"meeting", "search", "truong", "hoc"}).out, "");
}

TEST_F(Minutes, TasksAttendanceAndReimport) {
  import_sample();
  RunResult r = thuky({"meeting", "tasks"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out.rfind("1\t31/10/2020\t\tCụ thể hoá Nghị quyết", 0), 0u) << r.out;
  EXPECT_EQ(thuky({"meeting", "done", "1"}).out, "Task 1 done.\n");
  EXPECT_EQ(thuky({"meeting", "attend", kId, "hoang-anh-duc", "--absent", "đi công tác"}).exit_code,
            0);
  EXPECT_EQ(thuky({"meeting", "attend", kId, "Ai Đó"}).err,
            "error: 'Ai Đó' is not invited to meeting 'ky-anh-2020-09-15'\n");
  // Importing the file again keeps what was recorded since.
  r = thuky({"meeting", "import", (kSample / "meeting.toml").string()});
  EXPECT_EQ(r.out, "Updated meeting 'ky-anh-2020-09-15' (6 invitees, 4 tasks).\n");
  r = thuky({"meeting", "tasks"});
  EXPECT_EQ(r.out.find("Cụ thể hoá Nghị quyết"), std::string::npos) << r.out;
  ASSERT_EQ(thuky({"meeting", "render", kId, "--doc", "minutes", "--out", "pdf"}).exit_code, 0);
  EXPECT_NE(flat(text_of("bien-ban"))
                .find("Vắng mặt: - Đồng chí Hoàng Anh Đức, Phó Chủ tịch Ủy ban MTTQ tỉnh (lý do: "
                      "đi công tác)."),
            std::string::npos);
}

TEST_F(Minutes, LateAdditionsAndRepresentativesSurviveAReimport) {
  import_sample();
  RunResult r = thuky({"meeting", "add-guest", kId, "Trần Văn Bổ Sung", "--title",
                       "Phó Chủ tịch UBND thị xã", "--delegation", "Về phía thị xã Kỳ Anh"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out, "ky-anh-2020-09-15: invited Trần Văn Bổ Sung (Về phía thị xã Kỳ Anh).\n");
  ASSERT_EQ(thuky({"meeting", "attend", kId, "thai-ngoc-hai", "--represented-by",
                   "đồng chí Nguyễn Văn Cử, Trưởng ban Tuyên giáo"})
                .exit_code,
            0);
  ASSERT_EQ(thuky({"meeting", "import", (kSample / "meeting.toml").string()}).exit_code, 0);
  ASSERT_EQ(thuky({"meeting", "render", kId, "--doc", "all", "--out", "pdf"}).exit_code, 0);
  const std::string minutes = flat(text_of("bien-ban"));
  expect_in_order(minutes,
                  {"- Đồng chí Nguyễn Thị Mai Thuỷ, Phó Chủ tịch Ủy ban MTTQ tỉnh;",
                   "- Đồng chí Nguyễn Văn Cử, Trưởng ban Tuyên giáo (dự thay đồng chí Thái Ngọc "
                   "Hải, Phó Chủ tịch Ủy ban MTTQ tỉnh);",
                   "Về phía thị xã Kỳ Anh:", "- Đồng chí Phan Duy Vĩnh",
                   "- Đồng chí Trần Văn Bổ Sung, Phó Chủ tịch UBND thị xã;",
                   "Vắng mặt: - Đồng chí Thái Ngọc Hải, Phó Chủ tịch Ủy ban MTTQ tỉnh (ủy quyền "
                   "đồng chí Nguyễn Văn Cử, Trưởng ban Tuyên giáo dự thay)."});
  const std::string sheet = flat(text_of("danh-sach-dai-bieu"));
  expect_in_order(sheet,
                  {"6 Phan Duy Vĩnh", "7 Trần Văn Bổ Sung", "Tổng số: 7 đại biểu được mời."});
}

TEST_F(Minutes, ListsAsJson) {
  import_sample();
  RunResult r = thuky({"--json", "meeting", "list"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out.rfind("{\"meetings\": [\n  {\"id\": \"ky-anh-2020-09-15\", \"starts\": "
                        "\"2020-09-15T08:00\", \"title\": \"Buổi làm việc",
                        0),
            0u)
      << r.out;
  r = thuky({"meeting", "tasks", "--json"});
  EXPECT_NE(r.out.find("{\"id\": 1, \"deadline\": \"2020-10-31\", \"done\": null, "),
            std::string::npos)
      << r.out;
  // The same list for Excel.
  ASSERT_EQ(thuky({"meeting", "tasks", "--all", "--out", "tasks.csv"}).exit_code, 0);
  const std::string csv = read_file(dir_ / "tasks.csv");
  EXPECT_EQ(
      csv.substr(0, csv.find("\r\n", csv.find("\r\n") + 2)),
      "\xEF\xBB\xBFSố,Hạn,Hoàn thành,Nhiệm vụ,Đơn vị thực hiện,Cuộc họp\r\n1,31/10/2020,,\"Cụ "
      "thể hoá Nghị quyết Đại hội Đảng bộ thị xã gắn với nhiệm vụ của MTTQ, xây dựng "
      "chương trình hành động\",Ban Thường trực Ủy ban MTTQ thị xã Kỳ Anh,ky-anh-2020-09-15");
}

TEST_F(Minutes, TaskNumbersSurviveAReimportThatAddsAndEditsTasks) {
  import_sample();
  // A new first task, the second task's text edited, the last task gone.
  std::string text = read_file(kSample / "meeting.toml");
  text.replace(text.find("[[tasks]]"), 0,
               "[[tasks]]\nowner = \"Văn phòng\"\ntask = \"Gửi biên bản\"\n\n");
  text.replace(text.find("Tuyên truyền, vận động Nhân dân"), 0, "Tiếp tục ");
  text.erase(text.rfind("[[tasks]]"));
  write_file(dir_ / "edited.toml", text);
  ASSERT_EQ(thuky({"meeting", "done", "3"}).exit_code, 0);
  const RunResult r = thuky({"meeting", "import", (dir_ / "edited.toml").string()});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.err, "warning: task 4 is no longer in the meeting file; it is removed\n");
  SQLite::Database db((dir_ / "thuky.db").string());
  // "place in the file, first ten letters, done or open" of task number `id`
  const auto task = [&](int id) {
    SQLite::Statement q(db,
                        "SELECT position || ' ' || substr(task, 1, 10) || ' ' || "
                        "iif(done_at IS NULL, 'open', 'done') FROM minutes_tasks WHERE id = ?");
    q.bind(1, id);
    return q.executeStep() ? q.getColumn(0).getString() : std::string("(none)");
  };
  EXPECT_EQ(task(1), "2 Cụ thể hoá open");
  EXPECT_EQ(task(2), "3 Tiếp tục T open");  // edited, same number
  EXPECT_EQ(task(3), "4 Phối hợp t done");  // moved down, still done
  EXPECT_EQ(task(4), "(none)");
  EXPECT_EQ(task(5), "1 Gửi biên b open");
}

TEST_F(Minutes, DoneDateComesFromTheCommandsClock) {
  import_sample();
  ASSERT_EQ(run_thuky({"meeting", "done", "2"}, dir_.path(), {{"THUKY_NOW", "2020-10-01T23:59"}})
                .exit_code,
            0);
  SQLite::Database db((dir_ / "thuky.db").string());
  EXPECT_EQ(db.execAndGet("SELECT done_at FROM minutes_tasks WHERE id = 2").getString(),
            "2020-10-01");
}

TEST_F(Minutes, SpeakersAndTheOrganiserAreStoredAsColumns) {
  import_sample();
  SQLite::Database db((dir_ / "thuky.db").string());
  EXPECT_EQ(db.execAndGet("SELECT p.code || '|' || i.speaker_name || '|' || i.speaker_title FROM "
                          "minutes_items i JOIN people p ON p.id = i.speaker_person_id WHERE "
                          "i.kind = 'speech' ORDER BY i.position LIMIT 1")
                .getString(),
            "dang-van-thanh|Đặng Văn Thành|Tỉnh uỷ viên, Bí thư Thị uỷ");
  EXPECT_EQ(db.execAndGet("SELECT count(*) FROM minutes_items WHERE speaker <> ''").getInt(), 0);
  EXPECT_EQ(db.execAndGet("SELECT symbol || '|' || number_invitation || '|' || details FROM "
                          "minutes_meetings")
                .getString(),
            "MTTQ-BTT|12|");
}

TEST_F(Minutes, ASettingsMistakeNamesTheConfigurationInUse) {
  write_file(dir_ / "other.toml", read_file(dir_ / "thuky.toml") +
                                      "\n[plugins.minutes]\nlist_absentees = \"yes\"\n"
                                      "colour = \"red\"\n");
  const std::string config = read_file(dir_ / "thuky.toml");
  const auto lines = std::count(config.begin(), config.end(), '\n');
  const RunResult r = thuky({"--config", "other.toml", "meeting", "list"});
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_EQ(r.err, fmt::format("error: {}:{}:18: field 'plugins.minutes.list_absentees': "
                               "expected true or false\n",
                               (dir_ / "other.toml").string(), lines + 3));
}

TEST_F(Minutes, UnknownSettingsAreWarnedAndDefaultsApply) {
  write_file(dir_ / "thuky.toml",
             read_file(dir_ / "thuky.toml") + "\n[plugins.minutes]\ncolour = \"red\"\n");
  const RunResult r = thuky({"meeting", "list"});
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.err.find("unknown key 'plugins.minutes.colour' is ignored (see 'thuky plugins "
                       "--config minutes')"),
            std::string::npos)
      << r.err;
}

TEST_F(Minutes, PluginsConfigShowsTheDeclaredSettingsAndTheValuesInForce) {
  write_file(dir_ / "thuky.toml",
             read_file(dir_ / "thuky.toml") + "\n[plugins.minutes]\nlist_absentees = false\n");
  const RunResult r = thuky({"plugins", "--config", "minutes"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  const std::string text = r.out.substr(r.out.find('\n') + 1);
  // In the manifest's order.
  EXPECT_EQ(text,
            "\nsheet_columns (string-list)\n"
            "    Columns of the sign-in sheet, left to right\n"
            "    default: [ 'stt', 'name', 'title', 'unit', 'signature' ]\n"
            "    one of: stt, name, title, unit, phone, signature\n"
            "\nlist_absentees (boolean)\n"
            "    Name the absent invitees (with their reasons) in the minutes\n"
            "    default: true\n"
            "    set to: false\n");
  EXPECT_EQ(thuky({"plugins", "--config", "nope"}).err,
            "error: no plugin 'nope'; 'thuky plugins' lists them\n");
}

TEST_F(Minutes, AttendingAnUnknownMeetingSaysSo) {
  EXPECT_EQ(
      thuky({"meeting", "attend", "no-such-meeting", "x"}).err,
      "error: no meeting 'no-such-meeting' in the store; 'thuky meeting list' shows the meetings "
      "there\n");
}

TEST_F(Minutes, UnknownMeetingAndDocument) {
  EXPECT_EQ(
      thuky({"meeting", "render", "nope"}).err,
      "error: no meeting 'nope' in the store; 'thuky meeting list' shows the meetings there\n");
  EXPECT_EQ(thuky({"meeting", "render", "x", "--doc", "letter"}).exit_code, 2);
}

}  // namespace
}  // namespace thuky::test
