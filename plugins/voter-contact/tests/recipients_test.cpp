// "Nơi nhận" in order of authority on its own (no store).
#include <gtest/gtest.h>

#include "recipients.hpp"

namespace contact {
namespace {

TEST(ContactRecipients, AddedAgenciesTakeTheirPlaceByAuthority) {
  // The plan's recipients as the sample writes them, then the agencies of a report.
  std::vector<std::string> lines = {
      "- Thường trực Tỉnh ủy (để b/c);", "- Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh;",
      "- Các Tổ đại biểu HĐND tỉnh;", "- UBND, Ủy ban MTTQ các xã, phường;"};
  for (const char* agency : {"- Sở Xây dựng;", "- UBND tỉnh;", "- UBND phường Hải Ninh;",
                             "- Bảo hiểm xã hội tỉnh;", "- Thường trực HĐND tỉnh;"})
    add_recipient(lines, agency);
  const std::vector<std::string> expected = {"- Thường trực Tỉnh ủy (để b/c);",
                                             "- Thường trực HĐND tỉnh;",
                                             "- UBND tỉnh;",
                                             "- Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh;",
                                             "- Các Tổ đại biểu HĐND tỉnh;",
                                             "- Sở Xây dựng;",
                                             "- Bảo hiểm xã hội tỉnh;",
                                             "- UBND, Ủy ban MTTQ các xã, phường;",
                                             "- UBND phường Hải Ninh;"};
  EXPECT_EQ(lines, expected);
}

TEST(ContactRecipients, RanksFromCentralToCommuneWithLuuLast) {
  const std::vector<std::string> ordered = {"Ủy ban Thường vụ Quốc hội;",
                                            "Thường trực Tỉnh uỷ;",  // old-style tone placement
                                            "Thường trực HĐND tỉnh;",
                                            "Ủy ban nhân dân tỉnh;",
                                            "Ủy ban MTTQ Việt Nam tỉnh;",
                                            "Đoàn ĐBQH tỉnh;",
                                            "Các Ban HĐND tỉnh;",
                                            "Sở Lao động - Thương binh và Xã hội;",
                                            "Ban Dân vận Tỉnh ủy;",
                                            "Thường trực Đảng ủy, HĐND, UBND xã Kỳ Hoa;",
                                            "Lưu: VT."};
  std::vector<int> ranks;
  for (const auto& line : ordered)
    ranks.push_back(recipient_rank(line));
  const std::vector<int> expected = {5, 10, 11, 12, 13, 14, 14, 15, 10, 20, 100};
  EXPECT_EQ(ranks, expected);
}

}  // namespace
}  // namespace contact
