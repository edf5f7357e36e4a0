// The voter-contact plugin end to end: the Hà Tĩnh sample round through the real `thuky`.
#include <SQLiteCpp/Database.h>
#include <gtest/gtest.h>
#include <libical/ical.h>

#include "support/pdf_tools.hpp"
#include "support/test_support.hpp"

namespace thuky::test {
namespace {

const std::filesystem::path kSample =
    std::filesystem::path(THUKY_SOURCE_DIR) / "samples" / "voter-contact";
const std::string kPlan = "ha-tinh-2026-ky-hop-3";

class Contact : public ::testing::Test {
 protected:
  void SetUp() override {
    ASSERT_EQ(thuky({"init"}).exit_code, 0);
    for (const char* what : {"areas", "people", "organisations"}) {
      const RunResult r =
          thuky({what, "import", (kSample / (std::string(what) + ".csv")).string()});
      ASSERT_EQ(r.exit_code, 0) << r.err;
    }
  }
  RunResult thuky(const std::vector<std::string>& args) { return run_thuky(args, dir_.path()); }
  void import_sample() {
    const RunResult r = thuky({"contact", "import", (kSample / "plan.toml").string()});
    ASSERT_EQ(r.exit_code, 0) << r.err;
  }
  void schedule_sample() {
    import_sample();
    const RunResult r = thuky({"contact", "schedule", kPlan});
    ASSERT_EQ(r.exit_code, 0) << r.err;
  }
  int count(const std::string& table) {
    SQLite::Database db((dir_ / "thuky.db").string());
    return db.execAndGet("SELECT count(*) FROM " + table).getInt();
  }
  std::string list() {
    const RunResult r = thuky({"contact", "list", kPlan});
    EXPECT_EQ(r.exit_code, 0) << r.err;
    return r.out;
  }
  // The sample plan with `from` replaced by `to` (each must occur once).
  std::filesystem::path variant(const std::vector<std::pair<std::string, std::string>>& edits) {
    std::string text = read_file(kSample / "plan.toml");
    for (const auto& [from, to] : edits) {
      const auto at = text.find(from);
      EXPECT_NE(at, std::string::npos) << from;
      text.replace(at, from.size(), to);
    }
    write_file(dir_ / "variant.toml", text);
    return dir_ / "variant.toml";
  }
  TempDir dir_;
};

// The sample's schedule: every hard rule of the plan met (Vũng Áng closed on 23–24/11, Trần
// Văn Hải away on 25 and 27/11, Nguyễn Đình Phúc on 23/11, group 2 one session a day, Kỳ Hoa
// on its preferred 26/11).
const std::string kScheduled =
    "23/11/2026\tSáng\t07:30–10:30\tphường Hải Ninh\tHội trường UBND phường Hải Ninh\tTổ đại "
    "biểu số 1\n"
    "23/11/2026\tSáng\t07:30–10:30\txã Cẩm Xuyên\tHội trường UBND xã Cẩm Xuyên\tTổ đại biểu "
    "số 2\n"
    "24/11/2026\tSáng\t07:30–10:30\txã Thiên Cầm\tHội trường UBND xã Thiên Cầm\tTổ đại biểu "
    "số 2\n"
    "24/11/2026\tSáng\t07:30–10:30\tphường Thành Sen\tHội trường UBND phường Thành Sen\tTổ "
    "đại biểu số 3\n"
    "25/11/2026\tSáng\t07:30–10:30\tphường Trần Phú\tHội trường UBND phường Trần Phú\tTổ đại "
    "biểu số 3\n"
    "26/11/2026\tChiều\t14:00–17:00\txã Kỳ Hoa\tHội trường UBND xã Kỳ Hoa\tTổ đại biểu số 1\n"
    "30/11/2026\tSáng\t07:30–10:30\tphường Vũng Áng\tNhà văn hóa tổ dân phố Tân Phú\tTổ đại "
    "biểu số 1\n";

TEST_F(Contact, ImportIsAnUpsertById) {
  RunResult r = thuky({"contact", "import", (kSample / "plan.toml").string()});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out,
            "Imported plan 'ha-tinh-2026-ky-hop-3' (7 localities, 3 groups, 7 sessions to "
            "schedule).\n");
  EXPECT_EQ(r.err, "");
  r = thuky({"contact", "import", (kSample / "plan.toml").string()});
  EXPECT_EQ(r.out,
            "Updated plan 'ha-tinh-2026-ky-hop-3' (7 localities, 3 groups, 7 sessions to "
            "schedule).\n");
  EXPECT_EQ(count("voter_contact_plans"), 1);
  EXPECT_EQ(count("voter_contact_visits"), 7);
  EXPECT_EQ(count("voter_contact_members"), 8);
  EXPECT_EQ(count("voter_contact_venues"), 8);
  // A group dropped from the file goes, with its sessions; the rest stays.
  const auto path = variant({{"localities = [\"phường Thành Sen\", \"phường Trần Phú\"]",
                              "localities = [\"phường Thành Sen\"]"}});
  r = thuky({"contact", "import", path.string()});
  EXPECT_EQ(r.out,
            "Updated plan 'ha-tinh-2026-ky-hop-3' (7 localities, 3 groups, 6 sessions to "
            "schedule).\n");
  EXPECT_EQ(count("voter_contact_visits"), 6);
}

TEST_F(Contact, UnknownKeysAreWarnedWithTheirLine) {
  const auto path = variant({{"voters = 180\n", "voters = 180\nvenu = \"x\"\n"},
                             {"weekends = false\n", "weekends = false\nwindw = 1\n"}});
  const RunResult r = thuky({"contact", "import", path.string()});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.err, "warning: " + path.string() + ":13:1: unknown key 'windw' is ignored\n" +
                       "warning: " + path.string() +
                       ":54:1: unknown key 'localities[0].venu' is ignored\n");
}

