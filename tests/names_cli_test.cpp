// `thuky names sort`: the official list order, end to end through the real binary.
#include <gtest/gtest.h>

#include <algorithm>
#include <sstream>

#include "support/test_support.hpp"
#include "thuky/text/normalize.hpp"

namespace thuky::test {
namespace {

std::vector<std::string> lines_of(const std::string& text) {
  std::vector<std::string> lines;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);)
    lines.push_back(line);
  return lines;
}

std::string joined(const std::vector<std::string>& lines) {
  std::string out;
  for (const auto& line : lines)
    out += line + "\n";
  return out;
}

// The list in official order, written and checked by hand (63 names: tones, d/đ, u/ư,
// o/ô/ơ, a/ă/â, one- to four-word names, equal names with different birth dates, old and
// new tone placement).
std::vector<std::string> official_order() {
  return lines_of(
      read_file(std::filesystem::path(THUKY_TEST_DATA_DIR) / "names" / "official-order.txt"));
}

// The same people as a secretary might type them: NFD from a Mac, stray spaces.
std::vector<std::string> as_typed(std::vector<std::string> lines) {
  for (auto& line : lines) {
    if (line == "Phùng Bình")
      line = "Phu\xCC\x80ng Bi\xCC\x80nh";  // NFD
    if (line == "Chu Bảo")
      line = "  Chu   Bảo ";
  }
  return lines;
}

class NamesSort : public ::testing::Test {
 protected:
  RunResult sort(const std::vector<std::string>& input, std::vector<std::string> extra = {}) {
    write_file(dir_ / "list.txt", joined(input));
    std::vector<std::string> args = {"names", "sort", "list.txt"};
    args.insert(args.end(), extra.begin(), extra.end());
    return run_thuky(args, dir_.path());
  }
  TempDir dir_;
};

TEST_F(NamesSort, ReversedListComesBackInOfficialOrder) {
  const auto expected = official_order();
  ASSERT_GE(expected.size(), 60u);
  auto input = as_typed(expected);
  std::reverse(input.begin(), input.end());
  const RunResult r = sort(input);
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(lines_of(r.out), expected);
}

TEST_F(NamesSort, InterleavedListComesBackInOfficialOrder) {
  const auto expected = official_order();
  const auto typed = as_typed(expected);
  std::vector<std::string> input;
  for (std::size_t i = 1; i < typed.size(); i += 2)
    input.push_back(typed[i]);
  for (std::size_t i = 0; i < typed.size(); i += 2)
    input.push_back(typed[i]);
  const RunResult r = sort(input);
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(lines_of(r.out), expected);
}

TEST_F(NamesSort, CheckAcceptsAnOrderedList) {
  const RunResult r = sort(as_typed(official_order()), {"--check"});
  EXPECT_EQ(r.exit_code, 0) << r.out << r.err;
  EXPECT_EQ(r.out, "list.txt: 63 names, in official order\n");
}

TEST_F(NamesSort, CheckReportsTheFirstLineOutOfOrder) {
  auto input = official_order();
  std::swap(input[20], input[21]);  // Lê Thị Dung / Phan Văn Dũng
  const RunResult r = sort(input, {"--check"});
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_EQ(r.out,
            "list.txt:22: 'Lê Thị Dung' is out of order: it comes before 'Phan Văn Dũng' "
            "(line 21)\n");
}

TEST_F(NamesSort, BadDateNamesLineAndColumn) {
  const RunResult r = sort({"Lê An", "Trần Bình\t31/02/1970"});
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_EQ(r.err,
            "error: list.txt:2:11: field 'ngày sinh': '31/02/1970' is not a date like "
            "15/09/1970\n");
}

TEST_F(NamesSort, LegacyEncodingIsRefusedWithAHint) {
  const RunResult r = sort({"Lê An", "\xA7\xC6ng V\xA8n Th\xB5nh"});  // TCVN3 bytes
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_EQ(r.err.rfind("error: list.txt:2:1: invalid UTF-8 (byte 0xA7): the text seems to be in "
                        "a legacy Vietnamese encoding",
                        0),
            0u)
      << r.err;
}

}  // namespace
}  // namespace thuky::test
