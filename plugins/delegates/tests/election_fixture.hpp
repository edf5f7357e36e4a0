#pragma once
// The sample election (samples/election-ha-tinh) in a fresh workspace, run through the real
// `thuky` binary: what every end-to-end test of the delegates plugin starts from.
#include <SQLiteCpp/Database.h>
#include <gtest/gtest.h>

#include <regex>

#include "support/pdf_tools.hpp"
#include "support/test_support.hpp"

namespace thuky::test {

const std::filesystem::path kSample =
    std::filesystem::path(THUKY_SOURCE_DIR) / "samples" / "election-ha-tinh";

// Extracted text with line breaks read as spaces: wrapping is the layout's business.
inline std::string flat(std::string text) {
  for (char& c : text) {
    if (c == '\n' || c == '\f')
      c = ' ';
  }
  return text;
}

class Election : public ::testing::Test {
 protected:
  // The areas tree the day's units and polling areas name by code.
  void SetUp() override {
    ASSERT_EQ(thuky({"init"}).exit_code, 0);
    const RunResult r = thuky({"areas", "import", sample("areas.csv")});
    ASSERT_EQ(r.exit_code, 0) << r.err;
  }
  RunResult thuky(const std::vector<std::string>& args) { return run_thuky(args, dir_.path()); }
  std::string sample(const std::string& name) { return (kSample / name).string(); }
  void import_day() {
    const RunResult r = thuky({"election", "import", sample("election.toml")});
    ASSERT_EQ(r.exit_code, 0) << r.err;
  }
  void import_candidates() {
    for (const auto& [file, election] : std::vector<std::pair<std::string, std::string>>{
             {"candidates-dbqh.csv", "dbqh-2026"},
             {"candidates-hdnd-tinh.csv", "hdnd-tinh-2026"},
             {"candidates-hdnd-xa.csv", "hdnd-xa-ky-hoa-2026"}}) {
      const RunResult r =
          thuky({"election", "candidates", "import", sample(file), "--election", election});
      ASSERT_EQ(r.exit_code, 0) << r.err;
    }
  }
  void import_voters() {
    const RunResult r = thuky({"election", "voters", "import", sample("voters.csv")});
    ASSERT_EQ(r.exit_code, 0) << r.err;
  }
  // Rows in `table`; 0 when the plugin never created it (nothing was stored).
  int rows(const std::string& table) {
    SQLite::Database db((dir_ / "thuky.db").string());
    if (db.execAndGet("SELECT count(*) FROM sqlite_master WHERE name = '" + table + "'").getInt() ==
        0)
      return 0;
    return db.execAndGet("SELECT count(*) FROM " + table).getInt();
  }
  // The sample file with each `from` replaced by its `to`, written into the workspace.
  std::string variant(const std::string& name,
                      const std::vector<std::pair<std::string, std::string>>& changes) {
    std::string text = read_file(kSample / name);
    for (const auto& [from, to] : changes) {
      const auto at = text.find(from);
      EXPECT_NE(at, std::string::npos) << from;
      if (at != std::string::npos)
        text.replace(at, from.size(), to);
    }
    write_file(dir_ / name, text);
    return (dir_ / name).string();
  }
  std::string variant(const std::string& name, const std::string& from, const std::string& to) {
    return variant(name, {{from, to}});
  }
  void configure(const std::string& lines) {
    std::string config = read_file(dir_ / "thuky.toml");
    write_file(dir_ / "thuky.toml", config + "\n[plugins.delegates]\n" + lines + "\n");
  }
  std::string text_of(const std::string& pdf) {
    const auto file = dir_ / "pdf" / pdf;
    EXPECT_EQ(shell("qpdf --check " + quoted(file)).exit_code, 0) << pdf;
    const auto r = shell("pdftotext -raw " + quoted(file) + " -");
    EXPECT_EQ(r.err, "") << "poppler warned on " << pdf;
    return r.out;
  }
  // The verification code printed in a list's footer ("" when there is none).
  static std::string code_in(const std::string& text) {
    std::smatch m;
    static const std::regex kCode("Mã kiểm tra danh sách: ([0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4})");
    return std::regex_search(text, m, kCode) ? m[1].str() : "";
  }
  TempDir dir_;
};

}  // namespace thuky::test