// A delegate belongs to one group (domain.md §3): a person in two is warned of, not refused,
// and the schedule never has them in two places at once.
TEST_F(Contact, APersonInTwoGroupsIsWarnedOfAndNeverInTwoPlaces) {
  const auto path = variant({{"\"hoang-van-son\"]", "\"hoang-van-son\", \"vo-quang-minh\"]"}});
  RunResult r = thuky({"contact", "import", path.string()});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  const std::string warning =
      "warning: " + path.string() +
      ":161:62: field 'groups[1].members': Võ Quang Minh is in two delegate groups, 'Tổ đại biểu "
      "số 1' "
      "(to-1) and 'Tổ đại biểu số 2' (to-2); a delegate belongs to the group of their election "
      "unit\n";
  EXPECT_EQ(r.err, warning);
  r = thuky({"contact", "schedule", kPlan});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  // Group 1 is at Hải Ninh on 23/11 in the morning, so group 2 goes to Cẩm Xuyên that
  // afternoon (alone, it would go in the morning: kScheduled).
  const std::string schedule = list();
  const std::string hai_ninh = "23/11/2026\tSáng\t07:30–10:30\tphường Hải Ninh";
  const std::string cam_xuyen = "23/11/2026\tChiều\t14:00–17:00\txã Cẩm Xuyên";
  EXPECT_NE(schedule.find(hai_ninh), std::string::npos) << schedule;
  EXPECT_NE(schedule.find(cam_xuyen), std::string::npos) << schedule;
}

