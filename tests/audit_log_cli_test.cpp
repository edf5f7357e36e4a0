// The audit log end to end: one entry per write command and render, in the command's own
// transaction, append-only, printed by `thuky log`.
#include <SQLiteCpp/Database.h>
#include <gtest/gtest.h>
#include <pwd.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <fcntl.h>

#include <chrono>
#include <map>
#include <regex>
#include <thread>

#include "support/pdf_tools.hpp"
#include "support/people_workspace.hpp"

namespace thuky::test {
namespace {

const std::filesystem::path kSample =
    std::filesystem::path(THUKY_SOURCE_DIR) / "samples" / "ky-anh";
const std::string kMeeting = "ky-anh-2020-09-15";

struct Entry {
  std::string user, component, command, changes;
  int rows = 0;
};

class AuditLog : public PeopleWorkspace {
 protected:
  SQLite::Database db() {
    return SQLite::Database((dir_ / "thuky.db").string(), SQLite::OPEN_READWRITE);
  }
  std::vector<Entry> entries() {
    auto database = db();
    SQLite::Statement q(database,
                        "SELECT os_user, component, command, changes, rows_touched FROM audit_log "
                        "ORDER BY id");
    std::vector<Entry> out;
    while (q.executeStep()) {
      out.push_back({q.getColumn(0).getString(), q.getColumn(1).getString(),
                     q.getColumn(2).getString(), q.getColumn(3).getString(),
                     q.getColumn(4).getInt()});
    }
    return out;
  }
  // path → sha256 of the documents of entry `n` (1-based, in order).
  std::map<std::string, std::string> documents_of_last_entry() {
    auto database = db();
    SQLite::Statement q(database,
                        "SELECT path, sha256 FROM audit_documents WHERE entry_id = "
                        "(SELECT max(id) FROM audit_log)");
    std::map<std::string, std::string> out;
    while (q.executeStep())
      out[q.getColumn(0).getString()] = q.getColumn(1).getString();
    return out;
  }
  static std::string sha256sum(const std::filesystem::path& file) {
    const auto r = shell("sha256sum " + quoted(file));
    return r.out.substr(0, 64);
  }
  static std::string me() {
    const passwd* pw = getpwuid(geteuid());
    return pw ? pw->pw_name : "";
  }
};

TEST_F(AuditLog, EveryPeopleWriteLeavesOneEntryWithItsRows) {
  ASSERT_EQ(thuky({"people", "add", "Lê Văn An", "--unit", "Hội Nông dân"}).exit_code, 0);
  write_file(dir_ / "p.csv",
             "Họ và tên,Đơn vị\nHà Văn Hùng,\nĐặng Văn Thành,\nLê Văn An,Hội Nông dân\n");
  ASSERT_EQ(thuky({"people", "import", "p.csv"}).exit_code, 0);
  ASSERT_EQ(thuky({"people", "edit", "le-van-an", "--title", "Chủ tịch"}).exit_code, 0);
  // Reading leaves no entry.
  ASSERT_EQ(thuky({"people", "list"}).exit_code, 0);
  ASSERT_EQ(thuky({"log"}).exit_code, 0);

  const auto log = entries();
  ASSERT_EQ(log.size(), 3u);
  EXPECT_EQ(log[0].command, "thuky people add 'Lê Văn An' --unit 'Hội Nông dân'");
  EXPECT_EQ(log[0].changes, "people: 1 added (le-van-an)");
  EXPECT_EQ(log[0].rows, 1);
  EXPECT_EQ(log[0].component, "core");
  EXPECT_EQ(log[0].user, me());
  EXPECT_EQ(log[1].command, "thuky people import p.csv");
  EXPECT_EQ(log[1].changes, "people: 2 added, 1 updated");
  EXPECT_EQ(log[1].rows, 3);
  EXPECT_EQ(log[2].changes, "people: 1 updated (le-van-an)");
}

TEST_F(AuditLog, ControlCharactersOfTheCommandLineAreEscaped) {
  // Names cannot hold control characters (they cannot be printed); a file name can.
  ASSERT_EQ(thuky({"people", "add", "Lê Văn An"}).exit_code, 0);
  ASSERT_EQ(thuky({"people", "list", "--out", "Hội\x1b]0;pwned\x07 Nông dân.csv"}).exit_code, 0);
  const auto log = entries();
  ASSERT_EQ(log.size(), 2u);
  EXPECT_EQ(log[1].command, "thuky people list --out 'Hội\\x1b]0;pwned\\x07 Nông dân.csv'");
}

TEST_F(AuditLog, AFailedImportLeavesNoEntry) {
  write_file(dir_ / "p.csv",
             "Họ và tên,Ngày sinh\nLê Văn An,01/01/1980\nTrần Thị Bình,31/02/1990\n");
  EXPECT_EQ(thuky({"people", "import", "p.csv"}).exit_code, 1);
  EXPECT_EQ(count(), 0);
  EXPECT_TRUE(entries().empty());
}

TEST_F(AuditLog, ExportsAreLoggedWithTheirDigest) {
  ASSERT_EQ(thuky({"people", "add", "Lê Văn An"}).exit_code, 0);
  ASSERT_EQ(thuky({"people", "list", "--out", "people.xlsx"}).exit_code, 0);
  const auto log = entries();
  ASSERT_EQ(log.size(), 2u);
  EXPECT_EQ(log[1].rows, 0);
  const auto documents = documents_of_last_entry();
  ASSERT_EQ(documents.size(), 1u);
  const auto file = std::filesystem::canonical(dir_ / "people.xlsx");
  EXPECT_EQ(documents.begin()->first, file.string());
  EXPECT_EQ(documents.begin()->second, sha256sum(file));
}

TEST_F(AuditLog, TheLogIsAppendOnly) {
  ASSERT_EQ(thuky({"people", "add", "Lê Văn An"}).exit_code, 0);
  ASSERT_EQ(thuky({"people", "list", "--out", "p.csv"}).exit_code, 0);
  auto database = db();
  for (const char* sql :
       {"UPDATE audit_log SET os_user = 'someone'", "DELETE FROM audit_log",
        "UPDATE audit_documents SET sha256 = ''", "DELETE FROM audit_documents"}) {
    try {
      database.exec(sql);
      ADD_FAILURE() << sql << " succeeded";
    } catch (const SQLite::Exception& e) {
      EXPECT_STREQ(e.what(), "the audit log is append-only") << sql;
    }
  }
  EXPECT_EQ(entries().size(), 2u);
}

TEST_F(AuditLog, LogPrintsEntriesSinceADayAsListOrJson) {
  ASSERT_EQ(thuky({"people", "add", "Lê Văn An"}).exit_code, 0);
  RunResult r = thuky({"log"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  const std::regex line(
      "1\t\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ\t" + me() +
      "\tcore\tthuky people add 'Lê Văn An'\t1\tpeople: 1 added \\(le-van-an\\)\t\n");
  EXPECT_TRUE(std::regex_match(r.out, line)) << r.out;
  r = thuky({"--json", "log", "--since", "2000-01-01"});
  EXPECT_NE(r.out.find("\"changes\": \"people: 1 added (le-van-an)\""), std::string::npos) << r.out;
  r = thuky({"log", "--since", "2999-01-01"});
  EXPECT_EQ(r.out, "");
  EXPECT_EQ(r.err, "warning: no audit log entries since 2999-01-01\n");
  r = thuky({"log", "--since", "15/09/2020"});
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_EQ(r.err, "error: --since: '15/09/2020' is not a date like 2026-09-15 (YYYY-MM-DD)\n");
}

TEST_F(AuditLog, MeetingCommandsAndRendersLeaveOneEntryEach) {
  ASSERT_EQ(thuky({"people", "import", (kSample / "people.csv").string()}).exit_code, 0);
  RunResult r = thuky({"meeting", "import", (kSample / "meeting.toml").string()});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  ASSERT_EQ(thuky({"meeting", "attend", kMeeting, "dang-van-thanh"}).exit_code, 0);
  ASSERT_EQ(thuky({"meeting", "done", "1"}).exit_code, 0);
  ASSERT_EQ(thuky({"meeting", "list"}).exit_code, 0);
  ASSERT_EQ(thuky({"meeting", "tasks"}).exit_code, 0);
  r = thuky({"meeting", "render", kMeeting, "--out", "pdf"});
  ASSERT_EQ(r.exit_code, 0) << r.err;

  auto log = entries();
  ASSERT_EQ(log.size(), 5u);
  EXPECT_EQ(log[1].component, "minutes");
  EXPECT_EQ(log[1].changes, "minutes_meetings: 1 added (" + kMeeting +
                                "); minutes_participants: 6 imported; minutes_tasks: 4 imported");
  EXPECT_EQ(log[1].rows, 11);
  EXPECT_EQ(log[2].changes, "minutes_participants: 1 updated (" + kMeeting + "/dang-van-thanh)");
  EXPECT_EQ(log[3].changes, "minutes_tasks: 1 updated (1)");
  EXPECT_EQ(log[4].command, "thuky meeting render " + kMeeting + " --out pdf");
  EXPECT_EQ(log[4].rows, 0);
  // Every PDF written, with the digest sha256sum gives.
  const auto documents = documents_of_last_entry();
  std::size_t pdfs = 0;
  for (const auto& file : std::filesystem::directory_iterator(dir_ / "pdf")) {
    ++pdfs;
    const auto path = std::filesystem::canonical(file.path()).string();
    ASSERT_EQ(documents.count(path), 1u) << path;
    EXPECT_EQ(documents.at(path), sha256sum(path)) << path;
  }
  EXPECT_EQ(documents.size(), pdfs);
  EXPECT_GE(pdfs, 6u);
  EXPECT_EQ(log[4].changes, std::to_string(pdfs) + " documents written");

  // A re-import updates: one more entry, "updated".
  ASSERT_EQ(thuky({"meeting", "import", (kSample / "meeting.toml").string()}).exit_code, 0);
  log = entries();
  ASSERT_EQ(log.size(), 6u);
  EXPECT_EQ(log[5].changes.rfind("minutes_meetings: 1 updated (" + kMeeting + ")", 0), 0u);
}

TEST_F(AuditLog, AFailedMeetingCommandLeavesNoEntry) {
  ASSERT_EQ(thuky({"people", "import", (kSample / "people.csv").string()}).exit_code, 0);
  ASSERT_EQ(thuky({"meeting", "import", (kSample / "meeting.toml").string()}).exit_code, 0);
  EXPECT_EQ(thuky({"meeting", "attend", kMeeting, "nobody-here"}).exit_code, 1);
  EXPECT_EQ(thuky({"meeting", "done", "999"}).exit_code, 1);
  EXPECT_EQ(entries().size(), 2u);
}

TEST_F(AuditLog, SurvivesKill9OfAnImportExactlyWhenItsRowsDo) {
  std::string csv = "Họ và tên,Đơn vị\n";
  for (int i = 0; i < 30000; ++i)
    csv += "Nguyễn Văn Người " + std::to_string(i) + ",Đơn vị " + std::to_string(i % 97) + "\n";
  write_file(dir_ / "big.csv", csv);
  int killed = 0, completed = 0;
  for (int delay : {20, 80, 160, 320, 640, 1280, 2560}) {
    const bool finished = run_thuky_and_kill({"people", "import", "big.csv"}, dir_.path(),
                                             std::chrono::milliseconds(delay));
    (finished ? completed : killed) += 1;
    auto database = db();
    const int people = database.execAndGet("SELECT count(*) FROM people").getInt();
    const int imports =
        database.execAndGet("SELECT count(*) FROM audit_log WHERE command LIKE '%import%'")
            .getInt();
    EXPECT_EQ(database.execAndGet("PRAGMA integrity_check").getString(), "ok");
    EXPECT_TRUE(people == 0 || people == 30000) << people;
    EXPECT_EQ(imports > 0, people > 0) << "after " << delay << " ms";
    if (people > 0)
      break;
  }
  EXPECT_GT(killed, 0) << "no import was killed: the test proves nothing";
}

}  // namespace
}  // namespace thuky::test
