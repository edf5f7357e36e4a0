// `election check --pdf`: the check as a signed report, read back exactly.
#include "election_fixture.hpp"

namespace thuky::test {
namespace {

TEST_F(Election, CheckReportHasASectionPerRuleWithEachViolation) {
  // Kỳ Xuân's polling area and its voters left out: a commune with nowhere to vote.
  const RunResult day = thuky({"election", "import",
                               variant("election.toml",
                                       "\n[[polling_areas]]\ncode = \"KX01\"\n"
                                       "name = \"Khu vực bỏ phiếu số 1 - thôn Tân Phong\"\n"
                                       "areas = [\"18103\"]\n"
                                       "units = { dbqh-2026 = 3, hdnd-tinh-2026 = 2 }\n",
                                       "")});
  ASSERT_EQ(day.exit_code, 0) << day.err;
  import_candidates();
  std::string voters = read_file(kSample / "voters.csv");
  voters.erase(voters.find(",KX01,") - 1);
  write_file(dir_ / "voters.csv", voters);
  ASSERT_EQ(thuky({"election", "voters", "import", "voters.csv"}).exit_code, 0);
  configure("voters_per_polling_area = [6, 4000]\ncandidate_min_age = 32");
  const RunResult r = run_thuky({"election", "check", "--pdf", "pdf/kiem-tra.pdf"}, dir_.path(),
                                {{"THUKY_NOW", "2026-02-20T09:00"}});
  EXPECT_EQ(r.exit_code, 1);  // the report is written whatever the result
  EXPECT_EQ(r.err,
            "Wrote the report to 'pdf/kiem-tra.pdf'.\n"
            "error: 2 rules of the law are not met on ha-tinh-2026\n");
  EXPECT_EQ(
      flat(text_of("kiem-tra.pdf")),
      "ỦY BAN BẦU CỬ TỈNH HÀ TĨNH CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh "
      "phúc Hà Tĩnh, ngày 20 tháng 02 năm 2026 BÁO CÁO Kết quả kiểm tra việc chuẩn bị bầu cử "
      "theo quy định của pháp luật Ngày 20 tháng 02 năm 2026, Ủy ban bầu cử tỉnh Hà Tĩnh kiểm "
      "tra việc chuẩn bị cuộc bầu cử đại biểu Quốc hội khóa XVI và đại biểu Hội đồng nhân dân "
      "các cấp nhiệm kỳ 2026–2031 (ngày bầu cử: ngày 15 tháng 3 năm 2026) theo các quy định dưới "
      "đây. Kết quả: 2 nội dung không đạt, 2 nội dung cần xem xét. "
      "1. Số người ứng cử ở mỗi đơn vị bầu cử Mọi đơn vị bầu cử có đủ số người ứng cử theo quy "
      "định. Đạt: 4. "
      "2. Tuổi của người ứng cử STT Phạm vi Kết quả Nội dung 1 Đơn vị bầu cử số 1 (HĐND xã) "
      "Không đạt Hoàng Thị Nghiệm (1995) mới 31 tuổi vào ngày bầu cử; người ứng cử phải đủ 32 "
      "tuổi trở lên "
      "3. Cơ cấu, thành phần người ứng cử Đạt: 2; còn lại như bảng dưới. STT Phạm vi Kết quả "
      "Nội dung "
      "1 Đơn vị bầu cử số 3 (ĐBQH) Số liệu nữ 2/4 (50,00%); dân tộc thiểu số 1/4 (25,00%); dưới "
      "40 tuổi 1/4 (25,00%); ngoài Đảng 2/4 (50,00%); tái cử 1/4 (25,00%); tự ứng cử 1/4 "
      "(25,00%) "
      "2 ĐBQH (các đơn vị) Số liệu nữ 2/4 (50,00%); dân tộc thiểu số 1/4 (25,00%); dưới 40 tuổi "
      "1/4 (25,00%); ngoài Đảng 2/4 (50,00%); tái cử 1/4 (25,00%); tự ứng cử 1/4 (25,00%) "
      "3 Đơn vị bầu cử số 1 (HĐND tỉnh) Số liệu nữ 3/5 (60,00%); dân tộc thiểu số 0/5 (0,00%); "
      "dưới 40 tuổi 3/5 (60,00%); ngoài Đảng 2/5 (40,00%); tái cử 1/5 (20,00%); tự ứng cử 0/5 "
      "(0,00%) "
      "4 Đơn vị bầu cử số 2 (HĐND tỉnh) Số liệu nữ 1/3 (33,33%); dân tộc thiểu số 0/3 (0,00%); "
      "dưới 40 tuổi 0/3 (0,00%); ngoài Đảng 1/3 (33,33%); tái cử 1/3 (33,33%); tự ứng cử 0/3 "
      "(0,00%) "
      "5 HĐND tỉnh (các đơn vị) Số liệu nữ 4/8 (50,00%); dân tộc thiểu số 0/8 (0,00%); dưới 40 "
      "tuổi 3/8 (37,50%); ngoài Đảng 3/8 (37,50%); tái cử 2/8 (25,00%); tự ứng cử 0/8 (0,00%) "
      "6 Đơn vị bầu cử số 1 (HĐND xã) Số liệu nữ 1/3 (33,33%); dân tộc thiểu số 0/3 (0,00%); "
      "dưới 40 tuổi 1/3 (33,33%); ngoài Đảng 2/3 (66,67%); tái cử 1/3 (33,33%); tự ứng cử 1/3 "
      "(33,33%) "
      "7 HĐND xã (các đơn vị) Số liệu nữ 1/3 (33,33%); dân tộc thiểu số 0/3 (0,00%); dưới 40 "
      "tuổi 1/3 (33,33%); ngoài Đảng 2/3 (66,67%); tái cử 1/3 (33,33%); tự ứng cử 1/3 (33,33%)  "
      "2 "
      "4. Khu vực bỏ phiếu ở mỗi đơn vị bầu cử STT Phạm vi Kết quả Nội dung "
      "1 Đơn vị bầu cử số 3 (ĐBQH) Cần xem xét Xã Kỳ Xuân chưa có khu vực bỏ phiếu nào thuộc "
      "đơn vị bầu cử này: cử tri ở đây không có nơi bỏ phiếu "
      "2 Đơn vị bầu cử số 2 (HĐND tỉnh) Cần xem xét Xã Kỳ Xuân chưa có khu vực bỏ phiếu nào "
      "thuộc đơn vị bầu cử này: cử tri ở đây không có nơi bỏ phiếu "
      "5. Số cử tri ở mỗi khu vực bỏ phiếu Đạt: 3; còn lại như bảng dưới. STT Phạm vi Kết quả "
      "Nội dung 1 Khu vực bỏ phiếu số 1 - tổ dân phố Hồng Hà Không đạt 5 cử tri trong danh "
      "sách; quy định từ 6 đến 4.000 "
      "6. Người có tên hai lần Không ai có tên hai lần. "
      "Nơi nhận: - Như trên; - Lưu: VT. TM. ỦY BAN BẦU CỬ TỈNH HÀ TĨNH CHỦ TỊCH  ");
}

}  // namespace
}  // namespace thuky::test