TEST_F(Contact, BadPlanFilesAreRefusedAndChangeNothing) {
  import_sample();
  const std::string file = (dir_ / "variant.toml").string();
  struct Case {
    std::string from, to, error;
  };
  const std::vector<Case> cases = {
      {"\"hoang-van-son\"", "\"hoang-van-x\"",
       file + ":161:45: field 'groups[1].members': unknown person 'hoang-van-x': not in the "
              "people directory (import it with 'thuky people import')"},
      {"localities = [\"xã Cẩm Xuyên\"", "localities = [\"xã Cẩm Xuyênn\"",
       file + ":162:15: field 'groups[1].localities': unknown area 'xã Cẩm Xuyênn': no area has "
              "this code, nor this name under tỉnh Hà Tĩnh on 23/11/2026 (import the areas list "
              "with 'thuky areas import')"},
      {"area = \"18100\"", "area = \"18999\"",
       file + ":64:8: field 'localities[2].area': unknown area '18999': no area has this code, "
              "nor this name under tỉnh Hà Tĩnh on 23/11/2026 (import the areas list with "
              "'thuky areas import')"},
      {"from = \"xã Cẩm Xuyên\"", "from = \"phường Kỳ Trinh\"",
       file + ":191:8: field 'travel[2].from': phường Kỳ Trinh is not a locality of this plan "
              "(add it under [[localities]])"},
      {"organiser = \"mttq-ky-hoa-btt\"", "organiser = \"mttq-ky-hoa\"",
       file + ":65:13: field 'localities[2].organiser': unknown organisation 'mttq-ky-hoa': not "
              "in the store (import it with 'thuky organisations import')"},
      {"window = { from = 2026-11-23, to = 2026-12-04 }",
       "window = { from = 2026-11-23, to = 2026-12-10 }",
       file + ":11:36: field 'window.to': a round before the session must end before the "
              "session starts"},
      {"starts = \"14:00\"", "starts = \"14h00\"",
       file + ":40:10: field 'slots[1].starts': expected a time like \"07:30\""},
      {"capacity = 200\n", "capacity = -5\n",
       file + ":100:12: field 'venues[0].capacity': expected a whole number, 0 or more"},
  };
  for (const auto& c : cases) {
    const auto path = variant({{c.from, c.to}});
    const RunResult r = thuky({"contact", "import", path.string()});
    EXPECT_EQ(r.exit_code, 1) << c.error;
    EXPECT_EQ(r.err, "error: " + c.error + "\n");
  }
  EXPECT_EQ(count("voter_contact_visits"), 7);
  SQLite::Database db((dir_ / "thuky.db").string());
  EXPECT_EQ(db.execAndGet("SELECT window_to FROM voter_contact_plans").getString(), "2026-12-04");
}

TEST_F(Contact, ScheduleMeetsEveryRuleAndIsKeptOnReimport) {
  import_sample();
  EXPECT_EQ(thuky({"contact", "list", kPlan}).err,
            "warning: 7 sessions of 'ha-tinh-2026-ky-hop-3' are not scheduled yet (run 'thuky "
            "contact schedule ha-tinh-2026-ky-hop-3')\n");
  RunResult r = thuky({"contact", "schedule", kPlan});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out,
            "Scheduled 7 sessions of 'ha-tinh-2026-ky-hop-3' (0 pinned, 0 moved; score 70).\n");
  EXPECT_EQ(list(), kScheduled);
  // The same input gives the same schedule, and a re-import keeps it.
  ASSERT_EQ(thuky({"contact", "schedule", kPlan, "--fresh"}).exit_code, 0);
  import_sample();
  EXPECT_EQ(list(), kScheduled);
}

// The solver's weights are settings of [plugins.voter-contact], checked by the host.
TEST_F(Contact, TheSolversWeightsAreSettings) {
  import_sample();
  const std::string config = read_file(dir_ / "thuky.toml");
  write_file(dir_ / "thuky.toml", config +
                                      "\n[plugins.voter-contact]\nweight_preference = 0\n"
                                      "weight_load = 0\nweight_consecutive_long_days = 0\n"
                                      "weight_travel = 0\n");
  RunResult r = thuky({"contact", "schedule", kPlan});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  // Nothing weighs but the evening slot's cost, which the schedule avoids.
  EXPECT_EQ(r.out,
            "Scheduled 7 sessions of 'ha-tinh-2026-ky-hop-3' (0 pinned, 0 moved; score 0).\n");
  write_file(dir_ / "thuky.toml", config + "\n[plugins.voter-contact]\nweight_travel = -1\n");
  r = thuky({"contact", "schedule", kPlan});
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.err.find("weight_travel"), std::string::npos) << r.err;
  write_file(dir_ / "thuky.toml", config);
  r = thuky({"plugins", "--config", "voter-contact"});
  EXPECT_NE(r.out.find("Points per 10 minutes of travel between two sessions of a group on one "
                       "day"),
            std::string::npos)
      << r.out;
}

