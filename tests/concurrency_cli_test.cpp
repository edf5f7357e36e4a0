// Several thuky processes on one workspace: writers wait for each other (BEGIN IMMEDIATE and
// the busy timeout), first commands migrate once, and a wait that runs out says so (exit 1).
#include <SQLiteCpp/Database.h>
#include <gtest/gtest.h>

#include <atomic>
#include <chrono>
#include <functional>
#include <thread>

#include "core_schema.hpp"
#include "support/test_support.hpp"

namespace thuky::test {
namespace {

const std::filesystem::path kMeetingFile = std::filesystem::path(THUKY_TEST_DATA_DIR) / ".." /
                                           ".." / "samples" / "ky-anh" / "meeting.toml";
const std::filesystem::path kPeopleFile =
    std::filesystem::path(THUKY_TEST_DATA_DIR) / ".." / ".." / "samples" / "ky-anh" / "people.csv";
constexpr const char* kMeetingId = "ky-anh-2020-09-15";

// Runs `body(worker, i)` for i in [0, runs) on `workers` threads at once, each running the
// real binary; returns the runs that did not exit 0, with their stderr.
std::vector<std::string> run_at_once(int workers, int runs,
                                     const std::function<RunResult(int, int)>& body) {
  std::vector<std::vector<std::string>> failures(static_cast<std::size_t>(workers));
  std::vector<std::thread> threads;
  std::atomic<int> ready = 0;
  for (int w = 0; w < workers; ++w) {
    threads.emplace_back([&, w] {
      ++ready;
      while (ready < workers) {
      }  // start together
      for (int i = 0; i < runs; ++i) {
        const RunResult r = body(w, i);
        if (r.exit_code != 0)
          failures[static_cast<std::size_t>(w)].push_back(r.err);
      }
    });
  }
  for (auto& t : threads)
    t.join();
  std::vector<std::string> all;
  for (auto& f : failures)
    all.insert(all.end(), f.begin(), f.end());
  return all;
}

int count(const std::filesystem::path& db_file, const std::string& sql) {
  SQLite::Database db(db_file.string());
  return db.execAndGet(sql).getInt();
}

std::string busy_error(const std::filesystem::path& store, const std::string& seconds) {
  return "error: the store '" + store.string() +
         "' is busy: another thuky command has been writing for more than " + seconds +
         " s; try again when it has finished (or raise store.busy_timeout_ms)\n";
}

class Concurrency : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_EQ(run_thuky({"init"}, dir_.path()).exit_code, 0); }
  std::filesystem::path store() const { return dir_ / "thuky.db"; }
  TempDir dir_;
};

// Enable once the people commands use WriteTransaction (the lead switches them after the
// merge): a deferred BEGIN that reads then writes fails at once under contention.
TEST_F(Concurrency, FourWritersFiftyPeopleAddsEachStoreAllTwoHundred) {
  // Names have no digits: writer w's i-th person is "Người Thử B Ca" (w = 1, i = 20).
  const auto letters = [](int w, int i) {
    return std::string{static_cast<char>('A' + w), ' ', static_cast<char>('A' + i / 10),
                       static_cast<char>('a' + i % 10)};
  };
  const auto failures = run_at_once(4, 50, [&](int w, int i) {
    return run_thuky(
        {"people", "add", "Người Thử " + letters(w, i), "--unit", "Tổ " + std::to_string(w)},
        dir_.path());
  });
  EXPECT_EQ(failures, std::vector<std::string>{});
  EXPECT_EQ(count(store(), "SELECT count(*) FROM people"), 200);
}

TEST_F(Concurrency, FourPluginWritersFiftyGuestsEachStoreAllTwoHundred) {
  ASSERT_EQ(run_thuky({"people", "import", kPeopleFile.string()}, dir_.path()).exit_code, 0);
  ASSERT_EQ(run_thuky({"meeting", "import", kMeetingFile.string()}, dir_.path()).exit_code, 0);
  const auto failures = run_at_once(4, 50, [&](int w, int i) {
    return run_thuky({"meeting", "add-guest", kMeetingId,
                      "Khách " + std::to_string(w) + "-" + std::to_string(i)},
                     dir_.path());
  });
  EXPECT_EQ(failures, std::vector<std::string>{});
  EXPECT_EQ(count(store(), "SELECT count(*) FROM minutes_participants WHERE added_late = 1"), 200);
}

TEST_F(Concurrency, FourFirstCommandsOnAFreshWorkspaceAllSucceed) {
  // Five rounds: the store and every migration are made by whichever command comes first.
  for (int round = 0; round < 5; ++round) {
    std::filesystem::remove(store());
    const auto failures = run_at_once(4, 1, [&](int, int) {
      return run_thuky({"meeting", "tasks", "--all"}, dir_.path());
    });
    EXPECT_EQ(failures, std::vector<std::string>{}) << "round " << round;
    // every core migration and minutes 1-5, each recorded once
    EXPECT_EQ(count(store(), "SELECT count(*) FROM schema_migrations"),
              static_cast<int>(host::core_migrations().size()) + 5)
        << round;
  }
}

