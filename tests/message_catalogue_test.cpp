// The message catalogue (thuky/message.hpp): every entry of the host's catalogues is complete
// and consistent, and the errors a user meets on the pages come out in Vietnamese with their
// place, while the command line keeps its English.

#include "thuky/message.hpp"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <string>

#include "messages/input_messages.hpp"
#include "support/catalogue_check.hpp"
#include "support/test_support.hpp"
#include "thuky/table/import.hpp"
#include "thuky/table/schema.hpp"
#include "thuky/toml_input.hpp"

namespace thuky {
namespace {

TEST(MessageCatalogue, EveryEntryHasAUniqueIdTheSamePlaceholdersAndVietnameseWords) {
  const std::vector<MessageText> all = core_messages();
  ASSERT_GT(all.size(), 60U);
  test::check_catalogue(all);
}

TEST(MessageCatalogue, ValuesFillBothLanguagesAndCountsAreWrittenTheVietnameseWay) {
  static constexpr MessageText kRows{"test.rows", "{count} rows in '{file}'",
                                     "{count} dòng trong tệp “{file}”"};
  const Message m(kRows, {count_arg("count", 1841), {"file", "a{b}.csv"}});
  const std::string english = "1841 rows in 'a{b}.csv'";
  const std::string vietnamese = "1.841 dòng trong tệp “a{b}.csv”";
  EXPECT_EQ(m.english(), english);
  EXPECT_EQ(m.vietnamese(), vietnamese);
  EXPECT_THROW(Message(kRows, {{"file", "x"}}).english(), std::logic_error);
}

TEST(MessageCatalogue, AMessageErrorSaysItsPlaceInEachLanguage) {
  const MessageError e(InputLocation{"hop.toml", 3, 26, "date"},
                       Message(msg::kRequiredKey, {{"key", "date"}}));
  const std::string english = "hop.toml:3:26: field 'date': required key 'date' is missing";
  const std::string vietnamese = "hop.toml, dòng 3, cột 26, mục “date”: thiếu mục bắt buộc “date”";
  EXPECT_EQ(std::string(e.what()), english);
  EXPECT_EQ(vietnamese_text(e), vietnamese);
  // An error no catalogue has yet is shown as it is.
  const UserError plain("something in English");
  EXPECT_EQ(vietnamese_text(plain), "something in English");
}

TEST(MessageCatalogue, ATomlMistakeIsSaidInVietnamese) {
  std::string said;
  try {
    const auto in = TomlInput::from_text("title = \"Hội nghị\"\nseats = \"ba\"\n", "hop.toml");
    (void)in.root().integer("seats", 1, 9);
  } catch (const UserError& e) {
    said = vietnamese_text(e);
  }
  const std::string expected = "hop.toml, dòng 2, cột 9, mục “seats”: cần một số nguyên từ 1 đến 9";
  EXPECT_EQ(said, expected);

  try {
    (void)TomlInput::from_text("title = \"Hội nghị\n", "hop.toml");
  } catch (const UserError& e) {
    said = vietnamese_text(e);
  }
  EXPECT_TRUE(said.starts_with("hop.toml, dòng 1, cột ")) << said;
  EXPECT_NE(said.find("tệp viết sai cú pháp TOML ("), std::string::npos) << said;
}

class MessageTableImport : public ::testing::Test {
 protected:
  test::TempDir dir_;
  table::TableSchema schema_{
      "people",
      {{.key = "name", .label = "Họ và tên", .type = table::FieldType::kText, .required = true},
       {.key = "born", .label = "Ngày sinh", .type = table::FieldType::kDate, .partial_date = true},
       {.key = "phone", .label = "Điện thoại", .type = table::FieldType::kPhone}}};