TEST_F(Contact, ListAsJsonAndCsv) {
  schedule_sample();
  RunResult r = thuky({"--json", "contact", "list", kPlan});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out.substr(0, r.out.find("},")),
            "{\"sessions\": [\n  {\"date\": \"2026-11-23\", \"slot\": \"Sáng\", \"hours\": "
            "\"07:30–10:30\", \"locality\": \"phường Hải Ninh\", \"venue\": \"Hội trường UBND "
            "phường Hải Ninh\", \"address\": \"Tổ dân phố Hải Phong, phường Hải Ninh\", \"group\": "
            "\"Tổ đại biểu số 1\", \"members\": \"Trần Văn Hải, Phan Thị Hoài, Võ Quang Minh\", "
            "\"chair\": \"Chủ tịch Ủy ban MTTQ Việt Nam phường Hải Ninh\", \"pinned\": \"\"");
  r = thuky({"contact", "list", kPlan, "--out", "lich.csv"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out, "Wrote 7 sessions to 'lich.csv'.\n");
  const std::string csv = read_file(dir_ / "lich.csv");
  EXPECT_EQ(csv.substr(0, csv.find('\n', csv.find('\n') + 1) + 1),
            "\xEF\xBB\xBFNgày,Buổi,Giờ,\"Xã, phường\",Địa điểm,Địa chỉ,Tổ đại biểu,Đại biểu,Chủ "
            "trì,Cố định\r\n"
            "23/11/2026,Sáng,07:30–10:30,phường Hải Ninh,Hội trường UBND phường Hải Ninh,\"Tổ dân "
            "phố Hải Phong, phường Hải Ninh\",Tổ đại biểu số 1,\"Trần Văn Hải, Phan Thị Hoài, Võ "
            "Quang Minh\",Chủ tịch Ủy ban MTTQ Việt Nam phường Hải Ninh,\r\n");
}