TEST_F(Concurrency, WriterBlockedPastTheBusyTimeoutExitsOneAndSaysSo) {
  set_busy_timeout(dir_.path(), 300);
  SQLite::Database holder(store().string(), SQLite::OPEN_READWRITE);
  holder.exec("BEGIN IMMEDIATE");  // another thuky in the middle of a long write

  // The first plugin command must migrate: the migration waits for the lock too.
  const auto started = std::chrono::steady_clock::now();
  RunResult r = run_thuky({"meeting", "import", kMeetingFile.string()}, dir_.path());
  const auto waited = std::chrono::steady_clock::now() - started;
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_EQ(r.err, busy_error(store(), "0.3"));
  EXPECT_GE(waited, std::chrono::milliseconds(300));

  holder.exec("COMMIT");
  ASSERT_EQ(run_thuky({"people", "import", kPeopleFile.string()}, dir_.path()).exit_code, 0);
  ASSERT_EQ(run_thuky({"meeting", "import", kMeetingFile.string()}, dir_.path()).exit_code, 0);
  holder.exec("BEGIN IMMEDIATE");
  for (const std::vector<std::string>& args :
       {std::vector<std::string>{"meeting", "attend", kMeetingId, "ha-van-hung"},
        std::vector<std::string>{"meeting", "import", kMeetingFile.string()},
        std::vector<std::string>{"people", "add", "Trần Văn Chờ"}}) {
    r = run_thuky(args, dir_.path());
    EXPECT_EQ(r.exit_code, 1) << args[1];
    EXPECT_EQ(r.err, busy_error(store(), "0.3")) << args[1];
  }
  holder.exec("ROLLBACK");
  EXPECT_EQ(count(store(), "SELECT count(*) FROM people WHERE full_name = 'Trần Văn Chờ'"), 0);
  EXPECT_EQ(
      count(store(), "SELECT count(*) FROM minutes_participants WHERE attendance = 'present'"), 0);
}

// A list exported while another command writes is a read: it does not wait for the lock. Its
// audit entry waits beside the store and the next writer moves it into the log.
TEST_F(Concurrency, ExportWhileAnotherWritesSucceedsAndIsLoggedByTheNextWriter) {
  ASSERT_EQ(run_thuky({"people", "import", kPeopleFile.string()}, dir_.path()).exit_code, 0);
  set_busy_timeout(dir_.path(), 300);  // a waiting export would fail after 0.3 s
  SQLite::Database holder(store().string(), SQLite::OPEN_READWRITE);
  holder.exec("BEGIN IMMEDIATE");
  const RunResult r = run_thuky({"people", "list", "--out", "people.csv"}, dir_.path());
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.err, "");
  const std::string exported = read_file(dir_ / "people.csv");
  EXPECT_NE(exported.find("Họ và tên"), std::string::npos);
  holder.exec("ROLLBACK");
  const std::string logged =
      "SELECT count(*) FROM audit_log l JOIN audit_documents d ON d.entry_id = l.id "
      "WHERE l.command = 'thuky people list --out people.csv' AND d.path = '" +
      (dir_ / "people.csv").string() + "'";
  EXPECT_EQ(count(store(), logged), 0);  // not yet: it waits for a writer
  ASSERT_EQ(run_thuky({"people", "add", "Trần Văn Sau"}, dir_.path()).exit_code, 0);
  EXPECT_EQ(count(store(), logged), 1);
  // Moved once: the next writer does not log it again.
  ASSERT_EQ(run_thuky({"people", "add", "Trần Văn Sau Nữa"}, dir_.path()).exit_code, 0);
  EXPECT_EQ(count(store(), logged), 1);
  EXPECT_FALSE(std::filesystem::exists(dir_ / "thuky.db-audit"));
}

TEST_F(Concurrency, ExportWithTheLockFreeIsLoggedAtOnce) {
  ASSERT_EQ(run_thuky({"people", "import", kPeopleFile.string()}, dir_.path()).exit_code, 0);
  ASSERT_EQ(run_thuky({"people", "list", "--out", "people.xlsx"}, dir_.path()).exit_code, 0);
  EXPECT_EQ(count(store(),
                  "SELECT count(*) FROM audit_log WHERE command = 'thuky people list --out "
                  "people.xlsx' AND changes = '1 document written'"),
            1);
}

// Plugin lists declare themselves read-only (ctx.declare_read_only()): they read a snapshot
// while another command holds the write lock, and an export's entry waits in the outbox.
TEST_F(Concurrency, PluginListsDoNotWaitForAWriter) {
  ASSERT_EQ(run_thuky({"people", "import", kPeopleFile.string()}, dir_.path()).exit_code, 0);
  ASSERT_EQ(run_thuky({"meeting", "import", kMeetingFile.string()}, dir_.path()).exit_code, 0);
  set_busy_timeout(dir_.path(), 300);  // a waiting list would fail after 0.3 s
  SQLite::Database holder(store().string(), SQLite::OPEN_READWRITE);
  holder.exec("BEGIN IMMEDIATE");
  for (const std::vector<std::string>& args :
       {std::vector<std::string>{"meeting", "list"}, std::vector<std::string>{"meeting", "tasks"},
        std::vector<std::string>{"meeting", "list", "--out", "meetings.csv"}}) {
    const RunResult r = run_thuky(args, dir_.path());
    EXPECT_EQ(r.exit_code, 0) << args.back() << ": " << r.err;
    EXPECT_EQ(r.err, "") << args.back();
  }
  EXPECT_NE(read_file(dir_ / "meetings.csv").find(kMeetingId), std::string::npos);
  holder.exec("ROLLBACK");
}

}  // namespace
}  // namespace thuky::test
