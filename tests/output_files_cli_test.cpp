// Rendered files and the machine around them: the umask decides who may read a PDF, a killed
// render's temporary files go away, and a bad --out, a full disk or a name too long is the
// user's to fix (exit 1, the cause in words), never an internal error.
#include <fcntl.h>
#include <gtest/gtest.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <optional>

#include "support/test_support.hpp"

namespace thuky::test {
namespace {

namespace fs = std::filesystem;

const fs::path kSamples = fs::path(THUKY_TEST_DATA_DIR) / ".." / ".." / "samples" / "ky-anh";

class OutputFiles : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_EQ(thuky({"init"}).exit_code, 0); }
  RunResult thuky(const std::vector<std::string>& args) { return run_thuky(args, dir_.path()); }
  // Imports the sample meeting under `id`.
  void import_meeting(const std::string& id) {
    std::string meeting = read_file(kSamples / "meeting.toml");
    const std::string line = "id = \"ky-anh-2020-09-15\"";
    meeting.replace(meeting.find(line), line.size(), "id = \"" + id + "\"");
    write_file(dir_ / "meeting.toml", meeting);
    ASSERT_EQ(thuky({"people", "import", (kSamples / "people.csv").string()}).exit_code, 0);
    const RunResult r = thuky({"meeting", "import", "meeting.toml"});
    ASSERT_EQ(r.exit_code, 0) << r.err;
  }
  TempDir dir_;
};

TEST_F(OutputFiles, OutNamingARegularFileIsExitOneWithTheCause) {
  write_file(dir_ / "afile", "not a directory");
  RunResult r = thuky({"document", "demo", "--out", "afile"});
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_EQ(r.err, "error: 'afile' is not a directory\n");

  import_meeting("hop-1");
  r = thuky({"meeting", "render", "hop-1", "--doc", "agenda", "--out", "afile/sub"});
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_EQ(r.err, "error: 'afile' is not a directory\n");
  EXPECT_EQ(read_file(dir_ / "afile"), "not a directory");
}

TEST_F(OutputFiles, PdfModeFollowsTheUmask) {
  const mode_t old_mask = ::umask(077);
  const RunResult r = thuky({"document", "demo", "--out", "out"});
  ::umask(old_mask);
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(fs::status(dir_ / "out" / "demo.pdf").permissions(),
            fs::perms::owner_read | fs::perms::owner_write);

  ASSERT_EQ(thuky({"document", "demo", "--out", "shared"}).exit_code, 0);  // umask 022 or so
  EXPECT_EQ(fs::status(dir_ / "shared" / "demo.pdf").permissions(), fs::perms(0666 & ~old_mask));
}

TEST_F(OutputFiles, TemporaryFilesOfAKilledRenderAreRemovedThoseInUseKept) {
  const fs::path out = dir_ / "out";
  const auto two_hours_ago = fs::file_time_type::clock::now() - std::chrono::hours(2);
  for (const char* name : {".demo.pdf.AbC123", ".bien-ban.pdf.x9Y8z7", ".notes.txt.AbC123"}) {
    write_file(out / name, "partial");
    fs::last_write_time(out / name, two_hours_ago);
  }
  // Killed a moment ago: nothing holds it.
  write_file(out / ".agenda.pdf.Kill9d", "partial");
  // Another render, still running, holds its file locked.
  write_file(out / ".demo-landscape.pdf.Fresh1", "another render, still running");
  const int running = ::open((out / ".demo-landscape.pdf.Fresh1").c_str(), O_RDONLY);
  ASSERT_EQ(::flock(running, LOCK_EX), 0);

  ASSERT_EQ(thuky({"document", "demo", "--out", "out"}).exit_code, 0);
  ::close(running);
  EXPECT_FALSE(fs::exists(out / ".agenda.pdf.Kill9d"));
  EXPECT_FALSE(fs::exists(out / ".demo.pdf.AbC123"));
  EXPECT_FALSE(fs::exists(out / ".bien-ban.pdf.x9Y8z7"));
  EXPECT_TRUE(fs::exists(out / ".notes.txt.AbC123"));  // not ours
  EXPECT_TRUE(fs::exists(out / ".demo-landscape.pdf.Fresh1"));
  EXPECT_TRUE(fs::exists(out / "demo.pdf"));
}