TEST_F(Contact, APinIsKeptAndTheRestMovesAsLittleAsItCan) {
  schedule_sample();
  RunResult r = thuky({"contact", "pin", kPlan, "to-2", "xa-cam-xuyen", "24/11/2026", "sang"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  // Thiên Cầm had 24/11; group 2 holds one session a day, so it alone moves.
  EXPECT_EQ(r.out,
            "Pinned to-2 at xã Cẩm Xuyên on 24/11/2026 (sang).\n"
            "Scheduled 7 sessions of 'ha-tinh-2026-ky-hop-3' (1 pinned, 1 moved; score 1070).\n");
  const std::string after = list();
  EXPECT_NE(after.find("24/11/2026\tSáng\t07:30–10:30\txã Cẩm Xuyên"), std::string::npos) << after;
  EXPECT_NE(after.find("23/11/2026\tSáng\t07:30–10:30\txã Thiên Cầm"), std::string::npos) << after;
  SQLite::Database db((dir_ / "thuky.db").string());
  EXPECT_EQ(db.execAndGet("SELECT count(*) FROM voter_contact_visits WHERE pinned").getInt(), 1);
  // A pin that breaks a rule is refused, and nothing changes.
  r = thuky({"contact", "pin", kPlan, "to-1", "phuong-vung-ang", "2026-11-23", "sang"});
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_EQ(r.err,
            "error: plan 'ha-tinh-2026-ky-hop-3' cannot be scheduled: 1 of 7 sessions have no "
            "place:\n  phường Vũng Áng (Tổ đại biểu số 1): pinned to 23/11/2026 Sáng, but the "
            "locality cannot host\n");
  EXPECT_EQ(list(), after);
  EXPECT_EQ(thuky({"contact", "pin", kPlan, "to-1", "xa-ky-hoa", "2026-12-24", "sang"}).err,
            "error: 24/12/2026 is outside the window of plan 'ha-tinh-2026-ky-hop-3' (23/11/2026 "
            "to 04/12/2026)\n");
  EXPECT_EQ(thuky({"contact", "pin", kPlan, "to-3", "xa-ky-hoa", "2026-11-30", "sang"}).err,
            "error: group 'to-3' does not visit xã Kỳ Hoa in plan 'ha-tinh-2026-ky-hop-3'\n");
  r = thuky({"contact", "unpin", kPlan, "to-2", "xa-cam-xuyen"});
  EXPECT_EQ(r.out, "Unpinned to-2 at xã Cẩm Xuyên.\n");
  EXPECT_EQ(thuky({"contact", "schedule", kPlan, "--fresh"}).exit_code, 0);
  EXPECT_EQ(list(), kScheduled);
}

TEST_F(Contact, AnImpossiblePlanNamesTheLocalityAndWhatBlocksIt) {
  schedule_sample();
  const auto path =
      variant({{"preferred = [2026-11-26]",
                "closed = [2026-11-23, 2026-11-24, 2026-11-26, 2026-11-30, 2026-12-01, 2026-12-02, "
                "2026-12-03, 2026-12-04]"}});
  ASSERT_EQ(thuky({"contact", "import", path.string()}).exit_code, 0);
  const RunResult r = thuky({"contact", "schedule", kPlan});
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_EQ(r.err,
            "error: plan 'ha-tinh-2026-ky-hop-3' cannot be scheduled: 1 of 7 sessions have no "
            "place:\n  xã Kỳ Hoa (Tổ đại biểu số 1): no possible day: the locality cannot host "
            "(23/11/2026, 24/11/2026, 26/11/2026, 30/11/2026, 01/12/2026, 02/12/2026, 03/12/2026, "
            "04/12/2026); delegate Trần Văn Hải cannot attend (25/11/2026, 27/11/2026); weekend "
            "(28/11/2026, 29/11/2026)\n");
  EXPECT_EQ(list(), kScheduled);  // the stored schedule is untouched
}

TEST_F(Contact, RendersThePlanDocument) {
  schedule_sample();
  const RunResult r = thuky({"contact", "render", kPlan, "--out", "out"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out.substr(0, r.out.find('\n')), "out/ha-tinh-2026-ky-hop-3-ke-hoach.pdf");
  const auto pdf = dir_ / "out" / "ha-tinh-2026-ky-hop-3-ke-hoach.pdf";
  EXPECT_EQ(shell("qpdf --check " + quoted(pdf)).exit_code, 0);
  const auto text = shell("pdftotext -raw " + quoted(pdf) + " -");
  EXPECT_EQ(text.err, "");
  EXPECT_EQ(text.out.rfind("HĐND TỈNH HÀ TĨNH\nTHƯỜNG TRỰC\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT "
                           "NAM\nĐộc lập - Tự do - Hạnh phúc\nSố: 15/KH-HĐND Hà Tĩnh, ngày 10 "
                           "tháng 11 năm 2026\nKẾ HOẠCH\nTổ chức cho đại biểu HĐND tỉnh tiếp "
                           "xúc cử tri trước Kỳ họp thứ Ba\nI. THỜI GIAN, THÀNH PHẦN\n1. Thời "
                           "gian: từ ngày 23 tháng 11 năm 2026 đến ngày 04 tháng 12 năm 2026,\n"
                           "trước Kỳ họp thứ Ba, Hội đồng nhân dân tỉnh Hà Tĩnh khóa XIX (từ\nngày "
                           "09 tháng 12 năm 2026 đến ngày 11 tháng 12 năm 2026).\n",
                           0),
            0u)
      << text.out.substr(0, 600);
  // The table, row by row in date and slot order, then the closing.
  std::string flat = text.out;
  for (char& c : flat)
    c = c == '\n' || c == '\f' ? ' ' : c;
  std::size_t at = 0;
  for (const char* part :
       {"đại biểu mời: đại diện lãnh đạo các sở, ngành liên quan của tỉnh; cử tri được mời.",
        // Each group's sessions under its heading, numbered from 1 in each group.
        "II. LỊCH TIẾP XÚC CỬ TRI STT Thời gian Xã, phường Địa điểm Chủ trì Thành phần mời Tổ "
        "đại biểu số 1: Trần Văn Hải, Phan Thị Hoài, Võ Quang Minh 1 Sáng thứ Hai, 23/11/2026 "
        "(7 giờ 30 - 10 giờ 30) Phường Hải Ninh Hội trường UBND phường Hải Ninh Tổ dân phố Hải "
        "Phong, phường Hải Ninh Chủ tịch Ủy ban MTTQ Việt Nam phường Hải Ninh Thường trực Đảng "
        "ủy, HĐND, UBND phường Hải Ninh",
        "2 Chiều thứ Năm, 26/11/2026 (14 giờ 00 - 17 giờ 00) Xã Kỳ Hoa Hội trường UBND xã Kỳ "
        "Hoa Thôn Tân Hòa, xã Kỳ Hoa",
        "3 Sáng thứ Hai, 30/11/2026", "Phường Vũng Áng",
        "Tổ đại biểu số 2: Lê Thị Thu Hà, Đặng Thị Lan, Hoàng Văn Sơn 1 Sáng thứ Hai, "
        "23/11/2026 (7 giờ 30 - 10 giờ 30) Xã Cẩm Xuyên",
        "2 Sáng thứ Ba, 24/11/2026", "Xã Thiên Cầm",
        "Tổ đại biểu số 3: Nguyễn Đình Phúc, Bùi Thị Ngọc Ánh 1 Sáng thứ Ba, 24/11/2026 (7 giờ "
        "30 - 10 giờ 30) Phường Thành Sen",
        "2 Sáng thứ Tư, 25/11/2026", "Phường Trần Phú", "III. TỔ CHỨC THỰC HIỆN",
        "Nơi nhận: - Thường trực Tỉnh ủy (để b/c); - Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh; "
        "- Các Tổ đại biểu HĐND tỉnh; - UBND, Ủy ban MTTQ các xã, phường; - Lưu: VT.",
        // A deputy signs for the head: the "KT." line (Decree 30).
        "TM. THƯỜNG TRỰC HĐND KT. CHỦ TỊCH PHÓ CHỦ TỊCH Trần Văn Hải"}) {
    const auto found = flat.find(part, at);
    ASSERT_NE(found, std::string::npos) << "missing or out of order: " << part << "\n" << flat;
    at = found + std::string(part).size();
  }
  // Names of places stay whole on a line of their cell.
  for (const char* name : {"Phường Hải Ninh", "Xã Cẩm Xuyên", "Xã Thiên Cầm", "Phường Thành Sen",
                           "Phường Trần Phú", "Phường Vũng Áng"}) {
    EXPECT_NE(text.out.find(name), std::string::npos) << name;  // not broken by a "\n"
  }
  // Also where the chair, the invited and the venue name them: never "phường Thành / Sen".
  for (const std::string name : {"phường Hải Ninh", "xã Cẩm Xuyên", "xã Thiên Cầm",
                                 "phường Thành Sen", "phường Trần Phú", "phường Vũng Áng"}) {
    for (std::size_t space = name.find(' '); space != std::string::npos;
         space = name.find(' ', space + 1)) {
      std::string broken = name;
      broken[space] = '\n';
      EXPECT_EQ(text.out.find(broken), std::string::npos) << broken;
    }
  }
}

// The workspace's [organisation] (here the Front's) never leaks into the header of the papers a
// plan's issuer signs: the plan, the notices, the unanswered list.
TEST_F(Contact, TheWorkspacesOrganisationStaysOutOfThePlansHeader) {
  std::string config = read_file(dir_ / "thuky.toml");
  const std::string from = "parent_body = \"\"",
                    to = "parent_body = \"ỦY BAN MTTQ VIỆT NAM\\nTỈNH HÀ TĨNH\"";
  ASSERT_NE(config.find(from), std::string::npos);
  config.replace(config.find(from), from.size(), to);
  write_file(dir_ / "thuky.toml", config);
  schedule_sample();
  ASSERT_EQ(thuky({"contact", "render", kPlan, "--out", "out"}).exit_code, 0);
  const RunResult r = thuky({"contact", "opinions", "unanswered", kPlan, "--pdf", "out/u.pdf"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  const std::string header = "HĐND TỈNH HÀ TĨNH\nTHƯỜNG TRỰC\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n";
  for (const char* pdf : {"ha-tinh-2026-ky-hop-3-ke-hoach.pdf",
                          "ha-tinh-2026-ky-hop-3-thong-bao-xa-ky-hoa-to-1.pdf", "u.pdf"}) {
    const auto text = shell("pdftotext -raw " + quoted(dir_ / "out" / pdf) + " -");
    EXPECT_EQ(text.out.substr(0, header.size()), header) << pdf;
  }
}

// The plan's issuer named by its code (thuky organisations import) fills its header and signer.
TEST_F(Contact, ThePlansIssuerByItsCode) {
  const auto path =
      variant({{"parent_body = [\"HĐND TỈNH HÀ TĨNH\"]\n"
                "issuing_body = [\"THƯỜNG TRỰC\"]\n"
                "symbol = \"KH-HĐND\"\n"
                "signer_authority = \"TM. THƯỜNG TRỰC HĐND\"\n"
                "signer_title = \"PHÓ CHỦ TỊCH\"\n"
                "signer_name = \"Trần Văn Hải\"\n",
                "organiser = \"mttq-ha-tinh\"\n"}});
  RunResult r = thuky({"contact", "import", path.string()});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  ASSERT_EQ(thuky({"contact", "schedule", kPlan}).exit_code, 0);
  r = thuky({"contact", "render", kPlan, "--out", "out"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  const auto text =
      shell("pdftotext -raw " + quoted(dir_ / "out" / "ha-tinh-2026-ky-hop-3-ke-hoach.pdf") + " -");
  const std::string header =
      "ỦY BAN MTTQ VIỆT NAM\nTỈNH HÀ TĨNH\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - "
      "Hạnh phúc\nSố: 15/KH-MTTQ Hà Tĩnh, ngày 10 tháng 11 năm 2026\nKẾ HOẠCH\n";
  EXPECT_EQ(text.out.substr(0, header.size()), header);
  EXPECT_NE(text.out.find("TM. ỦY BAN\nCHỦ TỊCH\n"), std::string::npos) << text.out;
  EXPECT_NE(text.out.find("Võ Hồng Hải"), std::string::npos);
}

// Every event of a calendar file: UID, start and end as UTC seconds, the TZID of the start.
struct Event {
  std::string uid, tzid, summary;
  long long start = 0, end = 0;
};
std::vector<Event> events_of(const std::filesystem::path& file) {
  std::vector<Event> out;
  icalcomponent* cal = icalparser_parse_string(read_file(file).c_str());
  EXPECT_NE(cal, nullptr);
  if (!cal)
    return out;
  for (icalcomponent* e = icalcomponent_get_first_component(cal, ICAL_VEVENT_COMPONENT); e;
       e = icalcomponent_get_next_component(cal, ICAL_VEVENT_COMPONENT)) {
    Event ev{icalcomponent_get_uid(e), "", icalcomponent_get_summary(e)};
    icalproperty* start = icalcomponent_get_first_property(e, ICAL_DTSTART_PROPERTY);
    icalparameter* tzid = icalproperty_get_first_parameter(start, ICAL_TZID_PARAMETER);
    ev.tzid = tzid ? icalparameter_get_tzid(tzid) : "";
    // The local times read through the file's own VTIMEZONE.
    const icaltimetype s = icalcomponent_get_dtstart(e);
    const icaltimetype t = icalcomponent_get_dtend(e);
    ev.start = icaltime_as_timet_with_zone(s, s.zone);
    ev.end = icaltime_as_timet_with_zone(t, t.zone);
    out.push_back(ev);
  }
  icalcomponent_free(cal);
  return out;
}

TEST_F(Contact, CalendarsReadBackWithLocalTimesInHoChiMinh) {
  schedule_sample();
  const RunResult r = thuky({"contact", "render", kPlan, "--out", "out"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out,
            "out/ha-tinh-2026-ky-hop-3-ke-hoach.pdf\n"
            "out/ha-tinh-2026-ky-hop-3.ics\n"
            "out/ha-tinh-2026-ky-hop-3.delegate.bui-thi-ngoc-anh.ics\n"
            "out/ha-tinh-2026-ky-hop-3.delegate.dang-thi-lan.ics\n"
            "out/ha-tinh-2026-ky-hop-3.delegate.hoang-van-son.ics\n"
            "out/ha-tinh-2026-ky-hop-3.delegate.le-thi-thu-ha.ics\n"
            "out/ha-tinh-2026-ky-hop-3.delegate.nguyen-dinh-phuc.ics\n"
            "out/ha-tinh-2026-ky-hop-3.delegate.phan-thi-hoai.ics\n"
            "out/ha-tinh-2026-ky-hop-3.delegate.tran-van-hai.ics\n"
            "out/ha-tinh-2026-ky-hop-3.delegate.vo-quang-minh.ics\n"
            "out/ha-tinh-2026-ky-hop-3.group.to-1.ics\n"
            "out/ha-tinh-2026-ky-hop-3.group.to-2.ics\n"
            "out/ha-tinh-2026-ky-hop-3.group.to-3.ics\n"
            // One notice to each locality, in schedule order.
            "out/ha-tinh-2026-ky-hop-3-thong-bao-phuong-hai-ninh-to-1.pdf\n"
            "out/ha-tinh-2026-ky-hop-3-thong-bao-xa-cam-xuyen-to-2.pdf\n"
            "out/ha-tinh-2026-ky-hop-3-thong-bao-xa-thien-cam-to-2.pdf\n"
            "out/ha-tinh-2026-ky-hop-3-thong-bao-phuong-thanh-sen-to-3.pdf\n"
            "out/ha-tinh-2026-ky-hop-3-thong-bao-phuong-tran-phu-to-3.pdf\n"
            "out/ha-tinh-2026-ky-hop-3-thong-bao-xa-ky-hoa-to-1.pdf\n"
            "out/ha-tinh-2026-ky-hop-3-thong-bao-phuong-vung-ang-to-1.pdf\n");
  const auto all = events_of(dir_ / "out" / "ha-tinh-2026-ky-hop-3.ics");
  ASSERT_EQ(all.size(), 7u);
  // 23/11/2026 07:30 in Hà Nội is 00:30 UTC (1795393800).
  EXPECT_EQ(all[0].uid, "ha-tinh-2026-ky-hop-3.to-1.18115@voter-contact.thuky");
  EXPECT_EQ(all[0].tzid, "Asia/Ho_Chi_Minh");
  EXPECT_EQ(all[0].summary, "Tiếp xúc cử tri phường Hải Ninh - Tổ đại biểu số 1");
  EXPECT_EQ(all[0].start, 1795393800);
  EXPECT_EQ(all[0].end - all[0].start, 3 * 3600);
  for (const auto& e : all)
    EXPECT_EQ(e.tzid, "Asia/Ho_Chi_Minh");
  const std::string text = read_file(dir_ / "out" / "ha-tinh-2026-ky-hop-3.ics");
  EXPECT_NE(text.find("BEGIN:VTIMEZONE\r\nTZID:Asia/Ho_Chi_Minh\r\nBEGIN:STANDARD\r\n"
                      "DTSTART:19700101T000000\r\nTZOFFSETFROM:+0700\r\nTZOFFSETTO:+0700\r\n"),
            std::string::npos);
  // One calendar a group and a delegate: Võ Quang Minh goes with group 1 to its 3 sessions.
  EXPECT_EQ(events_of(dir_ / "out" / "ha-tinh-2026-ky-hop-3.group.to-2.ics").size(), 2u);
  EXPECT_EQ(events_of(dir_ / "out" / "ha-tinh-2026-ky-hop-3.delegate.vo-quang-minh.ics").size(),
            3u);
  // UIDs stay when the schedule changes: a calendar program updates the event, not adds one.
  ASSERT_EQ(
      thuky({"contact", "pin", kPlan, "to-2", "xa-cam-xuyen", "24/11/2026", "sang"}).exit_code, 0);
  ASSERT_EQ(thuky({"contact", "render", kPlan, "--out", "out"}).exit_code, 0);
  const auto moved = events_of(dir_ / "out" / "ha-tinh-2026-ky-hop-3.group.to-2.ics");
  ASSERT_EQ(moved.size(), 2u);
  EXPECT_EQ(moved[0].uid, "ha-tinh-2026-ky-hop-3.to-2.18352@voter-contact.thuky");
  EXPECT_EQ(moved[1].uid, "ha-tinh-2026-ky-hop-3.to-2.18343@voter-contact.thuky");
}

}  // namespace
}  // namespace thuky::test
