// Excel workbooks in and out: the .xlsx reader on files LibreOffice and libxlsxwriter wrote, on
// hand-made parts and on hostile files; the writer read back by the reader and by its XML.
// Through the SDK entry points (open_rows, create_table_file), which pick them by extension.
#include <gtest/gtest.h>
#include <zip.h>

#include <cmath>
#include <map>
#include <stdexcept>

#include "support/test_support.hpp"
#include "thuky/error.hpp"
#include "thuky/table/import.hpp"
#include "thuky/table/schema.hpp"
#include "thuky/table/source.hpp"
#include "thuky/table/writer.hpp"

namespace thuky::table {
namespace {

namespace fs = std::filesystem;
using test::TempDir;

const fs::path kFixtures = fs::path(THUKY_TEST_DATA_DIR) / "xlsx";

// --- zip helpers ----------------------------------------------------------------------------

using Parts = std::map<std::string, std::string>;

void write_zip(const fs::path& file, const Parts& parts) {
  int error = 0;
  zip_t* zip = zip_open(file.c_str(), ZIP_CREATE | ZIP_TRUNCATE, &error);
  ASSERT_NE(zip, nullptr);
  for (const auto& [name, content] : parts) {
    zip_source_t* source = zip_source_buffer(zip, content.data(), content.size(), 0);
    ASSERT_GE(zip_file_add(zip, name.c_str(), source, ZIP_FL_OVERWRITE), 0);
  }
  ASSERT_EQ(zip_close(zip), 0);
}

std::string read_part(const fs::path& file, const std::string& part) {
  int error = 0;
  zip_t* zip = zip_open(file.c_str(), ZIP_RDONLY, &error);
  if (zip == nullptr)
    throw std::runtime_error("not a zip: " + file.string());
  zip_file_t* entry = zip_fopen(zip, part.c_str(), 0);
  if (entry == nullptr) {
    zip_discard(zip);
    throw std::runtime_error("no part " + part);
  }
  std::string text;
  char buffer[4096];
  zip_int64_t got = 0;
  while ((got = zip_fread(entry, buffer, sizeof buffer)) > 0)
    text.append(buffer, static_cast<std::size_t>(got));
  zip_fclose(entry);
  zip_discard(zip);
  return text;
}

void replace_part(const fs::path& file, const std::string& part, const std::string& content) {
  int error = 0;
  zip_t* zip = zip_open(file.c_str(), 0, &error);
  ASSERT_NE(zip, nullptr);
  zip_source_t* source = zip_source_buffer(zip, content.data(), content.size(), 0);
  ASSERT_GE(zip_file_add(zip, part.c_str(), source, ZIP_FL_OVERWRITE), 0);
  ASSERT_EQ(zip_close(zip), 0);
}

const char* const kMain = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const char* const kRel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

std::string sheet_xml(const std::string& rows) {
  return std::string(
             "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
             "<worksheet xmlns=\"") +
         kMain + "\" xmlns:r=\"" + kRel + "\">\n<sheetData>" + rows +
         "</sheetData>\n<mergeCells count=\"1\"><mergeCell ref=\"A1:C1\"/></mergeCells>\n"
         "</worksheet>";
}

// A minimal workbook: one sheet "Trang 1" with `rows`, optional shared strings and styles.
Parts workbook_parts(const std::string& rows, const std::string& strings = {},
                     const std::string& styles = {}, const std::string& workbook_pr = {}) {
  Parts parts;
  parts["[Content_Types].xml"] =
      "<?xml version=\"1.0\"?><Types "
      "xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>";
  parts["_rels/.rels"] =
      std::string(
          "<?xml version=\"1.0\"?><Relationships "
          "xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
          "<Relationship Id=\"rId1\" Type=\"") +
      kRel + "/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>";
  parts["xl/workbook.xml"] = std::string("<?xml version=\"1.0\"?><workbook xmlns=\"") + kMain +
                             "\" xmlns:r=\"" + kRel + "\">" + workbook_pr +
                             "<sheets><sheet name=\"Trang 1\" sheetId=\"1\" r:id=\"rId1\"/>"
                             "</sheets></workbook>";
  std::string rels = std::string(
                         "<?xml version=\"1.0\"?><Relationships "
                         "xmlns=\"http://schemas.openxmlformats.org/package/2006/"
                         "relationships\"><Relationship Id=\"rId1\" Type=\"") +
                     kRel + "/worksheet\" Target=\"worksheets/sheet1.xml\"/>";
  if (!strings.empty()) {
    rels += std::string("<Relationship Id=\"rId2\" Type=\"") + kRel +
            "/sharedStrings\" Target=\"sharedStrings.xml\"/>";
    parts["xl/sharedStrings.xml"] =
        std::string("<?xml version=\"1.0\"?><sst xmlns=\"") + kMain + "\">" + strings + "</sst>";
  }
  if (!styles.empty()) {
    rels += std::string("<Relationship Id=\"rId3\" Type=\"") + kRel +
            "/styles\" Target=\"/xl/styles.xml\"/>";  // an absolute target
    parts["xl/styles.xml"] = std::string("<?xml version=\"1.0\"?><styleSheet xmlns=\"") + kMain +
                             "\">" + styles + "</styleSheet>";
  }
  parts["xl/_rels/workbook.xml.rels"] = rels + "</Relationships>";
  parts["xl/worksheets/sheet1.xml"] = sheet_xml(rows);
  return parts;
}

// --- reading helpers ------------------------------------------------------------------------

char kind_letter(CellKind kind) {
  switch (kind) {
    case CellKind::kEmpty:
      return 'e';
    case CellKind::kText:
      return 't';
    case CellKind::kNumber:
      return 'n';
    case CellKind::kBoolean:
      return 'b';
    case CellKind::kDate:
      return 'd';
  }
  return '?';
}

// "3|n:1|t:Nguyễn|d:1972-05-19||b:TRUE": the row number, then each cell's kind and text
// (an empty cell is an empty field). Checks that cells[i].column == i + 1.
std::string describe(const Row& row) {
  std::string out = std::to_string(row.number);
  for (std::size_t i = 0; i < row.cells.size(); ++i) {
    const Cell& cell = row.cells[i];
    EXPECT_EQ(cell.column, static_cast<int>(i + 1)) << "row " << row.number;
    out += '|';
    if (cell.kind != CellKind::kEmpty || !cell.text.empty())
      out += std::string(1, kind_letter(cell.kind)) + ":" + cell.text;
  }
  return out;
}

std::vector<Row> read_rows(const fs::path& file, const std::string& sheet = {}) {
  auto source = open_rows(file, SourceOptions{sheet});
  std::vector<Row> rows;
  Row row;
  while (source->next(row))
    rows.push_back(row);
  EXPECT_DOUBLE_EQ(source->fraction_read(), 1.0);
  return rows;
}

std::vector<std::string> read_described(const fs::path& file, const std::string& sheet = {}) {
  std::vector<std::string> out;
  for (const Row& row : read_rows(file, sheet))
    out.push_back(describe(row));
  return out;
}

std::string error_of(const fs::path& file, const std::string& sheet = {}) {
  try {
    read_rows(file, sheet);
  } catch (const UserError& e) {
    return e.what();
  }
  return "(no error)";
}

using Lines = std::vector<std::string>;

// --- fixtures -------------------------------------------------------------------------------

TEST(XlsxFixtures, LibreOfficeMergedTitleEmptyRowDatesNumbersAndTextPhone) {
  const fs::path file = kFixtures / "libreoffice.xlsx";
  EXPECT_EQ(read_described(file),
            (Lines{
                // The merged title: only its top-left cell has the value.
                "1|t:DANH SÁCH CÁN BỘ ỦY BAN MTTQ TỈNH",
                "2|t:STT|t:Họ và tên|t:Ngày sinh|t:Điện thoại|t:Phụ cấp|t:Đảng viên|t:Đến lúc",
                "3|n:1|t:Nguyễn Thị Mai Thuỷ|d:1972-05-19|t:0912345678|n:1250000.5|b:TRUE|"
                "d:2020-09-15T08:30:00",
                "4|n:2|t:Hà Văn Hùng|d:1965-03-02|n:84912345678||b:FALSE",
                // Row 5 is empty: skipped, and the numbers say so.
                "6|n:3|t:Đặng Văn Thành||t:0239 3856 123|n:980000",
            }));
  const std::vector<Row> rows = read_rows(file);
  EXPECT_EQ(rows[2].at(3).number, 26438);  // the serial
  EXPECT_EQ(rows[2].at(5).number, 1250000.5);
  EXPECT_EQ(rows[2].at(6).number, 1);
  EXPECT_NEAR(rows[2].at(7).number, 44089 + 8.5 / 24, 1e-9);
  EXPECT_EQ(rows[3].at(4).number, 84912345678.0);
  EXPECT_EQ(rows[3].at(9).kind, CellKind::kEmpty);  // past the end

  EXPECT_EQ(read_described(file, "Ghi chú"), (Lines{"1|t:Cập nhật ngày 15/9/2020"}));
}

TEST(XlsxFixtures, LibxlsxwriterSharedAndRichStringsFormulasDateFormatsGaps) {
  const fs::path file = kFixtures / "libxlsxwriter.xlsx";
  EXPECT_EQ(read_described(file),
            (Lines{
                "1|t:Họ và tên|t:Ngày sinh|t:Điện thoại|t:Phụ cấp|t:Có mặt|t:Ghi chú",
                // Custom "dd/mm/yyyy"; a phone-like integer; a money format is no date;
                // spaces kept (xml:space="preserve").
                "2|t:Nguyễn Thị Mai Thuỷ|d:1972-05-19|n:84912345678|n:1250000.5|b:TRUE|"
                "t:  hai dấu cách  ",
                // Rich text runs joined; built-in format 14; formula results (text, number).
                "3|t:Trần Thị Bình|d:1965-03-02|t:0912345678|n:2|b:FALSE",
                // Row 4 has only styled empty cells and row 5 is missing: both skipped.
                // "[$-42A]dd/mm/yyyy", a date-time, a time alone, a negative number.
                "6|t:Đặng Văn Thành|||d:1980-12-31||d:2020-09-15T08:30:00|d:14:05:00|n:-3.25",
            }));
  const std::vector<Row> rows = read_rows(file);
  EXPECT_NEAR(rows[3].at(7).number, (14 + 5 / 60.0) / 24, 1e-9);
  EXPECT_EQ(read_described(file, "Tổng hợp"), (Lines{"1|t:Tổng số|n:3"}));
}

TEST(XlsxFixtures, SheetNamesMatchWhateverTheCaseOrNormalization) {
  EXPECT_EQ(read_described(kFixtures / "libreoffice.xlsx", "GHI CHÚ"),
            (Lines{"1|t:Cập nhật ngày 15/9/2020"}));
  // "Ghi chú" typed in NFD (u + combining acute).
  EXPECT_EQ(read_described(kFixtures / "libreoffice.xlsx", "Ghi chu\xCC\x81"),
            (Lines{"1|t:Cập nhật ngày 15/9/2020"}));
}

TEST(XlsxFixtures, UnknownSheetListsTheSheetsTheWorkbookHas) {
  const std::string message = error_of(kFixtures / "libreoffice.xlsx", "Trang 3");
  EXPECT_NE(message.find("libreoffice.xlsx' has no sheet named 'Trang 3'"), std::string::npos)
      << message;
  EXPECT_NE(message.find("its sheets are 'Danh sách', 'Ghi chú'"), std::string::npos) << message;
}

TEST(XlsxFixtures, FractionReadGrowsToOne) {
  auto source = open_rows(kFixtures / "libreoffice.xlsx", SourceOptions{});
  EXPECT_EQ(source->name(), (kFixtures / "libreoffice.xlsx").string());
  double last = source->fraction_read();
  EXPECT_LT(last, 0.5);
  Row row;
  while (source->next(row)) {
    EXPECT_GE(source->fraction_read(), last);
    last = source->fraction_read();
  }
  EXPECT_EQ(source->fraction_read(), 1.0);
  EXPECT_FALSE(source->next(row));  // and stays at the end
}

// --- cell kinds, positions, dates from hand-made parts --------------------------------------

TEST(XlsxReader, CellTypesFromTheirXml) {
  TempDir dir;
  const std::string strings =
      "<si><t>Hà Nội</t></si>"
      // Rich text with a phonetic guide, which is not part of the text.
      "<si><r><rPr><b/></rPr><t>Lê </t></r><r><t xml:space=\"preserve\">Văn An </t></r>"
      "<rPh sb=\"0\" eb=\"1\"><t>レ</t></rPh><phoneticPr fontId=\"1\"/></si>"
      "<si><t/></si>";
  const std::string rows =
      "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"B1\" t=\"s\"><v>1</v></c>"
      "<c r=\"C1\" t=\"inlineStr\"><is><r><t>Trực </t></r><r><t>tiếp</t></r></is></c>"
      "<c r=\"D1\" t=\"str\"><f>A1&amp;\"!\"</f><v>Hà Nội!</v></c>"
      "<c r=\"E1\" t=\"e\"><f>VLOOKUP(1,A:A,2)</f><v>#N/A</v></c>"
      "<c r=\"F1\" t=\"b\"><v>1</v></c>"
      "<c r=\"G1\" t=\"d\"><v>2020-09-15T08:30:00Z</v></c>"
      "<c r=\"H1\" t=\"d\"><v>2020-09-15</v></c>"
      "<c r=\"I1\" t=\"n\"><v>1.5E-3</v></c>"
      "<c r=\"J1\"><v>45.370000000000005</v></c>"
      "<c r=\"K1\"><v>1E+21</v></c>"
      "<c r=\"L1\"><v>0.1</v></c>"
      "<c r=\"M1\" t=\"s\"><v>2</v></c>"   // the empty string: an empty cell
      "<c r=\"N1\"><f>SUM(A2:A3)</f></c>"  // a formula never calculated: empty
      "<c r=\"O1\"><v>-0</v></c></row>";
  write_zip(dir / "t.xlsx", workbook_parts(rows, strings));
  const std::vector<Row> read = read_rows(dir / "t.xlsx");
  ASSERT_EQ(read.size(), 1u);
  EXPECT_EQ(describe(read[0]),
            "1|t:Hà Nội|t:Lê Văn An |t:Trực tiếp|t:Hà Nội!|t:#N/A|b:TRUE|d:2020-09-15T08:30:00|"
            "d:2020-09-15|n:0.0015|n:45.37|n:1e+21|n:0.1|||n:0");
  EXPECT_EQ(read[0].at(6).number, 1);
  EXPECT_NEAR(read[0].at(7).number, 44089 + 8.5 / 24, 1e-9);
  EXPECT_EQ(read[0].at(10).number, 45.370000000000005);  // the value itself stays exact
}

TEST(XlsxReader, PositionsGapsMissingReferencesAndRowOrder) {
  TempDir dir;
  const std::string rows =
      "<row r=\"3\"><c r=\"C3\"><v>3</v></c><c r=\"A3\"><v>1</v></c></row>"  // cells out of order
      "<row><c><v>1</v></c><c><v>2</v></c><c r=\"E4\"><v>5</v></c><c><v>6</v></c></row>"
      "<row r=\"2\"><c r=\"AA2\"><v>27</v></c></row>"  // rows out of order: as written
      "<row r=\"10\"><c r=\"B10\" s=\"0\"/><c r=\"C10\" t=\"s\"/></row>"         // blank
      "<row r=\"11\"><c r=\"B11\" t=\"inlineStr\"><is><t>  </t></is></c></row>"  // blank
      "<row r=\"1048576\"><c r=\"XFD1048576\"><v>9</v></c></row>";
  write_zip(dir / "t.xlsx", workbook_parts(rows));
  const std::vector<Row> read = read_rows(dir / "t.xlsx");
  ASSERT_EQ(read.size(), 4u);
  EXPECT_EQ(describe(read[0]), "3|n:1||n:3");
  EXPECT_EQ(describe(read[1]), "4|n:1|n:2|||n:5|n:6");
  EXPECT_EQ(read[2].number, 2);
  EXPECT_EQ(read[2].cells.size(), 27u);
  EXPECT_EQ(read[2].at(27).text, "27");
  EXPECT_EQ(read[3].number, 1048576);
  EXPECT_EQ(read[3].cells.size(), 16384u);
  EXPECT_EQ(read[3].at(16384).text, "9");
}

TEST(XlsxReader, DateStylesBuiltInAndCustom) {
  TempDir dir;
  const std::string styles =
      "<numFmts count=\"6\">"
      "<numFmt numFmtId=\"164\" formatCode=\"dd/mm/yyyy\"/>"
      "<numFmt numFmtId=\"165\" formatCode=\"[$-42A]dd/mm/yyyy\"/>"
      "<numFmt numFmtId=\"166\" formatCode=\"#,##0 &quot;đ/ngày&quot;\"/>"  // quoted d: no date
      "<numFmt numFmtId=\"167\" formatCode=\"[Red]0.00\"/>"                 // bracketed d: no date
      "<numFmt numFmtId=\"168\" formatCode=\"0\\d\"/>"                      // escaped d: no date
      "<numFmt numFmtId=\"169\" formatCode=\"[h]:mm:ss\"/>"                 // elapsed time
      "</numFmts>"
      "<cellStyleXfs count=\"1\"><xf numFmtId=\"14\"/></cellStyleXfs>"  // not cell formats
      "<cellXfs count=\"9\"><xf numFmtId=\"0\"/><xf numFmtId=\"14\"/><xf numFmtId=\"164\"/>"
      "<xf numFmtId=\"165\"/><xf numFmtId=\"166\"/><xf numFmtId=\"167\"/><xf numFmtId=\"168\"/>"
      "<xf numFmtId=\"22\"/><xf numFmtId=\"169\"/></cellXfs>";
  const std::string rows =
      "<row r=\"1\"><c r=\"A1\" s=\"0\"><v>44089</v></c><c r=\"B1\" s=\"1\"><v>44089</v></c>"
      "<c r=\"C1\" s=\"2\"><v>44089</v></c><c r=\"D1\" s=\"3\"><v>44089</v></c>"
      "<c r=\"E1\" s=\"4\"><v>44089</v></c><c r=\"F1\" s=\"5\"><v>44089</v></c>"
      "<c r=\"G1\" s=\"6\"><v>44089</v></c><c r=\"H1\" s=\"7\"><v>44089.75</v></c>"
      "<c r=\"I1\" s=\"99\"><v>44089</v></c>"  // a style the workbook lacks
      "<c r=\"J1\" s=\"8\"><v>1.0625</v></c></row>"
      // Excel's first days, its 29/02/1900 that never was, and the end of its dates.
      "<row r=\"2\"><c r=\"A2\" s=\"2\"><v>1</v></c><c r=\"B2\" s=\"2\"><v>59</v></c>"
      "<c r=\"C2\" s=\"2\"><v>60</v></c><c r=\"D2\" s=\"2\"><v>61</v></c>"
      "<c r=\"E2\" s=\"2\"><v>2958465</v></c><c r=\"F2\" s=\"2\"><v>2958466</v></c>"
      "<c r=\"G2\" s=\"2\"><v>-1</v></c><c r=\"H2\" s=\"7\"><v>0.75</v></c></row>";
  write_zip(dir / "t.xlsx", workbook_parts(rows, {}, styles));
  const std::vector<Row> read = read_rows(dir / "t.xlsx");
  ASSERT_EQ(read.size(), 2u);
  EXPECT_EQ(describe(read[0]),
            "1|n:44089|d:2020-09-15|d:2020-09-15|d:2020-09-15|n:44089|n:44089|n:44089|"
            "d:2020-09-15T18:00:00|n:44089|n:1.0625");
  EXPECT_EQ(describe(read[1]),
            "2|d:1900-01-01|d:1900-02-28|d:1900-02-29|d:1900-03-01|d:9999-12-31|n:2958466|n:-1|"
            "d:18:00:00");
  EXPECT_EQ(read[0].at(2).number, 44089);
  EXPECT_EQ(read[1].at(1).number, 2);  // days since 1899-12-30
  EXPECT_EQ(read[1].at(4).number, 61);
}

// A date column of a list: a cell with a date format is a date; a plain (General) number is not
// read as Excel's day count, only as a year where a year alone is a date (a birth date).
TEST(XlsxImport, OnlyDateFormattedNumbersAreDates) {
  TempDir dir;
  const std::string styles =
      "<numFmts count=\"1\"><numFmt numFmtId=\"164\" formatCode=\"dd/mm/yyyy\"/></numFmts>"
      "<cellXfs count=\"2\"><xf numFmtId=\"0\"/><xf numFmtId=\"164\"/></cellXfs>";
  const auto text = [](const std::string& ref, const std::string& value) {
    return "<c r=\"" + ref + "\" t=\"inlineStr\"><is><t>" + value + "</t></is></c>";
  };
  const std::string rows = "<row r=\"1\">" + text("A1", "Họ và tên") + text("B1", "Ngày sinh") +
                           "</row>" + "<row r=\"2\">" + text("A2", "Lê Văn Một") +
                           "<c r=\"B2\" s=\"1\"><v>25569</v></c></row>"  // formatted: 01/01/1970
                           "<row r=\"3\">" +
                           text("A3", "Lê Văn Hai") +
                           "<c r=\"B3\" s=\"0\"><v>25569</v></c></row>"  // General: no date
                           "<row r=\"4\">" +
                           text("A4", "Lê Văn Ba") +
                           "<c r=\"B4\"><v>1960</v></c></row>";  // a year alone
  write_zip(dir / "d.xlsx", workbook_parts(rows, {}, styles));
  const TableSchema schema{
      "people",
      {{.key = "name", .label = "Họ và tên"},
       {.key = "birth", .label = "Ngày sinh", .type = FieldType::kDate, .partial_date = true}}};
  std::vector<std::string> read;
  ImportOptions options;
  options.skip_invalid = true;
  const ImportReport report =
      TableImport(schema, dir / "d.xlsx", options).run([&](const Record& r) {
        read.push_back(r.text("name") + " " + r.text("birth"));
      });
  EXPECT_EQ(read, (std::vector<std::string>{"Lê Văn Một 1970-01-01", "Lê Văn Ba 1960"}));
  EXPECT_EQ(report.rejected, 1u);
  const std::string rejected = test::read_file(dir / "d.rejected.csv");
  const std::string expected =
      "cột B: “25569” không phải là ngày tháng (viết như 15/09/1970; không rõ ngày thì 09/1970, "
      "không rõ tháng thì 1970)";
  EXPECT_NE(rejected.find(expected), std::string::npos) << rejected;
}

TEST(XlsxReader, The1904DateSystem) {
  TempDir dir;
  const fs::path file = dir / "mac.xlsx";
  fs::copy_file(kFixtures / "libreoffice.xlsx", file);
  std::string workbook = read_part(file, "xl/workbook.xml");
  const auto at = workbook.find("date1904=\"false\"");
  ASSERT_NE(at, std::string::npos);
  workbook.replace(at, 16, "date1904=\"true\"");
  replace_part(file, "xl/workbook.xml", workbook);
  const std::vector<Row> rows = read_rows(file);
  // Serial 26438 counts from 1904-01-01: 1462 days later than in the 1900 system.
  EXPECT_EQ(rows[2].at(3).text, "1976-05-20");
  EXPECT_EQ(rows[2].at(3).number, 26438 + 1462);
  EXPECT_EQ(rows[2].at(7).text, "2024-09-16T08:30:00");
}

TEST(XlsxReader, WorkbookFoundThroughThePackageRelationships) {
  TempDir dir;
  Parts parts = workbook_parts("<row r=\"1\"><c r=\"A1\"><v>1</v></c></row>");
  // The main part elsewhere, its sheet by an absolute target, a hidden first sheet.
  parts["_rels/.rels"] =
      std::string(
          "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/"
          "relationships\"><Relationship Id=\"a\" Type=\"") +
      kRel + "/officeDocument\" Target=\"/book/main.xml\"/></Relationships>";
  parts["book/main.xml"] = std::string("<x:workbook xmlns:x=\"") + kMain + "\" xmlns:rel=\"" +
                           kRel +
                           "\"><x:sheets><x:sheet name=\"Ẩn\" state=\"hidden\" rel:id=\"s2\"/>"
                           "<x:sheet name=\"Hiện\" rel:id=\"s1\"/></x:sheets></x:workbook>";
  parts["book/_rels/main.xml.rels"] =
      std::string(
          "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/"
          "relationships\"><Relationship Id=\"s1\" Type=\"") +
      kRel + "/worksheet\" Target=\"/xl/worksheets/sheet1.xml\"/><Relationship Id=\"s2\" Type=\"" +
      kRel + "/worksheet\" Target=\"../xl/worksheets/sheet2.xml\"/></Relationships>";
  parts["xl/worksheets/sheet2.xml"] = sheet_xml("<row r=\"1\"><c r=\"A1\"><v>2</v></c></row>");
  parts.erase("xl/workbook.xml");
  write_zip(dir / "t.xlsx", parts);
  EXPECT_EQ(read_described(dir / "t.xlsx"), (Lines{"1|n:1"}));
  EXPECT_EQ(read_described(dir / "t.xlsx", "Ẩn"), (Lines{"1|n:2"}));
}

TEST(XlsxReader, EscapedCharactersAreDecoded) {
  TempDir dir;
  const std::string strings =
      "<si><t>a_x0001_b</t></si>"
      "<si><t>_x005F_x0041_</t></si>"  // a literal "_x0041_"
      "<si><t>_xD83D__xDE00_ cười</t></si>"
      "<si><t>_x004 _xZZZZ_ _x0000_</t></si>";  // not escapes, and no NUL
  const std::string rows =
      "<row r=\"1\"><c t=\"s\"><v>0</v></c><c t=\"s\"><v>1</v></c><c t=\"s\"><v>2</v></c>"
      "<c t=\"s\"><v>3</v></c><c t=\"inlineStr\"><is><t>x_x000D__x000A_y</t></is></c>"
      "<c t=\"str\"><v>1_x0009_2</v></c></row>";
  write_zip(dir / "t.xlsx", workbook_parts(rows, strings));
  EXPECT_EQ(read_described(dir / "t.xlsx"),
            (Lines{"1|t:a\x01"
                   "b|t:_x0041_|t:\xF0\x9F\x98\x80 cười|t:_x004 _xZZZZ_ |t:x\r\ny|"
                   "t:1\t2"}));
}

// --- hostile and damaged files --------------------------------------------------------------

TEST(XlsxHostile, NotAZipEmptyMissing) {
  TempDir dir;
  test::write_file(dir / "a.xlsx", "Họ và tên,Ngày sinh\nLê Văn An,01/01/1980\n");
  EXPECT_EQ(
      error_of(dir / "a.xlsx"),
      "'" + (dir / "a.xlsx").string() +
          "' is not an Excel workbook (.xlsx): it is not a zip archive (or it was cut short)");
  test::write_file(dir / "empty.xlsx", "");
  EXPECT_NE(error_of(dir / "empty.xlsx").find("is not an Excel workbook (.xlsx): it is empty"),
            std::string::npos);
  EXPECT_NE(error_of(dir / "missing.xlsx").find("cannot open"), std::string::npos);
  fs::create_directory(dir / "folder.xlsx");
  EXPECT_NE(error_of(dir / "folder.xlsx").find("it is a folder"), std::string::npos);
}

TEST(XlsxHostile, OtherSpreadsheetZipsSayHowToSaveThem) {
  TempDir dir;
  write_zip(dir / "calc.xlsx", Parts{{"mimetype", "application/vnd.oasis.opendocument.spreadsheet"},
                                     {"content.xml", "<office:document-content/>"}});
  EXPECT_NE(error_of(dir / "calc.xlsx").find("is an OpenDocument spreadsheet (.ods)"),
            std::string::npos);
  Parts parts = workbook_parts("");
  std::string& rels = parts["_rels/.rels"];
  rels.replace(rels.find("xl/workbook.xml"), 15, "xl/workbook.bin");
  write_zip(dir / "binary.xlsx", parts);
  EXPECT_NE(error_of(dir / "binary.xlsx").find("is an Excel binary workbook (.xlsb)"),
            std::string::npos);
}

TEST(XlsxHostile, TruncatedAndCorruptedCopies) {
  TempDir dir;
  const std::string whole = test::read_file(kFixtures / "libreoffice.xlsx");
  for (const std::size_t size : {std::size_t{100}, whole.size() / 2, whole.size() - 10}) {
    test::write_file(dir / "cut.xlsx", whole.substr(0, size));
    EXPECT_NE(error_of(dir / "cut.xlsx").find("is not an Excel workbook (.xlsx)"),
              std::string::npos)
        << size;
  }
  // Every byte of the compressed data flipped in turn: an error or rows, never a crash.
  for (std::size_t at = 0; at < whole.size(); at += 13) {
    std::string bad = whole;
    bad[at] = static_cast<char>(bad[at] ^ 0x5A);
    test::write_file(dir / "bad.xlsx", bad);
    try {
      read_rows(dir / "bad.xlsx");
    } catch (const UserError& e) {
      EXPECT_NE(std::string(e.what()).find("bad.xlsx"), std::string::npos) << e.what();
    }
  }
}

// The XML of a workbook mutated at every few bytes (stored, so the parser sees each change):
// an error naming the file or rows, never a crash (the ASan build runs this too).
TEST(XlsxHostile, MutatedXmlNeverCrashes) {
  TempDir dir;
  const fs::path file = kFixtures / "libxlsxwriter.xlsx";
  const std::vector<std::string> names = {"xl/worksheets/sheet1.xml", "xl/sharedStrings.xml",
                                          "xl/styles.xml", "xl/workbook.xml",
                                          "xl/_rels/workbook.xml.rels"};
  Parts original;
  for (const std::string& name : names)
    original[name] = read_part(file, name);
  original["_rels/.rels"] = read_part(file, "_rels/.rels");
  const std::vector<std::string> edits = {"", "<", "\"", "9999999", "\xFF", "&#0;", "XFD"};
  int errors = 0, reads = 0;
  for (const std::string& name : names) {
    const std::string& xml = original[name];
    for (std::size_t at = 0; at < xml.size(); at += 7) {
      const std::string& edit = edits[at % edits.size()];
      Parts parts = original;
      parts[name] = xml.substr(0, at) + edit + xml.substr(std::min(xml.size(), at + 1));
      write_zip(dir / "m.xlsx", parts);
      try {
        read_rows(dir / "m.xlsx");
        ++reads;
      } catch (const UserError& e) {
        ++errors;
        EXPECT_NE(std::string(e.what()).find("m.xlsx"), std::string::npos) << e.what();
      }
    }
  }
  EXPECT_GT(errors, 0);
  EXPECT_GT(reads, 0);
}

TEST(XlsxHostile, PasswordProtectedOrOldXlsSaysHowToFix) {
  TempDir dir;
  std::string ole2 = "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1";
  ole2.resize(4096, '\0');
  test::write_file(dir / "secret.xlsx", ole2);
  const std::string message = error_of(dir / "secret.xlsx");
  EXPECT_NE(message.find("secret.xlsx' is not an .xlsx workbook"), std::string::npos) << message;
  EXPECT_NE(message.find("password"), std::string::npos) << message;
  EXPECT_NE(message.find(".xls"), std::string::npos) << message;
  EXPECT_NE(message.find("save it"), std::string::npos) << message;
}

TEST(XlsxHostile, MissingPartsAreNamed) {
  TempDir dir;
  Parts parts = workbook_parts("<row r=\"1\"><c r=\"A1\"><v>1</v></c></row>");
  parts.erase("xl/worksheets/sheet1.xml");
  write_zip(dir / "t.xlsx", parts);
  EXPECT_EQ(error_of(dir / "t.xlsx"), "'" + (dir / "t.xlsx").string() +
                                          "' is not an Excel workbook (.xlsx): the part "
                                          "'xl/worksheets/sheet1.xml' is missing");
  parts = workbook_parts("");
  parts.erase("xl/workbook.xml");
  write_zip(dir / "t.xlsx", parts);
  EXPECT_NE(error_of(dir / "t.xlsx").find("the part 'xl/workbook.xml' is missing"),
            std::string::npos);
  // A zip that is some other document.
  write_zip(dir / "t.xlsx", Parts{{"word/document.xml", "<w/>"}});
  EXPECT_NE(error_of(dir / "t.xlsx").find("the part 'xl/workbook.xml' is missing"),
            std::string::npos);
}

TEST(XlsxHostile, DoctypeIsRefusedWithoutExpandingEntities) {
  TempDir dir;
  Parts parts = workbook_parts("");
  std::string laughs =
      "<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [<!ENTITY lol \"lol\">"
      "<!ENTITY lol2 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">"
      "<!ENTITY lol3 \"&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;\">]>\n"
      "<worksheet xmlns=\"" +
      std::string(kMain) +
      "\"><sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>&lol3;</t></is></c></row>"
      "</sheetData></worksheet>";
  parts["xl/worksheets/sheet1.xml"] = laughs;
  write_zip(dir / "t.xlsx", parts);
  const std::string message = error_of(dir / "t.xlsx");
  EXPECT_EQ(message, "'" + (dir / "t.xlsx").string() +
                         "' is damaged: xl/worksheets/sheet1.xml: line 2: it has a DOCTYPE "
                         "declaration, which no workbook has (refused: it could define entities)");
  // In the shared strings too (read before the sheet).
  parts = workbook_parts("", "<si><t>x</t></si>");
  parts["xl/sharedStrings.xml"] = "<!DOCTYPE sst SYSTEM \"file:///etc/passwd\"><sst/>";
  write_zip(dir / "t.xlsx", parts);
  EXPECT_NE(error_of(dir / "t.xlsx").find("xl/sharedStrings.xml: line 1: it has a DOCTYPE"),
            std::string::npos);
}

TEST(XlsxHostile, MalformedXmlNamesThePartAndLine) {
  TempDir dir;
  Parts parts = workbook_parts("<row r=\"1\">\n<c r=\"A1\"><v>1</v></c></row>\n<row r=\"2\"><c>");
  write_zip(dir / "t.xlsx", parts);
  auto source = open_rows(dir / "t.xlsx", SourceOptions{});
  Row row;
  ASSERT_TRUE(source->next(row));  // the rows before the damage are read
  try {
    source->next(row);
    FAIL() << "no error";
  } catch (const UserError& e) {
    EXPECT_NE(std::string(e.what()).find("' is damaged: xl/worksheets/sheet1.xml: line "),
              std::string::npos)
        << e.what();
  }
  parts = workbook_parts("<row r=\"1\"><c r=\"A1\"><v>1</v></c></row>");
  parts["xl/workbook.xml"] = "<workbook><sheets>";
  write_zip(dir / "t.xlsx", parts);
  EXPECT_NE(error_of(dir / "t.xlsx").find("is damaged: xl/workbook.xml: line 1: "),
            std::string::npos);
}

TEST(XlsxHostile, BadReferencesAndValues) {
  TempDir dir;
  const auto error_for = [&](const std::string& rows, const std::string& strings = {}) {
    write_zip(dir / "t.xlsx", workbook_parts(rows, strings));
    return error_of(dir / "t.xlsx");
  };
  EXPECT_NE(error_for("<row r=\"1\"><c r=\"XFE1\"><v>1</v></c></row>")
                .find("sheet1.xml: line 3: 'XFE1' is no cell reference"),
            std::string::npos);
  EXPECT_NE(error_for("<row r=\"1\"><c r=\"ZZZZZZZZZZZZZZZZ1\"><v>1</v></c></row>")
                .find("is no cell reference"),
            std::string::npos);
  EXPECT_NE(
      error_for("<row r=\"99999999999999999999\"><c><v>1</v></c></row>").find("is no row number"),
      std::string::npos);
  EXPECT_NE(error_for("<row r=\"1\"><c r=\"A1\" t=\"s\"><v>5</v></c></row>", "<si><t>x</t></si>")
                .find("sheet 'Trang 1', cell A1: refers to text number '5' of 1"),
            std::string::npos);
  EXPECT_NE(error_for("<row r=\"1\"><c r=\"A1\" t=\"s\"><v>5</v></c></row>")
                .find("cell A1: refers to text number '5' of 0"),
            std::string::npos);
  EXPECT_NE(error_for("<row r=\"7\"><c r=\"B7\"><v>12abc</v></c></row>")
                .find("sheet 'Trang 1', cell B7: '12abc' is no number"),
            std::string::npos);
  // A cell past Excel's column XFD without a reference.
  std::string wide = "<row r=\"1\"><c r=\"XFD1\"><v>1</v></c><c><v>2</v></c></row>";
  EXPECT_NE(error_for(wide).find("beyond column XFD"), std::string::npos);
}

TEST(XlsxHostile, OversizedCellsAreRefused) {
  TempDir dir;
  const std::string huge(std::size_t{1} << 21, 'a');
  write_zip(dir / "t.xlsx", workbook_parts("<row r=\"4\"><c r=\"C4\" t=\"inlineStr\"><is><t>" +
                                           huge + "</t></is></c></row>"));
  EXPECT_NE(error_of(dir / "t.xlsx").find("cell C4: the cell holds more than 1 MiB of text"),
            std::string::npos);
  write_zip(dir / "t.xlsx", workbook_parts("<row r=\"1\"/>", "<si><t>" + huge + "</t></si>"));
  EXPECT_NE(error_of(dir / "t.xlsx").find("sharedStrings.xml: line 1: text 1 is longer than 1 MiB"),
            std::string::npos);
}

TEST(XlsxHostile, AChartSheetIsNoTable) {
  TempDir dir;
  Parts parts = workbook_parts("<row r=\"1\"><c r=\"A1\"><v>1</v></c></row>");
  parts["xl/workbook.xml"] = std::string("<workbook xmlns=\"") + kMain + "\" xmlns:r=\"" + kRel +
                             "\"><sheets><sheet name=\"Biểu đồ\" r:id=\"c1\"/>"
                             "<sheet name=\"Trang 1\" r:id=\"rId1\"/></sheets></workbook>";
  std::string& rels = parts["xl/_rels/workbook.xml.rels"];
  rels.insert(rels.find("</Relationships>"),
              std::string("<Relationship Id=\"c1\" Type=\"") + kRel +
                  "/chartsheet\" Target=\"chartsheets/sheet1.xml\"/>");
  write_zip(dir / "t.xlsx", parts);
  EXPECT_EQ(read_described(dir / "t.xlsx"), (Lines{"1|n:1"}));  // the first worksheet
  EXPECT_NE(error_of(dir / "t.xlsx", "Biểu đồ").find("sheet 'Biểu đồ' of '"), std::string::npos);
}

// --- the writer ----------------------------------------------------------------------------

const std::vector<OutputColumn> kColumns = {
    {"Họ và tên", ColumnType::kText},  {"Số thẻ", ColumnType::kInteger},
    {"Phụ cấp", ColumnType::kDecimal}, {"Ngày sinh", ColumnType::kDate},
    {"Điện thoại", ColumnType::kText},
};

void write_table(const fs::path& file, const std::vector<std::vector<std::string>>& rows,
                 const std::string& sheet = {},
                 const std::vector<OutputColumn>& columns = kColumns) {
  auto writer = create_table_file(file, columns, sheet);
  for (const auto& row : rows)
    writer->add_row(row);
  writer->finish();
}

TEST(XlsxWriter, RoundTripEveryColumnTypeVietnameseAndBlanks) {
  TempDir dir;
  const fs::path file = dir / "out" / "danh-sach.xlsx";  // the folder is made
  const std::string nfd = "Nguye\xCC\x82\xCC\x83n Thi\xCC\xA3 Mai Thu\xCC\x89y";
  write_table(file, {
                        {"Nguyễn Thị Mai Thuỷ", "1841", "45.37", "1972-05-19", "0912345678"},
                        {"Hà Văn Hùng", "", "", "", ""},  // blank cells
                        {nfd, "-7", "1250000.5", "2020-09-15T08:30:00", "+84 912 345 678"},
                        {"", "", "", "", ""},                                      // a blank row
                        {"Đặng Văn Thành", "12a", "1,5", "15/09/2020", "<&>\"'"},  // not numbers
                        {"Ông Ích Khiêm", "84912345678", "0.1", "1900-01-01", " x "},
                    });
  EXPECT_EQ(read_described(file),
            (Lines{
                "1|t:Họ và tên|t:Số thẻ|t:Phụ cấp|t:Ngày sinh|t:Điện thoại",
                "2|t:Nguyễn Thị Mai Thuỷ|n:1841|n:45.37|d:1972-05-19|t:0912345678",
                "3|t:Hà Văn Hùng",
                "4|t:" + nfd + "|n:-7|n:1250000.5|d:2020-09-15T08:30:00|t:+84 912 345 678",
                // Row 5 is blank; values that are not what their column says stay text.
                "6|t:Đặng Văn Thành|t:12a|t:1,5|t:15/09/2020|t:<&>\"'",
                "7|t:Ông Ích Khiêm|n:84912345678|n:0.1|d:1900-01-01|t: x ",
            }));
  EXPECT_EQ(read_described(file, "Danh sách").size(), 6u);  // the default sheet name
  // Nothing else is left in the folder.
  EXPECT_EQ(std::distance(fs::directory_iterator(file.parent_path()), fs::directory_iterator()), 1);
}

TEST(XlsxWriter, ControlCharactersAndEscapeLookalikesRoundTrip) {
  TempDir dir;
  const std::vector<OutputColumn> columns = {{"_x0041_", ColumnType::kText}};
  write_table(dir / "t.xlsx", {{"a_x0041_b"}, {"ctl\x01\x1F end"}, {"tab\there\nline"}}, "",
              columns);
  EXPECT_EQ(read_described(dir / "t.xlsx"),
            (Lines{"1|t:_x0041_", "2|t:a_x0041_b", "3|t:ctl\x01\x1F end", "4|t:tab\there\nline"}));
}

TEST(XlsxWriter, HeaderBoldFrozenFilteredWidthsFittedDatesFormatted) {
  TempDir dir;
  const fs::path file = dir / "t.xlsx";
  write_table(file, {{"Nguyễn Thị Mai Thuỷ", "1", "2.5", "1972-05-19", std::string(200, 'x')},
                     {"An", "123456", "", "2020-09-15", "0912"}});
  write_table(dir / "u.xlsx", {{"", "", "", "2020-09-15T08:30:00", ""}});
  EXPECT_NE(read_part(dir / "u.xlsx", "xl/worksheets/sheet1.xml")
                .find("<col min=\"4\" max=\"4\" width=\"18.7109375\" customWidth=\"1\"/>"),
            std::string::npos);  // dd/mm/yyyy hh:mm
  const std::string sheet = read_part(file, "xl/worksheets/sheet1.xml");
  EXPECT_NE(sheet.find("<pane ySplit=\"1\" topLeftCell=\"A2\" activePane=\"bottomLeft\" "
                       "state=\"frozen\"/>"),
            std::string::npos)
      << sheet;
  EXPECT_NE(sheet.find("<autoFilter ref=\"A1:E3\"/>"), std::string::npos) << sheet;
  // Widths in whole characters plus 2: "Nguyễn Thị Mai Thuỷ" is 19, "Số thẻ" (a bold header)
  // 6.6 → 7, a date 10, the 200-character text capped at 60.
  EXPECT_NE(sheet.find("<col min=\"1\" max=\"1\" width=\"21.7109375\" customWidth=\"1\"/>"),
            std::string::npos)
      << sheet;
  EXPECT_NE(sheet.find("<col min=\"2\" max=\"2\" width=\"9.7109375\" customWidth=\"1\"/>"),
            std::string::npos)
      << sheet;
  EXPECT_NE(sheet.find("<col min=\"4\" max=\"4\" width=\"12.7109375\" customWidth=\"1\"/>"),
            std::string::npos)
      << sheet;
  EXPECT_NE(sheet.find("<col min=\"5\" max=\"5\" width=\"60.7109375\" customWidth=\"1\"/>"),
            std::string::npos)
      << sheet;
  // The header cells use the bold format (1), the dates the dd/mm/yyyy one.
  EXPECT_NE(sheet.find("<c r=\"A1\" s=\"1\" t=\"inlineStr\">"), std::string::npos) << sheet;
  EXPECT_NE(sheet.find("<c r=\"D2\" s=\"2\"><v>26438</v></c>"), std::string::npos) << sheet;
  const std::string styles = read_part(file, "xl/styles.xml");
  EXPECT_NE(styles.find("<numFmt numFmtId=\"164\" formatCode=\"dd/mm/yyyy\"/>"), std::string::npos)
      << styles;
  EXPECT_NE(styles.find("<font><b/>"), std::string::npos) << styles;
  EXPECT_NE(read_part(file, "xl/workbook.xml").find("<sheet name=\"Danh sách\""),
            std::string::npos);
}

TEST(XlsxWriter, SheetNamesAreMadeValidForExcel) {
  TempDir dir;
  const auto name_of = [&](const std::string& sheet) {
    write_table(dir / "t.xlsx", {{"a", "", "", "", ""}}, sheet);
    const std::string book = read_part(dir / "t.xlsx", "xl/workbook.xml");
    const auto at = book.find("<sheet name=\"") + 13;
    return book.substr(at, book.find('"', at) - at);
  };
  EXPECT_EQ(name_of("Tổ 1 [15/9]: *?\\"), "Tổ 1 -15-9-- ---");
  EXPECT_EQ(name_of("'Đại biểu'"), "Đại biểu");
  EXPECT_EQ(name_of("Danh sách đại biểu Hội đồng nhân dân tỉnh"),
            "Danh sách đại biểu Hội đồng nhâ");
  EXPECT_EQ(name_of("  "), "Danh sách");
  EXPECT_EQ(name_of("[]"), "--");
}

TEST(XlsxWriter, StreamsPastTheMeasuredRows) {
  TempDir dir;
  const fs::path file = dir / "big.xlsx";
  {
    auto writer = create_table_file(file, kColumns, "Lớn");
    for (int i = 1; i <= 2500; ++i) {
      const std::vector<std::string> row = {"Người thứ " + std::to_string(i), std::to_string(i),
                                            std::to_string(i) + ".5", "2020-09-15", ""};
      writer->add_row(row);
    }
    writer->finish();
  }
  auto source = open_rows(file, SourceOptions{"Lớn"});
  Row row;
  int count = 0;
  while (source->next(row))
    ++count;
  EXPECT_EQ(count, 2501);
  EXPECT_EQ(describe(row), "2501|t:Người thứ 2500|n:2500|n:2500.5|d:2020-09-15");
  EXPECT_NE(read_part(file, "xl/worksheets/sheet1.xml").find("<autoFilter ref=\"A1:E2501\"/>"),
            std::string::npos);
}

TEST(XlsxWriter, NothingAppearsWithoutFinish) {
  TempDir dir;
  {
    auto writer = create_table_file(dir / "t.xlsx", kColumns, "");
    writer->add_row(std::vector<std::string>{"a", "1", "2", "2020-01-01", ""});
  }
  EXPECT_TRUE(fs::is_empty(dir.path()));
  {
    auto writer = create_table_file(dir / "t.xlsx", kColumns, "");
    for (int i = 0; i < 1500; ++i)  // streaming has begun
      writer->add_row(std::vector<std::string>{"a", "1", "2", "2020-01-01", ""});
  }
  EXPECT_TRUE(fs::is_empty(dir.path()));
}

TEST(XlsxWriter, ErrorsNameTheFile) {
  TempDir dir;
  auto writer = create_table_file(dir / "t.xlsx", kColumns, "");
  const std::vector<std::string> row = {std::string(40000, 'x'), "", "", "", ""};
  try {
    writer->add_row(row);
    writer->finish();
    FAIL() << "no error";
  } catch (const UserError& e) {
    EXPECT_NE(std::string(e.what()).find("t.xlsx': row 2, column 'Họ và tên' has more than 32767 "
                                         "characters"),
              std::string::npos)
        << e.what();
  }
  // A place that cannot be written.
  test::write_file(dir / "file", "");
  EXPECT_THROW(create_table_file(dir / "file" / "t.xlsx", kColumns, ""), UserError);
}

TEST(XlsxWriter, NoColumnsNoRows) {
  TempDir dir;
  write_table(dir / "t.xlsx", {}, "", {});
  EXPECT_TRUE(read_rows(dir / "t.xlsx").empty());
  write_table(dir / "u.xlsx", {});
  EXPECT_EQ(read_described(dir / "u.xlsx"),
            (Lines{"1|t:Họ và tên|t:Số thẻ|t:Phụ cấp|t:Ngày sinh|t:Điện thoại"}));
}

}  // namespace
}  // namespace thuky::table
