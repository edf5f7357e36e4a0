#pragma once
// The catalogue of a table import's messages (thuky/message.hpp): a cell's value, the header
// row, the file's verdict. The values are shown as read, between quotes.

#include "thuky/message.hpp"

namespace thuky::table::msg {

// --- A cell's value ---------------------------------------------------------------------------
inline constexpr MessageText kExcelError{
    "table.excel_error", "'{value}' is an Excel error (a formula that failed); correct the sheet",
    "“{value}” là mã lỗi của Excel (một công thức bị lỗi); hãy sửa lại trong bảng tính"};
inline constexpr MessageText kControlCharacter{
    "table.control_character", "'{value}' holds a control character (code {code}); retype the cell",
    "“{value}” chứa ký tự điều khiển (mã {code}); hãy gõ lại ô này"};
inline constexpr MessageText kLegacyEncoding{
    "table.legacy_encoding",
    "'{value}' looks like text typed in a legacy Vietnamese encoding (TCVN3/ABC or VNI); convert "
    "the file to Unicode (e.g. with UniKey's converter) and import again",
    "“{value}” có vẻ được gõ bằng bảng mã cũ (TCVN3/ABC hoặc VNI); hãy chuyển tệp sang Unicode "
    "(ví dụ bằng công cụ chuyển mã của UniKey) rồi nhập lại"};
inline constexpr MessageText kTooLong{"table.too_long", "'{value}' is longer than {max} characters",
                                      "“{value}” dài quá {max} ký tự"};
inline constexpr MessageText kNotWholeNumber{"table.not_whole_number",
                                             "'{value}' is not a whole number",
                                             "“{value}” không phải là số nguyên"};
inline constexpr MessageText kNumberTooLarge{
    "table.number_too_large", "'{value}' is too large: a whole number here is at most {max}",
    "“{value}” quá lớn: số nguyên ở đây không vượt quá {max}"};
inline constexpr MessageText kNotNumber{
    "table.not_number", "'{value}' is not a number like 45,37 or 1.500.050,30",
    "“{value}” không phải là số (viết như 45,37 hoặc 1.500.050,30)"};
inline constexpr MessageText kNotDate{"table.not_date", "'{value}' is not a date like 15/09/1970",
                                      "“{value}” không phải là ngày tháng (viết như 15/09/1970)"};
inline constexpr MessageText kNotPartialDate{
    "table.not_partial_date",
    "'{value}' is not a date like 15/09/1970 (or 09/1970, or 1970 when the day is unknown)",
    "“{value}” không phải là ngày tháng (viết như 15/09/1970; không rõ ngày thì 09/1970, "
    "không rõ tháng thì 1970)"};
inline constexpr MessageText kNotOneOf{"table.not_one_of", "'{value}' is not one of: {choices}",
                                       "“{value}” không thuộc các giá trị: {choices}"};
inline constexpr MessageText kNotPhone{
    "table.not_phone", "'{value}' is not a phone number like 0912 345 678",
    "“{value}” không phải là số điện thoại (viết như 0912 345 678)"};
inline constexpr MessageText kNotCitizenId{
    "table.not_citizen_id",
    "'{value}' is not a citizen id: a căn cước has 12 digits, an old chứng minh nhân dân 9",
    "“{value}” không phải là số định danh: số căn cước có 12 chữ số, chứng minh nhân dân cũ có 9 "
    "chữ số"};
inline constexpr MessageText kNotEmail{
    "table.not_email", "'{value}' is not an email address like ten@donvi.gov.vn",
    "“{value}” không phải là địa chỉ thư điện tử (viết như ten@donvi.gov.vn)"};
inline constexpr MessageText kNotYesNo{
    "table.not_yes_no", "'{value}' is neither Có nor Không (x for yes, empty for no)",
    "“{value}” không phải Có hay Không (đánh x là có, để trống là không)"};
inline constexpr MessageText kRequiredEmpty{"table.required_empty",
                                            "is empty, but every row needs it",
                                            "đang để trống, nhưng dòng nào cũng phải có"};
inline constexpr MessageText kValueWithoutHeader{
    "table.value_without_header",
    "a value in a column without a header; add the header or remove the value",
    "có giá trị ở cột không có tiêu đề; hãy thêm tiêu đề cho cột hoặc xóa giá trị đó"};
// A plugin's own words (a field's check, a row it refused) that no catalogue has yet.
inline constexpr MessageText kAsGiven{"table.as_given", "{text}", "{text}"};

// --- The header row ---------------------------------------------------------------------------
inline constexpr MessageText kColumnRepeats{
    "table.column_repeats",
    "column {column} \"{header}\" repeats column {other} \"{other_header}\"; keep one of them",
    "cột {column} “{header}” trùng với cột {other} “{other_header}”; hãy giữ lại một cột"};
inline constexpr MessageText kUnknownColumn{
    "table.unknown_column",
    "column {column} \"{header}\" is not a column of {what}; expected {expected}",
    "cột {column} “{header}” không phải là cột của danh sách này; các cột cần có: {expected}"};
inline constexpr MessageText kMissingColumn{"table.missing_column",
                                            "no \"{header}\" column; expected {expected}",
                                            "thiếu cột “{header}”; các cột cần có: {expected}"};
// The columns a schema accepts: "Họ và tên, Chức vụ (and optionally Ghi chú)".
inline constexpr MessageText kColumnsWithOptional{"table.columns_with_optional",
                                                  "{required} (and optionally {optional})",
                                                  "{required} (có thể thêm: {optional})"};

// --- Where, and the file's verdict ------------------------------------------------------------
inline constexpr MessageText kCsvLine{"table.csv_line", "line {row}", "dòng {row}"};
inline constexpr MessageText kSheetRow{"table.sheet_row", "row {row}", "dòng {row}"};
inline constexpr MessageText kColumn{"table.column", "column {column}", "cột {column}"};
inline constexpr MessageText kColumnHeader{"table.column_header", "column {column} \"{header}\"",
                                           "cột {column} “{header}”"};
inline constexpr MessageText kHeaderRowWrong{"table.header_row_wrong", "{file}, {place}: {problem}",
                                             "{file}, {place}: {problem}"};
inline constexpr MessageText kNoHeaderRow{
    "table.no_header_row",
    "{file}: no header row with the columns {expected} in its first {rows} rows",
    "{file}: không thấy dòng tiêu đề có các cột {expected} trong {rows} dòng đầu"};
inline constexpr MessageText kOneError{"table.one_error",
                                       "{file}, {place}: {problem}; nothing was imported",
                                       "{file}, {place}: {problem}; chưa nhập dòng nào"};
// {rows}: "1 row" / "3 rows", "1 dòng" / "3 dòng".
inline constexpr MessageText kErrors{"table.errors",
                                     "{file}: {count} errors in {rows}; nothing was imported:",
                                     "{file}: có {count} lỗi ở {rows}; chưa nhập dòng nào:"};
inline constexpr MessageText kErrorAt{"table.error_at", "{place}: {problem}", "{place}: {problem}"};
inline constexpr MessageText kMoreErrors{"table.more_errors", "… and {count} more",
                                         "… và {count} lỗi khác"};
inline constexpr MessageText kCorrectAndRetry{
    "table.correct_and_retry",
    "Correct them and import again, or import with --skip-invalid to take the valid rows and "
    "write the others to '{rejects}'",
    "Hãy sửa rồi nhập lại, hoặc chọn nhập các dòng đúng: các dòng lỗi được ghi ra tệp "
    "“{rejects}” để sửa trong Excel và nhập lại"};

// --- The file ---------------------------------------------------------------------------------
inline constexpr MessageText kOldExcel{
    "table.old_excel",
    "'{file}' is an old Excel 97-2003 workbook (.xls); open it in Excel or LibreOffice and save "
    "it as .xlsx (Excel Workbook) or as CSV UTF-8",
    "“{file}” là tệp Excel 97-2003 cũ (.xls); hãy mở bằng Excel hoặc LibreOffice rồi lưu lại "
    "dạng .xlsx (Excel Workbook) hoặc CSV UTF-8"};
inline constexpr MessageText kOpenDocument{
    "table.open_document",
    "'{file}' is an OpenDocument spreadsheet (.ods); save it in LibreOffice as .xlsx or as CSV "
    "(UTF-8)",
    "“{file}” là bảng tính OpenDocument (.ods); hãy lưu lại trong LibreOffice dạng .xlsx hoặc CSV "
    "(UTF-8)"};
inline constexpr MessageText kNotATable{"table.not_a_table",
                                        "'{file}': a table must be a .csv (UTF-8) or an .xlsx file",
                                        "“{file}”: danh sách phải là tệp .csv (UTF-8) hoặc .xlsx"};
inline constexpr MessageText kUtf16{
    "table.utf16",
    "'{file}' is UTF-16 text (Excel's \"Unicode Text\"); save it as \"CSV UTF-8 (Comma "
    "delimited)\" or as .xlsx",
    "“{file}” là văn bản UTF-16 (“Unicode Text” của Excel); hãy lưu lại dạng “CSV UTF-8 (Comma "
    "delimited)” hoặc .xlsx"};
inline constexpr MessageText kLooksUtf16{
    "table.looks_utf16",
    "'{file}' looks like UTF-16 text; save it as \"CSV UTF-8 (Comma delimited)\" or as .xlsx",
    "“{file}” có vẻ là văn bản UTF-16; hãy lưu lại dạng “CSV UTF-8 (Comma delimited)” hoặc .xlsx"};
inline constexpr MessageText kBinaryFile{
    "table.binary_file",
    "'{file}' is not a text file (it holds binary data); a table must be .csv (UTF-8) or .xlsx",
    "“{file}” không phải là tệp văn bản (có dữ liệu nhị phân); danh sách phải là tệp .csv (UTF-8) "
    "hoặc .xlsx"};
inline constexpr MessageText kUnclosedQuote{"table.unclosed_quote",
                                            "a quoted field is never closed (missing '\"')",
                                            "một ô mở dấu ngoặc kép mà không đóng (thiếu dấu \")"};
inline constexpr MessageText kHugeField{
    "table.huge_field", "a field longer than 1 MiB: is this really a table (a quote left open?)",
    "một ô dài quá 1 MiB: tệp này có đúng là danh sách không (hay còn dấu ngoặc kép chưa đóng)?"};
inline constexpr MessageText kNotXlsx{"table.not_xlsx",
                                      "'{file}' is not an Excel workbook (.xlsx): {why}",
                                      "“{file}” không phải là tệp Excel (.xlsx): {why}"};
inline constexpr MessageText kNotZip{"table.not_zip",
                                     "it is not a zip archive (or it was cut short)",
                                     "tệp không đúng định dạng hoặc bị cắt cụt"};
inline constexpr MessageText kEmptyFile{"table.empty_file", "it is empty", "tệp rỗng"};
inline constexpr MessageText kProtectedOrXls{
    "table.protected_or_xls",
    "'{file}' is not an .xlsx workbook: it is either protected by a password or an old Excel "
    "97-2003 file (.xls). Open it in Excel and save it with File > Save As > Excel Workbook "
    "(.xlsx), without a password (File > Info > Protect Workbook > Encrypt with Password: "
    "empty).",
    "“{file}” không phải là tệp .xlsx: tệp có mật khẩu hoặc là tệp Excel 97-2003 cũ (.xls). Hãy "
    "mở bằng Excel rồi chọn File > Save As > Excel Workbook (.xlsx), không đặt mật khẩu (File > "
    "Info > Protect Workbook > "
    "Encrypt with Password: để trống)."};
inline constexpr MessageText kBinaryWorkbook{
    "table.binary_workbook",
    "'{file}' is an Excel binary workbook (.xlsb), not an .xlsx one: open it in Excel and save it "
    "with File > Save As > Excel Workbook (.xlsx)",
    "“{file}” là tệp Excel nhị phân (.xlsb), không phải .xlsx: hãy mở bằng Excel rồi chọn File > "
    "Save As > Excel Workbook (.xlsx)"};
inline constexpr MessageText kOdsAsXlsx{
    "table.ods_as_xlsx",
    "'{file}' is an OpenDocument spreadsheet (.ods), not an .xlsx workbook: open it in LibreOffice "
    "Calc and save it with File > Save As > Excel 2007-365 (.xlsx)",
    "“{file}” là bảng tính OpenDocument (.ods), không phải .xlsx: hãy mở bằng LibreOffice Calc "
    "rồi chọn File > Save As > Excel 2007-365 (.xlsx)"};
inline constexpr MessageText kNoWorksheet{"table.no_worksheet",
                                          "'{file}' has no worksheet (a table) in it",
                                          "“{file}” không có trang tính (bảng) nào"};
inline constexpr MessageText kNoSuchSheet{
    "table.no_such_sheet", "'{file}' has no sheet named '{sheet}'; its sheets are {sheets}",
    "“{file}” không có trang tính tên “{sheet}”; các trang tính của tệp: {sheets}"};
inline constexpr MessageText kChartSheet{
    "table.chart_sheet", "sheet '{sheet}' of '{file}' is a chart, not a table",
    "trang “{sheet}” của “{file}” là biểu đồ, không phải bảng"};

inline constexpr MessageText kAll[] = {kExcelError,
                                       kControlCharacter,
                                       kLegacyEncoding,
                                       kTooLong,
                                       kNotWholeNumber,
                                       kNumberTooLarge,
                                       kNotNumber,
                                       kNotDate,
                                       kNotPartialDate,
                                       kNotOneOf,
                                       kNotPhone,
                                       kNotCitizenId,
                                       kNotEmail,
                                       kNotYesNo,
                                       kRequiredEmpty,
                                       kValueWithoutHeader,
                                       kAsGiven,
                                       kColumnRepeats,
                                       kUnknownColumn,
                                       kMissingColumn,
                                       kColumnsWithOptional,
                                       kCsvLine,
                                       kSheetRow,
                                       kColumn,
                                       kColumnHeader,
                                       kHeaderRowWrong,
                                       kNoHeaderRow,
                                       kOneError,
                                       kErrors,
                                       kErrorAt,
                                       kMoreErrors,
                                       kCorrectAndRetry,
                                       kOldExcel,
                                       kOpenDocument,
                                       kNotATable,
                                       kUtf16,
                                       kLooksUtf16,
                                       kBinaryFile,
                                       kUnclosedQuote,
                                       kHugeField,
                                       kNotXlsx,
                                       kNotZip,
                                       kEmptyFile,
                                       kProtectedOrXls,
                                       kBinaryWorkbook,
                                       kOdsAsXlsx,
                                       kNoWorksheet,
                                       kNoSuchSheet,
                                       kChartSheet};

}  // namespace thuky::table::msg
