#pragma once
// The building blocks of a document: what plugins describe; the engine lays them out.
// Sizes are in points (1/72 inch), lengths on paper in millimetres.

#include <optional>
#include <string>
#include <utility>
#include <vector>
#include "thuky/export.hpp"

namespace thuky::doc {

enum class Align { kLeft, kCenter, kRight, kJustify };

// A piece of text in one style. Text is UTF-8 (NFC); "\n" forces a line break.
struct THUKY_API Span {
  std::string text;
  bool bold = false;
  bool italic = false;
  bool strike = false;  // struck through: a name struck off a list, still readable
};

struct THUKY_API ParagraphStyle {
  double size = 0;  // 0: the configured body size (Decree 30: 13–14 pt)
  Align align = Align::kJustify;
  double first_line_indent_mm = 10;  // Decree 30: 1–1.27 cm
  double left_indent_mm = 0;
  double space_before_pt = 0;
  double space_after_pt = 6;    // Decree 30: at least 6 pt between paragraphs
  double line_spacing = 1.15;   // Decree 30: 1.0–1.5 lines
  bool keep_with_next = false;  // never the last thing on a page (headings)
};

// The Decree 30 header: a two-column table at the top of page 1.
struct THUKY_API HeaderBlock {
  std::vector<std::string> parent_body;  // left, upper case, regular: "ỦY BAN MTTQ VIỆT NAM"...
  std::vector<std::string> issuing_body;  // left, upper case, bold, short rule under it
  std::string number;                     // left: "Số: 05/BB-MTTQ-BTT"; empty to omit
  std::string place_date;                 // right, italic: "Kỳ Anh, ngày 15 tháng 9 năm 2020"
  // The right column's national title and motto; change only for other document families.
  std::string national_title = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";
  std::string motto = "Độc lập - Tự do - Hạnh phúc";
};

// "BIÊN BẢN" and the subject line(s) under it, centred, bold, a short rule below.
// An appendix or attached paper (Decree 30, Phụ lục I, IV) has no header: its title starts the
// page, under `label` ("Phụ lục", "Phụ lục II"), and names the document it goes with in
// `attached_to`, printed in italics under the subject: "(Kèm theo Giấy mời số 12/GM-MTTQ-BTT
// ngày 10/09/2020 của ...)".
struct THUKY_API TitleBlock {
  // A constructor, not an aggregate: {"BIÊN BẢN", {subject}} stays valid as fields are added.
  TitleBlock(std::string type = {}, std::vector<std::string> subject_lines = {},
             std::string label_line = {}, std::string attached = {})
      : type_name(std::move(type)),
        subject(std::move(subject_lines)),
        label(std::move(label_line)),
        attached_to(std::move(attached)) {}
  std::string type_name;             // upper case: BIÊN BẢN, GIẤY MỜI, THÔNG BÁO, ...
  std::vector<std::string> subject;  // trích yếu, one entry a line
  std::string label;                 // "Phụ lục": bold, above the type name
  std::string attached_to;           // "Kèm theo ...", without the parentheses
};

// A signature: authority line ("TM. BAN THƯỜNG TRỰC"), title ("CHỦ TỊCH"), room to sign,
// then the name. Empty lines are left out. "\n" in the authority starts another line: "TM.
// THƯỜNG TRỰC HĐND\nKT. CHỦ TỊCH" above the title "PHÓ CHỦ TỊCH" (a deputy signs for the head).
struct THUKY_API Signature {
  std::string authority;
  std::string title;
  std::string name;
  std::string note;  // italic line under the title, e.g. "(Ký, ghi rõ họ tên)"
};

// "Nơi nhận:" and its lines ("- Như trên;", ..., "- Lưu: VT, Hồ sơ.").
struct THUKY_API Recipients {
  std::vector<std::string> lines;
};

// What the bottom margin of every page carries: a line of small text on the left and, at the
// right, a QR code of `qr` (empty: none). "{page}" and "{pages}" in the text become the page's
// number and the document's page count: a posted list shows a missing page.
struct THUKY_API PageFooter {
  std::string text;
  std::string qr;
};

struct THUKY_API TableColumn {
  std::string header;
  double width = 1;  // relative weight; columns share the text width in these proportions
  Align align = Align::kLeft;
};

struct THUKY_API TableStyle {
  double size = 13;
  double header_size = 13;
  bool grid = true;              // cell borders
  bool repeat_header = true;     // header row on every page the table reaches
  bool split_rows = false;       // false: a row that does not fit moves whole to the next page
  double row_min_height_pt = 0;  // e.g. room for a signature in a sign-in sheet
  double cell_padding_pt = 3;
};

struct THUKY_API TableCell {
  std::vector<Span> spans;
  std::optional<Align> align;  // overrides the column's
  TableCell() = default;
  TableCell(std::string text) : spans{{std::move(text)}} {}    // NOLINT
  TableCell(const char* text) : spans{{std::string(text)}} {}  // NOLINT
  TableCell(std::vector<Span> s) : spans(std::move(s)) {}      // NOLINT
};

using TableRow = std::vector<TableCell>;

}  // namespace thuky::doc
