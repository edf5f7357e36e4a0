// Every field type of the table SDK with good and bad values, and the partial-date rule.
#include <gtest/gtest.h>

#include "table/csv_writer.hpp"
#include "table/field_parser.hpp"
#include "table/header_row.hpp"
#include "thuky/text/partial_date.hpp"

namespace thuky::table {
namespace {

Cell text_cell(std::string text) {
  return Cell{CellKind::kText, std::move(text), 0, 1, 1};
}
Cell number_cell(double n, std::string text) {
  return Cell{CellKind::kNumber, std::move(text), n, 1, 0};
}

// The stored text, or "!" followed by the problem.
std::string parsed(const Field& field, const Cell& cell) {
  Value v;
  const std::optional<Message> problem = parse_field(field, cell, v);
  return problem ? "!" + problem->english() : v.text;
}
std::string parsed(FieldType type, const std::string& text) {
  return parsed(Field{.key = "f", .label = "F", .type = type}, text_cell(text));
}

TEST(TableFields, TextIsCleanedNfcAndRefusesControlCharacters) {
  EXPECT_EQ(parsed(FieldType::kText, "  Nguye\xCC\x82\xCC\x83n   Văn\tAn "), "Nguyễn Văn An");
  EXPECT_EQ(parsed(FieldType::kText,
                   "a\x01"
                   "b"),
            "!'a\\x01b' holds a control character (code 1); retype the cell");
  EXPECT_EQ(parsed(FieldType::kText, "#N/A"),
            "!'#N/A' is an Excel error (a formula that failed); correct the sheet");
  // Valid text that shares characters with legacy encodings is not refused.
  EXPECT_EQ(parsed(FieldType::kText, "Jürgen Müller"), "Jürgen Müller");
  EXPECT_EQ(parsed(FieldType::kText, "ABC® ©"), "ABC® ©");
  EXPECT_EQ(
      parsed(FieldType::kText, "§Æng V¨n Thµnh").rfind("!'§Æng V¨n Thµnh' looks like text", 0), 0u);
}

TEST(TableFields, IntegersInVietnameseAndPlainNotation) {
  EXPECT_EQ(parsed(FieldType::kInteger, "1.841"), "1841");
  EXPECT_EQ(parsed(FieldType::kInteger, "10 928"), "10928");
  EXPECT_EQ(parsed(FieldType::kInteger, "-25"), "-25");
  EXPECT_EQ(parsed(FieldType::kInteger, "12,5"), "!'12,5' is not a whole number");
  EXPECT_EQ(parsed(FieldType::kInteger, "1.84"), "!'1.84' is not a whole number");
  EXPECT_EQ(parsed(Field{.key = "n", .type = FieldType::kInteger}, number_cell(300, "300")), "300");
  EXPECT_EQ(parsed(Field{.key = "n", .type = FieldType::kInteger}, number_cell(0.5, "0.5")),
            "!'0.5' is not a whole number");
  // A whole number past what is stored exactly: too large, not "not a whole number".
  EXPECT_EQ(parsed(FieldType::kInteger, "9000000000000000"), "9000000000000000");
  EXPECT_EQ(parsed(FieldType::kInteger, "12345678901234567890"),
            "!'12345678901234567890' is too large: a whole number here is at most "
            "9000000000000000");
  EXPECT_EQ(parsed(FieldType::kInteger, "-12345678901234567890"),
            "!'-12345678901234567890' is too large: a whole number here is at most "
            "9000000000000000");
  EXPECT_EQ(parsed(Field{.key = "n", .type = FieldType::kInteger}, number_cell(1e20, "1E+20")),
            "!'1E+20' is too large: a whole number here is at most 9000000000000000");
}

// A name column: invisible formatting cleaned away, what no name holds refused
// (thuky/text/name_check.hpp), an only-invisible cell empty.
TEST(TableFields, PersonNames) {
  EXPECT_EQ(parsed(FieldType::kPersonName, "Nguyễn\u00A0Văn\u200B An"), "Nguyễn Văn An");
  EXPECT_EQ(parsed(FieldType::kPersonName, "Lê Văn 2"),
            "!'Lê Văn 2' holds the digit '2': a name has no digits");
  // The apostrophe the CSV export puts before a formula-like cell comes off, then the formula
  // is refused as a name.
  EXPECT_EQ(
      parsed(FieldType::kPersonName, "'=1+1"),
      "!'=1+1' begins with '=' like a spreadsheet formula: it is not a name; retype the name");
  Value out;
  EXPECT_FALSE(parse_field(Field{.key = "n", .type = FieldType::kPersonName},
                           text_cell("\u200B\u00A0"), out));
  EXPECT_FALSE(out.present);
}

TEST(TableFields, DecimalsWithTheCommaOrThePoint) {
  EXPECT_EQ(parsed(FieldType::kDecimal, "45,37"), "45.37");
  EXPECT_EQ(parsed(FieldType::kDecimal, "1.500.050,30"), "1500050.3");
  EXPECT_EQ(parsed(FieldType::kDecimal, "45.37"), "45.37");
  EXPECT_EQ(parsed(FieldType::kDecimal, "4,5,6"),
            "!'4,5,6' is not a number like 45,37 or 1.500.050,30");
  EXPECT_EQ(parsed(FieldType::kDecimal, "ba"), "!'ba' is not a number like 45,37 or 1.500.050,30");
}

TEST(TableFields, DatesInEveryFormOfficesWrite) {
  EXPECT_EQ(parsed(FieldType::kDate, "15/09/2020"), "2020-09-15");
  EXPECT_EQ(parsed(FieldType::kDate, "5/9/2020"), "2020-09-05");
  EXPECT_EQ(parsed(FieldType::kDate, "2020-09-15"), "2020-09-15");
  EXPECT_EQ(parsed(FieldType::kDate, "15.09.2020"), "2020-09-15");
  EXPECT_EQ(parsed(FieldType::kDate, "29/02/2021"), "!'29/02/2021' is not a date like 15/09/1970");
  EXPECT_EQ(parsed(FieldType::kDate, "09/2005"), "!'09/2005' is not a date like 15/09/1970");
  const Field partial{.key = "d", .type = FieldType::kDate, .partial_date = true};
  EXPECT_EQ(parsed(partial, text_cell("03/2005")), "2005-03");
  EXPECT_EQ(parsed(partial, text_cell("2005")), "2005");
  EXPECT_EQ(parsed(partial, number_cell(2005, "2005")), "2005");
  EXPECT_EQ(parsed(partial, text_cell("13/2005")),
            "!'13/2005' is not a date like 15/09/1970 (or 09/1970, or 1970 when the day is "
            "unknown)");
  // Excel cells: a date cell is a date; a plain number is not read as a day count (only a year).
  EXPECT_EQ(parsed(partial, Cell{CellKind::kDate, "2020-09-15", 44089, 1, 0}), "2020-09-15");
  EXPECT_EQ(parsed(partial, number_cell(44089, "44089")),
            "!'44089' is not a date like 15/09/1970 (or 09/1970, or 1970 when the day is "
            "unknown)");
  const Field whole{.key = "d", .type = FieldType::kDate};
  EXPECT_EQ(parsed(whole, number_cell(44089, "44089")), "!'44089' is not a date like 15/09/1970");
  EXPECT_EQ(parsed(whole, number_cell(1960, "1960")), "!'1960' is not a date like 15/09/1970");
  EXPECT_EQ(parsed(partial, number_cell(1960, "1960")), "1960");
}

TEST(TableFields, PartialDatesFollowTheElectionLawRule) {
  const auto month = text::PartialDate::parse("03/2005", true);
  ASSERT_TRUE(month);
  EXPECT_EQ(month->effective(), (text::Date{2005, 3, 1}));
  EXPECT_EQ(month->dmy(), "03/2005");
  const auto year = text::PartialDate::parse("2005", true);
  ASSERT_TRUE(year);
  EXPECT_EQ(year->effective(), (text::Date{2005, 1, 1}));
  EXPECT_EQ(year->stored(), "2005");
  // Age on election day 15/3/2026: born "2008" counts as 01/01/2008 → 18; born 16/03/2008 → 17.
  EXPECT_EQ(text::age_on(*text::PartialDate::parse("2008", true), text::Date{2026, 3, 15}), 18);
  EXPECT_EQ(text::age_on(*text::PartialDate::parse("16/03/2008", false), text::Date{2026, 3, 15}),
            17);
  EXPECT_EQ(text::age_on(*text::PartialDate::parse("15/03/2008", false), text::Date{2026, 3, 15}),
            18);
  EXPECT_FALSE(text::PartialDate::parse("2005", false));
}

TEST(TableFields, EnumsMatchWithoutCaseOrDiacritics) {
  const Field gender{.key = "g",
                     .label = "Giới tính",
                     .type = FieldType::kEnum,
                     .choices = {{"nam", {"M"}}, {"nữ", {"F"}}}};
  EXPECT_EQ(parsed(gender, text_cell("NỮ")), "nữ");
  EXPECT_EQ(parsed(gender, text_cell("nu")), "nữ");
  EXPECT_EQ(parsed(gender, text_cell("m")), "nam");
  EXPECT_EQ(parsed(gender, text_cell("Bà")), "!'Bà' is not one of: Nam, Nữ");
}

TEST(TableFields, PhonesIdsEmailsAndYesNo) {
  EXPECT_EQ(parsed(FieldType::kPhone, "0912 345 678"), "0912345678");
  EXPECT_EQ(parsed(FieldType::kPhone, "+84 912.345.678"), "+84912345678");
  EXPECT_EQ(parsed(FieldType::kPhone, "0912-ABC"),
            "!'0912-ABC' is not a phone number like 0912 345 678");
  // Excel drops the leading zero of a phone typed as a number.
  EXPECT_EQ(
      parsed(Field{.key = "p", .type = FieldType::kPhone}, number_cell(912345678, "912345678")),
      "0912345678");
  EXPECT_EQ(parsed(FieldType::kCitizenId, "042 085 001 234"), "042085001234");
  EXPECT_EQ(parsed(FieldType::kCitizenId, "183456789"), "183456789");
  EXPECT_EQ(parsed(Field{.key = "c", .type = FieldType::kCitizenId},
                   number_cell(42085001234, "42085001234")),
            "042085001234");
  EXPECT_EQ(parsed(FieldType::kCitizenId, "12345"),
            "!'12345' is not a citizen id: a căn cước has 12 digits, an old chứng minh nhân dân 9");
  EXPECT_EQ(parsed(FieldType::kEmail, "vanphong@hatinh.gov.vn"), "vanphong@hatinh.gov.vn");
  EXPECT_EQ(parsed(FieldType::kEmail, "van phong@x.vn"),
            "!'van phong@x.vn' is not an email address like ten@donvi.gov.vn");
  EXPECT_EQ(parsed(FieldType::kYesNo, "Có"), "1");
  EXPECT_EQ(parsed(FieldType::kYesNo, "x"), "1");
  EXPECT_EQ(parsed(FieldType::kYesNo, "không"), "0");
  EXPECT_EQ(parsed(Field{.key = "y", .type = FieldType::kYesNo},
                   Cell{CellKind::kBoolean, "TRUE", 1, 1, 0}),
            "1");
  EXPECT_EQ(parsed(FieldType::kYesNo, "có lẽ"),
            "!'có lẽ' is neither Có nor Không (x for yes, empty for no)");
}

TEST(TableFields, AnExtraCheckRunsOnParsedValues) {
  const Field age{.key = "a", .type = FieldType::kInteger, .check = [](const Value& v) {
                    return v.integer < 18 ? std::string("is under 18") : std::string();
                  }};
  EXPECT_EQ(parsed(age, text_cell("17")), "!is under 18");
  EXPECT_EQ(parsed(age, text_cell("18")), "18");
}

TEST(TableFields, HeadersCompareWithoutCaseDiacriticsOrMarks) {
  EXPECT_EQ(header_key("Họ và tên (*)"), "ho va ten");
  EXPECT_EQ(header_key("HỌ VÀ TÊN"), "ho va ten");
  EXPECT_EQ(header_key("Ho_va_ten"), "ho va ten");
  EXPECT_EQ(column_letter(1), "A");
  EXPECT_EQ(column_letter(26), "Z");
  EXPECT_EQ(column_letter(27), "AA");
  EXPECT_EQ(column_letter(16384), "XFD");
}

// "Hộ" (household) and "Họ" (family name) read the same without diacritics: a header written
// with its diacritics is the field it spells; one written without them is the first that fits.
TEST(TableFields, AHeaderWithItsDiacriticsIsTheFieldItSpells) {
  const TableSchema schema{"voters",
                           {{.key = "name", .label = "Họ và tên"},
                            {.key = "family", .label = "Họ"},
                            {.key = "household", .label = "Hộ", .aliases = {"Mã hộ"}}}};
  const auto bound = [&](std::vector<std::string> headers) {
    Row row{1, {}};
    for (auto& h : headers)
      row.cells.push_back(Cell{CellKind::kText, h, 0, static_cast<int>(row.cells.size()) + 1, 0});
    HeaderRow out;
    int matches = 0;
    const auto problem = bind_header(schema, row, out, matches);
    std::string fields;
    for (const auto& c : out.columns)
      fields += (fields.empty() ? "" : ",") + (c.field < 0 ? "-" : schema.fields[c.field].key);
    return problem ? "!" + problem->english() : fields;
  };
  const std::string spelled = "name,household,family";
  EXPECT_EQ(bound({"Họ và tên", "Hộ", "HỌ"}), spelled);
  const std::string nfd_and_case = "household";
  EXPECT_EQ(bound({"HÔ\xCC\xA3"}), nfd_and_case);
  const std::string plain = "name,family";
  EXPECT_EQ(bound({"Ho va ten", "Ho"}), plain);
}

// A cell a spreadsheet would run ("=HYPERLINK(…)", "-2+3+cmd|…") is written behind an
// apostrophe; numbers and phone numbers are not. The import takes the apostrophe off again.
TEST(TableFields, CellsThatWouldRunAsFormulasAreWrittenInertAndReadBackAsTheyWere) {
  const auto csv = [](std::string_view v) {
    std::string out;
    append_csv_field(out, v);
    return out;
  };
  const std::string link = "'=HYPERLINK(\"http://x\")", dde = "\"'-2+3+cmd|' /C calc'!A0\"";
  EXPECT_EQ(csv("=HYPERLINK(\"http://x\")"), "\"'=HYPERLINK(\"\"http://x\"\")\"");
  EXPECT_EQ(csv("@SUM(A1)"), "'@SUM(A1)");
  EXPECT_EQ(csv("-2+3+cmd|' /C calc'!A0"), dde.substr(1, dde.size() - 2));
  EXPECT_EQ(csv("+84 912 345 678"), "+84 912 345 678");
  EXPECT_EQ(csv("-5"), "-5");
  EXPECT_EQ(csv("Nguyễn Văn An"), "Nguyễn Văn An");
  EXPECT_EQ(parsed(FieldType::kText, link), "=HYPERLINK(\"http://x\")");
  EXPECT_EQ(parsed(FieldType::kText, "'-2+3+cmd|' /C calc'!A0"), "-2+3+cmd|' /C calc'!A0");
  // An apostrophe before anything else is the user's.
  EXPECT_EQ(parsed(FieldType::kText, "'Ngô"), "'Ngô");
}

}  // namespace
}  // namespace thuky::table
