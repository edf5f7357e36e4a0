// `thuky names sort`: the official list order, end to end through the real binary.
#include <fmt/format.h>
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

std::string names_data(const std::string& file) {
  return read_file(std::filesystem::path(THUKY_TEST_DATA_DIR) / "names" / file);
}

// The list in dictionary order, written and checked by hand (63 names: tones, d/đ, u/ư,
// o/ô/ơ, a/ă/â, one- to four-word names, equal names with different birth dates, old and
// new tone placement).
std::vector<std::string> dictionary_order() {
  return lines_of(names_data("dictionary-order.txt"));
}

// The same 63 names in published order (tones part of the letter), checked by hand: only
// Hà, Hải, Hạ and Huy, Hùng change places.
std::vector<std::string> published_order() {
  return lines_of(names_data("published-order.txt"));
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

TEST_F(NamesSort, ReversedListComesBackInDictionaryOrder) {
  const auto expected = dictionary_order();
  ASSERT_GE(expected.size(), 60u);
  auto input = as_typed(expected);
  std::reverse(input.begin(), input.end());
  const RunResult r = sort(input, {"--order", "dictionary"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(lines_of(r.out), expected);
}

TEST_F(NamesSort, InterleavedListComesBackInDictionaryOrder) {
  const auto expected = dictionary_order();
  const auto typed = as_typed(expected);
  std::vector<std::string> input;
  for (std::size_t i = 1; i < typed.size(); i += 2)
    input.push_back(typed[i]);
  for (std::size_t i = 0; i < typed.size(); i += 2)
    input.push_back(typed[i]);
  const RunResult r = sort(input, {"--order", "dictionary"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(lines_of(r.out), expected);
}

TEST_F(NamesSort, PublishedOrderIsTheDefault) {
  const auto expected = published_order();
  ASSERT_EQ(expected.size(), dictionary_order().size());
  auto input = as_typed(expected);
  std::reverse(input.begin(), input.end());
  const RunResult r = sort(input);
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(lines_of(r.out), expected);
  const RunResult flagged = sort(input, {"--order", "published"});
  EXPECT_EQ(flagged.out, r.out);
}

TEST_F(NamesSort, ConfigurationChoosesTheOrder) {
  write_file(dir_ / "thuky.toml", "[text]\nname_order = \"dictionary\"\n");
  auto input = as_typed(dictionary_order());
  std::reverse(input.begin(), input.end());
  const RunResult r = sort(input);
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(lines_of(r.out), dictionary_order());
  const RunResult overridden = sort(input, {"--order", "published"});
  EXPECT_EQ(lines_of(overridden.out), published_order());
}

TEST_F(NamesSort, BadOrderInTheConfigurationNamesItsPlace) {
  write_file(dir_ / "thuky.toml", "[text]\nname_order = \"alphabetical\"\n");
  const RunResult r = sort({"Lê An"});
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_EQ(r.err, "error: " + (dir_.path() / "thuky.toml").string() +
                       ":2:14: field 'text.name_order': 'alphabetical' is not one of: "
                       "published, dictionary\n");
}

TEST_F(NamesSort, CheckAcceptsAnOrderedList) {
  const RunResult r = sort(as_typed(dictionary_order()), {"--check", "--order", "dictionary"});
  EXPECT_EQ(r.exit_code, 0) << r.out << r.err;
  EXPECT_EQ(r.out, "list.txt: 63 names, in dictionary order\n");
  const RunResult published = sort(as_typed(published_order()), {"--check"});
  EXPECT_EQ(published.exit_code, 0) << published.out << published.err;
  EXPECT_EQ(published.out, "list.txt: 63 names, in published order\n");
}

TEST_F(NamesSort, CheckReportsTheFirstLineOutOfOrder) {
  auto input = dictionary_order();
  std::swap(input[20], input[21]);  // Lê Thị Dung / Phan Văn Dũng
  const RunResult r = sort(input, {"--check", "--order", "dictionary"});
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_EQ(r.out,
            "list.txt:22: 'Lê Thị Dung' is out of order: it comes before 'Phan Văn Dũng' "
            "(line 21)\n");
  // The dictionary list is not in published order: Hà, Hạ, Hải should be Hà, Hải, Hạ.
  const RunResult published = sort(dictionary_order(), {"--check"});
  EXPECT_EQ(published.exit_code, 1);
  EXPECT_EQ(published.out,
            "list.txt:29: 'Hải' is out of order: it comes before 'Vũ Hạ' (line 28)\n");
}

// Each unit of tests/data/names/published-lists.txt (sources cited there), as its own file.
std::vector<std::pair<std::string, std::vector<std::string>>> published_units() {
  std::vector<std::pair<std::string, std::vector<std::string>>> units;
  for (const auto& line : lines_of(names_data("published-lists.txt"))) {
    if (line.rfind("## ", 0) == 0)
      units.push_back({line.substr(3), {}});
    else if (!line.empty() && line[0] != '#')
      units.back().second.push_back(line);
  }
  return units;
}

TEST_F(NamesSort, PublishedListsPassTheCheckUnitByUnit) {
  const auto units = published_units();
  ASSERT_EQ(units.size(), 6u);
  for (const auto& [unit, names] : units) {
    const RunResult r = sort(names, {"--check"});
    EXPECT_EQ(r.exit_code, 0) << unit << "\n" << r.out << r.err;
    EXPECT_EQ(r.out, "list.txt: " + std::to_string(names.size()) + " names, in published order\n")
        << unit;
  }
}

TEST_F(NamesSort, DictionaryOrderReversesThePublishedPairs) {
  for (const auto& [unit, names] : published_units()) {
    if (unit.rfind("[QH15]", 0) != 0)
      continue;
    const RunResult r = sort(names, {"--check", "--order", "dictionary"});
    EXPECT_EQ(r.exit_code, 1) << unit;
    EXPECT_EQ(r.out, "list.txt:2: '" + names[1] + "' is out of order: it comes before '" +
                         names[0] + "' (line 1)\n");
  }
}

TEST_F(NamesSort, AliasesArePrintedButNotSortedBy) {
  const std::vector<std::string> expected = {"Đặng Minh Châu (Hòa thượng Thích Bảo Nghiêm)",
                                             "Lê Văn Chiến",
                                             "Y Jone Ktull (Ama Drim)",
                                             "Lê Văn Lâm",
                                             "Nguyễn Văn Thạnh (Lâm)",
                                             "Nguyễn Thiện Thức (Nguyễn Thành Phúc)"};
  for (const char* order : {"published", "dictionary"}) {
    auto input = expected;
    std::reverse(input.begin(), input.end());
    const RunResult r = sort(input, {"--order", order});
    ASSERT_EQ(r.exit_code, 0) << r.err;
    EXPECT_EQ(lines_of(r.out), expected) << order;
  }
}

TEST_F(NamesSort, ApostrophesInEthnicMinorityNamesAreNotLetters) {
  const std::vector<std::string> expected = {"Niê H′Dry", "Ksor H'Hen", "Ksor Hlong", "Nay H'Luân"};
  auto input = expected;
  std::reverse(input.begin(), input.end());
  const RunResult r = sort(input);
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(lines_of(r.out), expected);
}

TEST_F(NamesSort, EqualNamesAreOrderedByBirthDateUnknownLast) {
  const RunResult r = sort({"Nguyễn Văn An", "Nguyễn Văn An\t15/3/1975", "Nguyễn Văn Ân",
                            "Nguyễn Văn An\t01/01/1960", "Nguyễn  Văn  An"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out,
            "Nguyễn Văn An\t01/01/1960\nNguyễn Văn An\t15/03/1975\nNguyễn Văn An\nNguyễn Văn "
            "An\nNguyễn Văn Ân\n");
}

TEST_F(NamesSort, TonePlacementVariantsAreEqualAndPrintedAsEntered) {
  const RunResult r = sort({"Trần Thị Hòa\t02/02/1980", "Nguyễn Thị Hoà", "Lê Thuỷ",
                            "Trần Thị Hoà\t01/01/1970", "Lê Thủy"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out,
            "Nguyễn Thị Hoà\nTrần Thị Hoà\t01/01/1970\nTrần Thị Hòa\t02/02/1980\nLê Thuỷ\nLê "
            "Thủy\n");
}

TEST_F(NamesSort, ExplainSaysWhichPartAndLetterDecide) {
  const RunResult r =
      run_thuky({"names", "sort", "--explain", "Phạm Văn Hòa", "Lê Minh Hoan"}, dir_.path());
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out,
            "'Lê Minh Hoan' comes before 'Phạm Văn Hòa' in the published order:\n"
            "- the given names (tên) decide: 'Hoan' before 'Hòa', letter 2: 'o' comes before "
            "'ò' (tone ngang before huyền: a vowel with a tone is a letter of its own, right "
            "after the plain one)\n");
  const RunResult dictionary = run_thuky(
      {"names", "sort", "--order", "dictionary", "--explain", "Zơ Râm Duy", "Lê Văn Dũng"},
      dir_.path());
  ASSERT_EQ(dictionary.exit_code, 0) << dictionary.err;
  EXPECT_EQ(dictionary.out,
            "'Lê Văn Dũng' comes before 'Zơ Râm Duy' in the dictionary order:\n"
            "- the given names (tên) decide: 'Dũng' before 'Duy', letter 3: 'n' comes before "
            "'y'\n");
}

// A list longer than --memory is sorted in runs on disk and merged: the same order, no file
// left behind in TMPDIR.
TEST_F(NamesSort, AListLargerThanTheMemoryIsSortedInRunsAndMerged) {
  std::vector<std::string> names;  // without the lines that carry a date already
  for (const auto& line : published_order()) {
    if (line.find('\t') == std::string::npos)
      names.push_back(line);
  }
  const auto date = [](int r) {
    return fmt::format("{:02}/{:02}/{}", 1 + r % 28, 1 + r / 28 % 12, 1950 + r / (28 * 12));
  };
  constexpr int kDates = 400;  // 25,200 lines: about 3 MB of keys and text
  std::vector<std::string> input, expected;
  for (int r = kDates; r-- > 0;) {
    for (auto it = names.rbegin(); it != names.rend(); ++it)
      input.push_back(*it + "\t" + date(r));
  }
  for (const auto& name : names) {
    for (int r = 0; r < kDates; ++r)
      expected.push_back(name + "\t" + date(r));
  }
  write_file(dir_ / "list.txt", joined(input));
  std::filesystem::create_directories(dir_ / "tmp");
  const RunResult runs = run_thuky({"names", "sort", "list.txt", "--memory", "1"}, dir_.path(),
                                   {{"TMPDIR", (dir_ / "tmp").string()}});
  ASSERT_EQ(runs.exit_code, 0) << runs.err;
  EXPECT_EQ(lines_of(runs.out), expected);
  EXPECT_TRUE(std::filesystem::is_empty(dir_ / "tmp"));
  const RunResult in_memory = sort(input);
  EXPECT_EQ(in_memory.out, runs.out);
}

TEST_F(NamesSort, OverlongLineIsRefusedNamingTheLine) {
  const RunResult r = sort({"Lê An", std::string(70000, 'a'), "Lê Bình"});
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_EQ(r.err,
            "error: list.txt:2: the line is 70000 bytes long; a line holds one name and at most "
            "65536 bytes (is this a list of names?)\n");
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
