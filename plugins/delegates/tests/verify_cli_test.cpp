// Verification codes end to end: the code in a printed list's footer, `election verify` on it,
// and what verify says once the store has changed.
#include "election_fixture.hpp"

namespace thuky::test {
namespace {

class Verify : public Election {
 protected:
  void SetUp() override {
    Election::SetUp();
    import_day();
    import_candidates();
    import_voters();
  }
  // Prints the voter list of KV02 (at a fixed time) and returns the code in its footer.
  std::string print_kv02(const std::string& at = "2026-03-01T08:05") {
    const RunResult r =
        run_thuky({"election", "render", "--doc", "voters", "--area", "KV02", "--out", "pdf"},
                  dir_.path(), {{"THUKY_NOW", at}});
    EXPECT_EQ(r.exit_code, 0) << r.err;
    const std::string text = text_of("ha-tinh-2026-KV02-danh-sach-cu-tri.pdf");
    EXPECT_NE(text.find("- Trang 1/1"), std::string::npos) << text;
    return code_in(text);
  }
};

TEST_F(Verify, SameDataPrintsTheSameCode) {
  const std::string code = print_kv02();
  ASSERT_FALSE(code.empty());
  EXPECT_EQ(print_kv02("2026-03-02T09:00"), code);
  const RunResult r = thuky({"election", "verify", code});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out, code +
                       ": voter list of polling area KV02 (Khu vực bỏ phiếu số 2 - thôn Tây Hà), "
                       "election day ha-tinh-2026, 6 rows, printed 08:05 01/03/2026 (again 09:00 "
                       "02/03/2026).\nThe store still holds exactly this list.\n");
}

TEST_F(Verify, TypedInLowerCaseWithoutDashes) {
  std::string code = print_kv02();
  std::string typed;
  for (const char c : code) {
    if (c != '-')
      typed += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  }
  EXPECT_EQ(thuky({"election", "verify", typed}).exit_code, 0);
}

TEST_F(Verify, AddedVoterChangesTheCodeAndFailsTheOldOne) {
  const std::string code = print_kv02();
  ASSERT_EQ(thuky({"election", "voters", "add", "--area", "KV02", "--name", "Phan Văn Mới",
                   "--birth", "1/1/1990", "--gender", "nam"})
                .exit_code,
            0);
  const RunResult r = thuky({"election", "verify", code});
  EXPECT_EQ(r.exit_code, 1);
  const std::string now = print_kv02();
  EXPECT_NE(now, code);
  EXPECT_EQ(r.err,
            "error: the store no longer matches this list (now " + now + "): added: number 7\n");
  EXPECT_EQ(thuky({"election", "verify", now}).exit_code, 0);
}

TEST_F(Verify, RemovedVoterIsAChangedRow) {
  const std::string code = print_kv02();
  ASSERT_EQ(thuky({"election", "voters", "remove", "KV02", "2", "--reason", "Đã chết"}).exit_code,
            0);
  const RunResult r = thuky({"election", "verify", code});
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.err.find("): changed: number 2\n"), std::string::npos) << r.err;
}

TEST_F(Verify, RenamedPollingAreaIsAChangedHeading) {
  const std::string code = print_kv02();
  ASSERT_EQ(thuky({"election", "import",
                   variant("election.toml", "Khu vực bỏ phiếu số 2 - thôn Tây Hà",
                           "Khu vực bỏ phiếu số 2 - thôn Tây Hà Mới")})
                .exit_code,
            0);
  const RunResult r = thuky({"election", "verify", code});
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.err.find("): the heading changed\n"), std::string::npos) << r.err;
}

TEST_F(Verify, CandidateListCodeNamesTheUnit) {
  ASSERT_EQ(thuky({"election", "render", "--doc", "candidates", "--election", "hdnd-xa-ky-hoa-2026",
                   "--out", "pdf"})
                .exit_code,
            0);
  const std::string code = code_in(text_of("hdnd-xa-ky-hoa-2026-dv01-danh-sach-ung-cu-vien.pdf"));
  ASSERT_FALSE(code.empty());
  const RunResult r = thuky({"election", "verify", code});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find(code + ": official candidate list of hdnd-xa-ky-hoa-2026 unit 1, election "
                              "day ha-tinh-2026, 3 rows, printed "),
            std::string::npos)
      << r.out;
}

TEST_F(Verify, UnknownAndMalformedCodes) {
  RunResult r = thuky({"election", "verify", "7KQ2-MX4D-9TBA"});
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_EQ(r.err, "error: no list printed from this store has the code 7KQ2-MX4D-9TBA\n");
  r = thuky({"election", "verify", "7KQ2-MX4D"});
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_EQ(r.err,
            "error: '7KQ2-MX4D' is not a verification code: 12 letters and digits, like "
            "7KQ2-MX4D-9TBA\n");
}

}  // namespace
}  // namespace thuky::test
