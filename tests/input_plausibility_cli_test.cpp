// Input that must not fool thuky: unknown keys in a meeting file, NUL characters, implausible
// dates, a missing meeting named as such, and control characters kept off the terminal.
#include <gtest/gtest.h>

#include "support/people_workspace.hpp"

namespace thuky::test {
namespace {

const std::string kMeeting =
    "id = \"m1\"\n"
    "title = \"Họp thử\"\n"
    "number = \"01\"\n"
    "place = \"Hội trường\"\n"
    "place_name = \"Kỳ Anh\"\n"
    "starts = 2020-09-15T08:00:00\n"
    "ends = 2020-09-15T11:30:00\n"
    "colour = \"đỏ\"\n"
    "chair = { name = \"Hà Văn Hùng\", titel = \"Chủ tịch\" }\n"
    "secretary = { name = \"Lê Thị Thu Hương\" }\n"
    "\n"
    "[organiser]\n"
    "name = \"Ban Thường trực\"\n"
    "\n"
    "[[tasks]]\n"
    "owner = \"Văn phòng\"\n"
    "task = \"Báo cáo\"\n"
    "dead_line = 2020-10-01\n";

class Plausibility : public PeopleWorkspace {
 protected:
  // Imports kMeeting with `from` replaced by `to`.
  RunResult import_variant(const std::string& from, const std::string& to) {
    std::string text = kMeeting;
    const auto at = text.find(from);
    EXPECT_NE(at, std::string::npos) << from;
    text.replace(at, from.size(), to);
    write_file(dir_ / "m.toml", text);
    return thuky({"meeting", "import", "m.toml"});
  }
  int meetings() {
    SQLite::Database db((dir_ / "thuky.db").string());
    return db.execAndGet("SELECT count(*) FROM minutes_meetings").getInt();
  }
};

TEST_F(Plausibility, UnknownOrMisplacedMeetingKeysAreWarnedAboutWithTheirPlace) {
  write_file(dir_ / "m.toml", kMeeting);
  const RunResult r = thuky({"meeting", "import", "m.toml"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.err,
            "warning: m.toml:8:1: unknown key 'colour' is ignored\n"
            "warning: m.toml:9:33: unknown key 'chair.titel' is ignored\n"
            "warning: m.toml:18:1: unknown key 'tasks[0].dead_line' is ignored\n");
}

TEST_F(Plausibility, ANulInAMeetingStringIsAnError) {
  const RunResult r = import_variant("title = \"Họp thử\"", "title = \"Họp\\u0000 thử\"");
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_EQ(r.err,
            "error: m.toml:2:9: field 'title': contains a NUL character (\\u0000); remove it\n");
  EXPECT_EQ(meetings(), 0);
}

TEST_F(Plausibility, ImplausibleMeetingDatesAreRefusedWithTheirPlace) {
  RunResult r = import_variant("ends = 2020-09-15", "ends = 2030-09-15");
  EXPECT_EQ(r.err,
            "error: m.toml:7:8: field 'ends': the meeting would last 3653 days (from 15/09/2020 "
            "to 15/09/2030); a meeting lasts at most 7 days: check the dates\n");
  r = import_variant("colour = \"đỏ\"", "issued = 2020-09-20");
  EXPECT_EQ(r.err,
            "error: m.toml:8:10: field 'issued': the invitation would be issued on 20/09/2020, "
            "after the meeting starts (15/09/2020)\n");
  r = import_variant("dead_line = 2020-10-01", "deadline = 2020-09-01");
  EXPECT_EQ(r.err,
            "error: m.toml:18:12: field 'tasks[0].deadline': the deadline 01/09/2020 is before "
            "the meeting (15/09/2020) that sets the task\n");
  r = import_variant("starts = 2020-09-15T08:00:00\nends = 2020-09-15",
                     "starts = 2150-09-15T08:00:00\nends = 2150-09-15");
  EXPECT_EQ(r.err,
            "error: m.toml:6:10: field 'starts': the year 2150 is not plausible for a meeting "
            "(expected 1945 to 2100)\n");
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_EQ(meetings(), 0);
  // The same day, a deadline on the day and an invitation the day before are fine.
  r = import_variant("dead_line = 2020-10-01", "deadline = 2020-09-15");
  EXPECT_EQ(r.exit_code, 0) << r.err;
}

TEST_F(Plausibility, ImplausibleBirthYearsAreRefused) {
  RunResult r = thuky({"people", "add", "Lê Văn Bình", "--birth", "1800"});
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_EQ(
      r.err.rfind("error: --birth: the birth year 1800 is not plausible (expected 1900 to ", 0), 0u)
      << r.err;
  write_file(dir_ / "b.csv", "Họ và tên,Ngày sinh\nLê Văn An,1970\nLê Văn C,01/01/2150\n");
  r = thuky({"people", "import", "b.csv"});
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_EQ(r.err.rfind("error: b.csv, line 3, column B \"Ngày sinh\": the birth year 2150 is "
                        "not plausible (expected 1900 to ",
                        0),
            0u)
      << r.err;
  EXPECT_EQ(count(), 0);
}

TEST_F(Plausibility, AttendingAMissingMeetingSaysThereIsNoSuchMeeting) {
  write_file(dir_ / "m.toml", kMeeting);
  ASSERT_EQ(thuky({"meeting", "import", "m.toml"}).exit_code, 0);
  RunResult r = thuky({"meeting", "attend", "no-such-meeting", "x"});
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_EQ(r.err,
            "error: no meeting 'no-such-meeting' in the store; 'thuky meeting list' shows the "
            "meetings there\n");
  r = thuky({"meeting", "attend", "m1", "x"});
  EXPECT_EQ(r.err, "error: 'x' is not invited to meeting 'm1'\n");
}

TEST_F(Plausibility, ControlCharactersInNamesAreRefusedAndReachTheTerminalEscaped) {
  // A name that cannot be printed is refused (it would print as nothing, or drive a terminal):
  // by the name rule (thuky/text/name_check.hpp), the value escaped.
  RunResult r = thuky({"people", "add", "L\x1b[31mê Văn An"});
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_EQ(r.err,
            "error: field 'Họ và tên': 'L\\x1b[31mê Văn An' holds a control character (code 27); "
            "retype the name\n");
  r = thuky({"people", "add", "Lê Văn An", "--unit", "Hội\xc2\x9b"});
  EXPECT_EQ(r.err,
            "error: field 'Đơn vị': it contains the control character U+009B, which cannot be "
            "printed; remove it\n");
  EXPECT_EQ(count(), 0);
  // Warnings and errors quote names from files: escaped too.
  r = thuky({"meeting", "attend", "no\x1b]0;x\x07", "x"});
  EXPECT_EQ(r.err,
            "error: no meeting 'no\\x1b]0;x\\x07' in the store; 'thuky meeting list' shows the "
            "meetings there\n");
  write_file(dir_ / "m.toml", kMeeting + "\"\\u001b[2J\" = 1\n");
  r = thuky({"meeting", "import", "m.toml"});
  EXPECT_NE(r.err.find("warning: m.toml:19:1: unknown key 'tasks[0].\\x1b[2J' is ignored\n"),
            std::string::npos)
      << r.err;
}

}  // namespace
}  // namespace thuky::test
