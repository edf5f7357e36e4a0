// Opinions of voters end to end through the real `thuky`: the Hà Tĩnh sample round and its
// opinions file.
#include <SQLiteCpp/Database.h>
#include <gtest/gtest.h>

#include "support/pdf_tools.hpp"
#include "support/test_support.hpp"

namespace thuky::test {
namespace {

const std::filesystem::path kSample =
    std::filesystem::path(THUKY_SOURCE_DIR) / "samples" / "voter-contact";
const std::string kPlan = "ha-tinh-2026-ky-hop-3";

class Opinions : public ::testing::Test {
 protected:
  void SetUp() override {
    ASSERT_EQ(thuky({"init"}).exit_code, 0);
    RunResult r = thuky({"people", "import", (kSample / "people.csv").string()});
    ASSERT_EQ(r.exit_code, 0) << r.err;
    r = thuky({"contact", "import", (kSample / "plan.toml").string()});
    ASSERT_EQ(r.exit_code, 0) << r.err;
  }
  RunResult thuky(const std::vector<std::string>& args) { return run_thuky(args, dir_.path()); }
  RunResult import_opinions(const std::filesystem::path& file,
                            const std::vector<std::string>& more = {}) {
    std::vector<std::string> args = {"contact", "opinions", "import", kPlan, file.string()};
    args.insert(args.end(), more.begin(), more.end());
    return thuky(args);
  }
  void import_sample() {
    const RunResult r = import_opinions(kSample / "opinions.csv");
    ASSERT_EQ(r.exit_code, 0) << r.err;
  }
  std::string query(const std::string& sql) {
    SQLite::Database db((dir_ / "thuky.db").string());
    SQLite::Statement q(db, sql);
    std::string out;
    while (q.executeStep()) {
      for (int i = 0; i < q.getColumnCount(); ++i)
        out += (i ? "|" : "") + q.getColumn(i).getString();
      out += "\n";
    }
    return out;
  }
  std::filesystem::path file(const std::string& name, const std::string& content) {
    write_file(dir_ / name, content);
    return dir_ / name;
  }
  TempDir dir_;
};

TEST_F(Opinions, ImportThenReimportKeepsEveryNumber) {
  RunResult r = import_opinions(kSample / "opinions.csv");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out, "Imported 14 opinions into 'ha-tinh-2026-ky-hop-3' (14 added, 0 updated).\n");
  const std::string before = query("SELECT id, locality_id, voter FROM voter_contact_opinions");
  EXPECT_EQ(before.substr(0, before.find('\n', before.find('\n') + 1) + 1),
            "1|phuong-hai-ninh|Nguyễn Văn Lợi\n2|phuong-hai-ninh|Trần Thị Hường\n");
  r = import_opinions(kSample / "opinions.csv");
  EXPECT_EQ(r.out, "Imported 14 opinions into 'ha-tinh-2026-ky-hop-3' (0 added, 14 updated).\n");
  EXPECT_EQ(query("SELECT id, locality_id, voter FROM voter_contact_opinions"), before);
}

TEST_F(Opinions, AnExportedListCorrectedInExcelUpdatesTheSameNumbers) {
  import_sample();
  RunResult r = thuky({"contact", "opinions", "list", kPlan, "--out", "y-kien.csv"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out, "Wrote 14 opinions to 'y-kien.csv'.\n");
  std::string csv = read_file(dir_ / "y-kien.csv");
  // Opinion 3's content is rewritten: it keeps its number since the row carries it.
  const std::string from = "Trường mầm non xã thiếu giáo viên";
  ASSERT_NE(csv.find(from), std::string::npos);
  csv.replace(csv.find(from), from.size(), "Trường mầm non xã Cẩm Xuyên thiếu giáo viên");
  write_file(dir_ / "y-kien.csv", csv);
  r = import_opinions(dir_ / "y-kien.csv");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out, "Imported 14 opinions into 'ha-tinh-2026-ky-hop-3' (0 added, 14 updated).\n");
  EXPECT_EQ(query("SELECT count(*) FROM voter_contact_opinions"), "14\n");
  EXPECT_EQ(query("SELECT substr(content, 1, 43), urgent FROM voter_contact_opinions WHERE id "
                  "IN (3, 11)"),
            "Trường mầm non xã Cẩm Xuyên thiếu giáo viên|0\n"
            "Quốc lộ 1A đoạn qua xã Kỳ Hoa xuống cấp, nh|1\n");
}

TEST_F(Opinions, HeadersWithoutDiacriticsAndEnumSpellings) {
  const auto path = file("y-kien.csv",
                         "XA PHUONG,Cu tri,Noi dung,Tham quyen,Buc xuc\n"
                         "xa ky hoa,Lê Văn An,Đề nghị làm đường liên thôn.,TW,có\n"
                         "Thiên Cầm,,Đề nghị kè biển.,commune,\n");
  const RunResult r = import_opinions(path);
  ASSERT_EQ(r.exit_code, 1) << r.out;
  // "Thiên Cầm" is not how the plan names the locality ("xã Thiên Cầm").
  EXPECT_EQ(r.err, "error: " + path.string() +
                       ", line 3, column A \"Xã, phường\": 'Thiên Cầm' is not a locality of "
                       "plan 'ha-tinh-2026-ky-hop-3'; nothing was imported\n");
  write_file(path,
             "XA PHUONG,Cu tri,Noi dung,Tham quyen,Buc xuc\n"
             "xa ky hoa,Lê Văn An,Đề nghị làm đường liên thôn.,TW,có\n"
             "xa-thien-cam,,Đề nghị kè biển.,commune,\n");
  ASSERT_EQ(import_opinions(path).exit_code, 0);
  EXPECT_EQ(query("SELECT id, group_id, locality_id, voter, competence, urgent FROM "
                  "voter_contact_opinions"),
            "1|to-1|xa-ky-hoa|Lê Văn An|trung ương|1\n2|to-2|xa-thien-cam||xã|0\n");
}

TEST_F(Opinions, ABadFileChangesNothingAndSkipInvalidKeepsTheGoodRows) {
  import_sample();
  const std::string before = query("SELECT * FROM voter_contact_opinions");
  const auto path = file("y-kien.csv",
                         "\"Xã, phường\",Tổ đại biểu,Nội dung,Thẩm quyền,Số ý kiến\n"
                         "xã Kỳ Hoa,,Sửa Quốc lộ 1A.,tỉnh,11\n"
                         "xã Kỳ Hoa,to-3,Đề nghị làm đường liên thôn.,,\n"
                         "phường Vũng Áng,,Đề nghị xây chợ.,huyện,\n"
                         "phường Vũng Áng,,Đề nghị xây trường.,,99\n"
                         "xã Kỳ Hoa,Tổ đại biểu số 1,Đề nghị làm đường liên thôn.,,\n");
  RunResult r = import_opinions(path);
  ASSERT_EQ(r.exit_code, 1);
  EXPECT_EQ(r.err, "error: " + path.string() +
                       ": 3 errors in 3 rows; nothing was imported:\n"
                       "  line 3, column B \"Tổ đại biểu\": Tổ đại biểu số 3 does not visit xã "
                       "Kỳ Hoa\n"
                       "  line 4, column D \"Thẩm quyền\": 'huyện' is not one of: Trung ương, "
                       "Tỉnh, Xã\n"
                       "  line 5, column E \"Số ý kiến\": no opinion 99 in plan "
                       "'ha-tinh-2026-ky-hop-3'\n"
                       "Correct them and import again, or import with --skip-invalid to take the "
                       "valid rows and write the others to '" +
                       (dir_ / "y-kien.rejected.csv").string() + "'\n");
  EXPECT_EQ(query("SELECT * FROM voter_contact_opinions"), before);
  r = import_opinions(path, {"--skip-invalid"});
  EXPECT_EQ(r.exit_code, 0) << "the valid rows are kept";
  EXPECT_EQ(r.out,
            "Imported 2 opinions into 'ha-tinh-2026-ky-hop-3' (1 added, 1 updated).\n"
            "3 rows were not imported; they are in '" +
                (dir_ / "y-kien.rejected.csv").string() +
                "' with the reason in the column \"Lỗi\".\n");
  EXPECT_EQ(query("SELECT id, content, competence FROM voter_contact_opinions WHERE id IN (11, "
                  "15)"),
            "11|Sửa Quốc lộ 1A.|tỉnh\n15|Đề nghị làm đường liên thôn.|\n");
  EXPECT_TRUE(std::filesystem::exists(dir_ / "y-kien.rejected.csv"));
}

TEST_F(Opinions, AddFromTheCommandLineAndList) {
  RunResult r =
      thuky({"contact", "opinions", "add", kPlan, "xã Kỳ Hoa", "Đề nghị nâng cấp trạm y tế xã.",
             "--voter", "Lê Văn An", "--field", "y tế", "--competence", "provincial", "--urgent",
             "--answered-by", "Chủ tịch UBND xã Kỳ Hoa"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out, "Added opinion 1 (xa-ky-hoa).\n");
  r = thuky({"contact", "opinions", "add", kPlan, "xa-ky-hoa", "Đề nghị nâng cấp trạm y tế xã.",
             "--voter", "LE VAN AN", "--agency", "Sở Y tế"});
  EXPECT_EQ(r.out, "Updated opinion 1 (xa-ky-hoa).\n");
  r = thuky({"contact", "opinions", "list", kPlan});
  EXPECT_EQ(r.out, "1\txã Kỳ Hoa\tLE VAN AN\tĐề nghị nâng cấp trạm y tế xã.\t\tSở Y tế\t\n");
  r = thuky({"contact", "opinions", "list", kPlan, "--json"});
  EXPECT_NE(r.out.find("\"agency\": \"Sở Y tế\""), std::string::npos) << r.out;
  r = thuky({"contact", "opinions", "add", kPlan, "xã Kỳ Hoaa", "Đề nghị."});
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_EQ(r.err, "error: 'xã Kỳ Hoaa' is not a locality of plan 'ha-tinh-2026-ky-hop-3'\n");
  r = thuky({"contact", "opinions", "add", kPlan, "xã Kỳ Hoa", "Đề nghị.", "--competence", "x"});
  EXPECT_EQ(r.err,
            "error: 'x' is not a competence (write trung ương, tỉnh or xã; or central, "
            "provincial, commune)\n");
  EXPECT_EQ(query("SELECT count(*) FROM voter_contact_opinions"), "1\n");
}

// A labelled set: the same request from several localities, worded differently (label > 0), and
// requests that share words with them but ask for something else (label 0: alone).
struct Labelled {
  const char* locality;
  const char* content;
  int label;
};
const Labelled kLabelled[] = {
    {"phường Hải Ninh",
     "Quốc lộ 1A đoạn qua phường Hải Ninh xuống cấp nghiêm trọng, nhiều ổ gà, đề nghị sớm sửa "
     "chữa.",
     1},
    {"xã Kỳ Hoa",
     "Quốc lộ 1A đoạn qua xã Kỳ Hoa xuống cấp, nhiều ổ gà, đề nghị sớm sửa chữa để bảo đảm an "
     "toàn giao thông.",
     1},
    {"phường Vũng Áng",
     "Đề nghị sửa chữa mặt đường Quốc lộ 1A đoạn qua phường Vũng Áng đang xuống cấp, nhiều ổ gà.",
     1},
    {"xã Kỳ Hoa",
     "Chậm chi trả tiền bồi thường giải phóng mặt bằng dự án đường cao tốc Bắc - Nam, đề nghị "
     "sớm chi trả.",
     2},
    {"phường Vũng Áng",
     "Đề nghị sớm chi trả tiền bồi thường giải phóng mặt bằng dự án đường cao tốc Bắc - Nam, "
     "người dân chờ đã lâu.",
     2},
    {"xã Cẩm Xuyên",
     "Tiền bồi thường giải phóng mặt bằng dự án đường cao tốc Bắc - Nam chi trả chậm, đề nghị "
     "tỉnh chỉ đạo giải quyết.",
     2},
    {"xã Cẩm Xuyên",
     "Trường mầm non xã thiếu giáo viên, đề nghị tỉnh bổ sung biên chế giáo viên mầm non.", 3},
    {"xã Thiên Cầm",
     "Đề nghị bổ sung biên chế giáo viên mầm non cho xã vì trường mầm non đang thiếu giáo viên.",
     3},
    {"phường Trần Phú",
     "Phường thiếu giáo viên mầm non, đề nghị tuyển dụng bổ sung giáo viên mầm "
     "non.",
     3},
    {"phường Thành Sen",
     "Đề nghị sớm có chính sách đối với cán bộ không chuyên trách nghỉ việc sau sắp xếp đơn vị "
     "hành chính.",
     4},
    {"phường Trần Phú",
     "Chính sách đối với cán bộ không chuyên trách nghỉ việc sau sắp xếp đơn vị hành chính cần "
     "sớm được ban hành.",
     4},
    {"phường Hải Ninh",
     "Cán bộ không chuyên trách dôi dư sau sắp xếp đơn vị hành chính chưa được hưởng chính sách, "
     "đề nghị xem xét.",
     4},
    {"phường Vũng Áng", "Đề nghị cấp thẻ bảo hiểm y tế miễn phí cho người cao tuổi từ 75 tuổi.", 5},
    {"xã Thiên Cầm",
     "Người cao tuổi từ 75 tuổi trở lên đề nghị được cấp thẻ bảo hiểm y tế miễn phí.", 5},
    {"xã Thiên Cầm", "Bờ biển bị sạt lở nghiêm trọng, đề nghị đầu tư xây dựng kè chắn sóng.", 6},
    {"xã Cẩm Xuyên", "Sạt lở bờ biển ngày càng nghiêm trọng, đề nghị sớm xây dựng kè chắn sóng.",
     6},
    {"phường Hải Ninh",
     "Quốc lộ 1A đoạn qua phường Hải Ninh thiếu đèn chiếu sáng, đề nghị lắp đặt.", 0},
    {"xã Cẩm Xuyên", "Giá lúa thấp, đề nghị có chính sách hỗ trợ nông dân.", 0},
    {"phường Thành Sen", "Tình trạng cờ bạc qua mạng gia tăng, đề nghị công an xử lý.", 0},
    {"phường Vũng Áng", "Bụi từ khu kinh tế Vũng Áng gây ô nhiễm môi trường.", 0},
    {"phường Hải Ninh", "Đề nghị hỗ trợ kinh phí xây dựng nhà văn hóa tổ dân phố sau sáp nhập.", 0},
    {"phường Trần Phú", "Trường tiểu học thiếu phòng học, đề nghị đầu tư xây dựng thêm.", 0},
    {"xã Kỳ Hoa", "Đề nghị nâng cấp trạm y tế xã đã xuống cấp.", 0},
    {"xã Thiên Cầm",
     "Chế độ phụ cấp cho giáo viên mầm non hợp đồng còn thấp, đề nghị nâng mức phụ cấp.", 0},
};

TEST_F(Opinions, AlikeRequestsAreGroupedOnALabelledSet) {
  std::string csv = "\"Xã, phường\",Nội dung\n";
  for (const Labelled& l : kLabelled)
    csv += std::string(l.locality) + ",\"" + l.content + "\"\n";
  ASSERT_EQ(import_opinions(file("labelled.csv", csv)).exit_code, 0);
  const RunResult r = thuky({"contact", "opinions", "groups", kPlan});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  // Pairs of opinions in one group, found against labelled.
  SQLite::Database db((dir_ / "thuky.db").string());
  SQLite::Statement q(db, "SELECT id, opinion_group FROM voter_contact_opinions ORDER BY id");
  std::vector<std::int64_t> group;
  while (q.executeStep())
    group.push_back(q.getColumn(1).getInt64());
  ASSERT_EQ(group.size(), std::size(kLabelled));
  int both = 0, found = 0, labelled = 0;
  for (std::size_t i = 0; i < group.size(); ++i) {
    for (std::size_t j = i + 1; j < group.size(); ++j) {
      const bool same = kLabelled[i].label != 0 && kLabelled[i].label == kLabelled[j].label;
      found += group[i] == group[j];
      labelled += same;
      both += same && group[i] == group[j];
    }
  }
  ASSERT_EQ(labelled, 3 + 3 + 3 + 3 + 1 + 1);
  const double precision = found ? double(both) / found : 0, recall = double(both) / labelled;
  EXPECT_GE(precision, 0.9) << both << " of " << found;
  EXPECT_GE(recall, 0.9) << both << " of " << labelled;
}

}  // namespace
}  // namespace thuky::test