  std::filesystem::path write(const std::string& name, const std::string& content) {
    const auto file = dir_ / name;
    test::write_file(file, content);
    return file;
  }
};

TEST_F(MessageTableImport, EachRowProblemAndTheVerdictAreInVietnameseAndEnglish) {
  const auto file = write("ds.csv",
                          "Họ và tên,Ngày sinh,Điện thoại\n"
                          "Nguyễn Văn An,31/02/1970,0912345678\n"
                          ",01/01/1980,12\n");
  try {
    table::TableImport(schema_, file).run([](const table::Record&) {});
    FAIL() << "the import should be refused";
  } catch (const table::ImportErrors& e) {
    ASSERT_EQ(e.problems().size(), 3U);
    ASSERT_EQ(e.vietnamese_problems().size(), 3U);
    const std::string date_en =
        "'31/02/1970' is not a date like 15/09/1970 (or 09/1970, or 1970 when the day is unknown)";
    const std::string date_vi =
        "“31/02/1970” không phải là ngày tháng (viết như 15/09/1970; không rõ ngày thì 09/1970, "
        "không rõ tháng thì 1970)";
    EXPECT_EQ(e.problems()[0].message, date_en);
    EXPECT_EQ(e.vietnamese_problems()[0], date_vi);
    const std::string empty_vi = "đang để trống, nhưng dòng nào cũng phải có";
    EXPECT_EQ(e.vietnamese_problems()[1], empty_vi);
    const std::string phone_vi = "“12” không phải là số điện thoại (viết như 0912 345 678)";
    EXPECT_EQ(e.vietnamese_problems()[2], phone_vi);
    const std::string head = file.string() +
                             ": có 3 lỗi ở 2 dòng; chưa nhập dòng nào:\n"
                             "  dòng 2, cột B “Ngày sinh”: " +
                             date_vi + "\n";
    EXPECT_TRUE(e.vietnamese().starts_with(head)) << e.vietnamese();
    EXPECT_NE(e.vietnamese().find("“ds.rejected.csv”"), std::string::npos) << e.vietnamese();
    const std::string english_head =
        file.string() + ": 3 errors in 2 rows; nothing was imported:\n  line 2, column B";
    EXPECT_TRUE(std::string(e.what()).starts_with(english_head)) << e.what();
  }
}

TEST_F(MessageTableImport, TheRejectsFileSaysWhatIsWrongInVietnamese) {
  const auto file = write("ds.csv",
                          "Họ và tên,Ngày sinh,Điện thoại\n"
                          "Nguyễn Văn An,1970,0912345678\n"
                          "Trần Thị Bình,1/13/1980,\n");
  table::ImportOptions options;
  options.skip_invalid = true;
  const auto report = table::TableImport(schema_, file, options).run([](const table::Record&) {});
  EXPECT_EQ(report.imported, 1U);
  std::ifstream in(report.rejects_file);
  const std::string content((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  const std::string row =
      "Trần Thị Bình,1/13/1980,,\"cột B: “1/13/1980” không phải là ngày tháng (viết như "
      "15/09/1970; không rõ ngày thì 09/1970, không rõ tháng thì 1970)\"";
  EXPECT_NE(content.find(row), std::string::npos) << content;
}

TEST_F(MessageTableImport, AMissingColumnIsSaidInVietnamese) {
  const auto file = write("ds.csv", "Họ và tên,Điện thoại,Ghi chú x\nAn,0912345678,\n");
  std::string said;
  try {
    table::TableImport(schema_, file).run([](const table::Record&) {});
  } catch (const UserError& e) {
    said = vietnamese_text(e);
  }
  const std::string expected =
      file.string() +
      ", dòng 1: cột C “Ghi chú x” không phải là cột của danh sách này; các cột cần có: Họ và "
      "tên (có thể thêm: Ngày sinh, Điện thoại)";
  EXPECT_EQ(said, expected);
}

TEST_F(MessageTableImport, APluginsRowMessageReachesThePage) {
  static constexpr MessageText kTwice{"test.twice", "'{name}' is listed twice",
                                      "“{name}” có tên hai lần"};
  const auto file = write("ds.csv", "Họ và tên\nNguyễn Văn An\n");
  try {
    table::TableImport(schema_, file).run([](const table::Record& r) {
      throw table::RowMessageProblem("name", Message(kTwice, {{"name", r["name"].text}}));
    });
    FAIL() << "the import should be refused";
  } catch (const table::ImportErrors& e) {
    const std::string english = "'Nguyễn Văn An' is listed twice";
    const std::string vietnamese = "“Nguyễn Văn An” có tên hai lần";
    ASSERT_EQ(e.problems().size(), 1U);
    EXPECT_EQ(e.problems()[0].message, english);
    EXPECT_EQ(e.vietnamese_problems()[0], vietnamese);
  }
}

}  // namespace
}  // namespace thuky