TEST_F(OutputFiles, IdTooLongForAFileNameIsExitOneWithTheCause) {
  const std::string id(300, 'a');
  import_meeting(id);
  const RunResult r = thuky({"meeting", "render", id, "--doc", "agenda", "--out", "out"});
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_EQ(r.err, "error: cannot write 'out/" + id +
                       "-chuong-trinh.pdf': the file name is too long (317 bytes; at most 247 "
                       "here): choose a shorter id or name\n");
}

// A render that fails after some of its files are made places none of them and logs none: the
// common invitation's name fits, the personal invitations' names are too long.
TEST_F(OutputFiles, AMultiFileRenderThatFailsPlacesNoFile) {
  const std::string id(230, 'a');
  import_meeting(id);
  const RunResult r = thuky({"meeting", "render", id, "--doc", "all", "--out", "out"});
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.err.find("the file name is too long"), std::string::npos) << r.err;
  std::vector<std::string> left;
  if (fs::exists(dir_ / "out")) {
    for (const auto& f : fs::directory_iterator(dir_ / "out"))
      left.push_back(f.path().filename().string());
  }
  EXPECT_EQ(left, std::vector<std::string>{});
  EXPECT_EQ(run_thuky({"log"}, dir_.path()).out.find("meeting render"), std::string::npos);
}

// Runs `script` with sh in new user and mount namespaces, where it may mount a small tmpfs.
// nullopt when this machine does not allow that.
std::optional<std::string> run_with_tmpfs(const std::string& script) {
  if (std::system("unshare --user --map-root-user --mount sh -c "
                  "'mount -t tmpfs -o size=16k tmpfs /tmp' >/dev/null 2>&1") != 0) {
    return std::nullopt;
  }
  const std::string command = "unshare --user --map-root-user --mount sh -c '" + script + "' 2>&1";
  FILE* pipe = ::popen(command.c_str(), "r");
  std::string output;
  char buffer[4096];
  while (const std::size_t n = std::fread(buffer, 1, sizeof buffer, pipe))
    output.append(buffer, n);
  ::pclose(pipe);
  return output;
}

TEST_F(OutputFiles, FullOrReadOnlyDiskIsExitOneWithTheCause) {
  TempDir outside;  // the CSV and the mount point
  std::string csv = "Họ và tên,Đơn vị,Ngày sinh\n";
  for (int i = 1; i <= 20000; ++i) {
    std::string word = "T";  // the number in letters: a name has no digits (12 → "Tbc")
    for (const char digit : std::to_string(i))
      word += static_cast<char>('a' + (digit - '0'));
    csv += "Nguyễn Văn " + word + ",Tổ " + std::to_string(i % 50) + ",\n";
  }
  write_file(outside / "people.csv", csv);
  fs::create_directories(outside / "w");
  const std::string t = thuky_binary().string();
  const std::string w = (outside / "w").string();
  const auto output = run_with_tmpfs(
      "mount -t tmpfs -o size=512k tmpfs " + w + " && cd " + w + " && " + t +
      " init >/dev/null && mkdir out && mount -t tmpfs -o size=32k tmpfs out && " + t +
      " people import " + (outside / "people.csv").string() + "; echo \"import $?\"; " + t +
      " document demo --out out; echo \"render $?\"; " + t +
      " people list >/dev/null; echo \"list $?\"; mkdir ro && mount -t tmpfs -o ro,size=16k "
      "tmpfs ro && " +
      t + " document demo --out ro; echo \"read-only $?\"; " + t +
      " document demo --out ro/sub; echo \"read-only $?\"");
  if (!output)
    GTEST_SKIP() << "cannot mount a small tmpfs here (no user namespaces)";
  EXPECT_EQ(*output, "error: cannot write the store '" + w +
                         "/thuky.db': no space left on device\n"
                         "import 1\n"
                         "error: cannot write 'out/demo.pdf': no space left on device\n"
                         "render 1\n"
                         "warning: the people directory is empty\n"
                         "list 0\n"
                         "error: cannot write in 'ro': read-only file system\n"
                         "read-only 1\n"
                         "error: cannot create 'ro/sub': read-only file system\n"
                         "read-only 1\n");
}

}  // namespace
}  // namespace thuky::test
