/* The source of libxlsxwriter.xlsx: make-fixtures.sh compiles and runs it. Written in
 * libxlsxwriter's default mode (shared strings, unlike thuky's constant-memory writer), with
 * the cell kinds an Excel list may hold. */
#include <xlsxwriter.h>

int main(int argc, char **argv) {
    lxw_workbook *book = workbook_new(argc > 1 ? argv[1] : "libxlsxwriter.xlsx");
    lxw_worksheet *sheet = workbook_add_worksheet(book, "Đại biểu");
    lxw_worksheet *other = workbook_add_worksheet(book, "Tổng hợp");

    lxw_format *bold = workbook_add_format(book);
    format_set_bold(bold);
    lxw_format *dmy = workbook_add_format(book); /* a custom format: numFmtId 164 */
    format_set_num_format(dmy, "dd/mm/yyyy");
    lxw_format *builtin = workbook_add_format(book); /* built-in format 14 */
    format_set_num_format_index(builtin, 14);
    lxw_format *vietnamese = workbook_add_format(book); /* with a locale prefix */
    format_set_num_format(vietnamese, "[$-42A]dd/mm/yyyy");
    lxw_format *date_time = workbook_add_format(book);
    format_set_num_format(date_time, "dd/mm/yyyy hh:mm");
    lxw_format *time = workbook_add_format(book);
    format_set_num_format(time, "hh:mm");
    lxw_format *money = workbook_add_format(book); /* a number format, not a date */
    format_set_num_format(money, "#,##0 \"đ\";[Red]-#,##0 \"đ\"");
    lxw_format *yellow = workbook_add_format(book);
    format_set_bg_color(yellow, LXW_COLOR_YELLOW);

    const char *headers[] = {"Họ và tên", "Ngày sinh", "Điện thoại", "Phụ cấp", "Có mặt",
                             "Ghi chú"};
    for (int c = 0; c < 6; ++c)
        worksheet_write_string(sheet, 0, c, headers[c], bold);

    /* Row 2: plain values. */
    lxw_datetime birth = {1972, 5, 19, 0, 0, 0};
    worksheet_write_string(sheet, 1, 0, "Nguyễn Thị Mai Thuỷ", NULL);
    worksheet_write_datetime(sheet, 1, 1, &birth, dmy);
    worksheet_write_number(sheet, 1, 2, 84912345678.0, NULL);
    worksheet_write_number(sheet, 1, 3, 1250000.5, money);
    worksheet_write_boolean(sheet, 1, 4, 1, NULL);
    worksheet_write_string(sheet, 1, 5, "  hai dấu cách  ", NULL);

    /* Row 3: rich text, a built-in date format, a formula with a text result. */
    lxw_format *italic = workbook_add_format(book);
    format_set_italic(italic);
    lxw_rich_string_tuple part1 = {.format = NULL, .string = "Trần "};
    lxw_rich_string_tuple part2 = {.format = italic, .string = "Thị Bình"};
    lxw_rich_string_tuple *rich[] = {&part1, &part2, NULL};
    worksheet_write_rich_string(sheet, 2, 0, rich, NULL);
    lxw_datetime birth2 = {1965, 3, 2, 0, 0, 0};
    worksheet_write_datetime(sheet, 2, 1, &birth2, builtin);
    worksheet_write_formula_str(sheet, 2, 2, "=\"0\"&\"912345678\"", NULL, "0912345678");
    worksheet_write_formula_num(sheet, 2, 3, "=1+1", NULL, 2);
    worksheet_write_boolean(sheet, 2, 4, 0, NULL);

    /* Row 4: styled but empty cells only: a blank row. Row 5 is missing altogether. */
    worksheet_write_blank(sheet, 3, 0, yellow);
    worksheet_write_blank(sheet, 3, 3, yellow);

    /* Row 6: gaps (B, C, E empty), a locale date format, a date-time and a time. */
    lxw_datetime birth3 = {1980, 12, 31, 0, 0, 0};
    lxw_datetime arrival = {2020, 9, 15, 8, 30, 0};
    lxw_datetime at = {0, 0, 0, 14, 5, 0};
    worksheet_write_string(sheet, 5, 0, "Đặng Văn Thành", NULL);
    worksheet_write_datetime(sheet, 5, 3, &birth3, vietnamese);
    worksheet_write_datetime(sheet, 5, 5, &arrival, date_time);
    worksheet_write_datetime(sheet, 5, 6, &at, time);
    worksheet_write_number(sheet, 5, 7, -3.25, NULL);

    worksheet_write_string(other, 0, 0, "Tổng số", bold);
    worksheet_write_number(other, 0, 1, 3, NULL);
    return workbook_close(book) == LXW_NO_ERROR ? 0 : 1;
}
