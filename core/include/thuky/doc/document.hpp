#pragma once
// The document engine: every plugin prints through it. It lays out blocks in the Decree
// 30/2020/NĐ-CP format on pages and writes a PDF (libharu) whose text copies and searches
// correctly in every viewer.
//
//   thuky::doc::Document doc(ctx.settings(), {.title = "Biên bản họp"});
//   doc.header({...});
//   doc.title({"BIÊN BẢN", {"Buổi làm việc ..."}});
//   doc.paragraph("Thời gian bắt đầu: 8 giờ 00 phút, ngày 15 tháng 9 năm 2020.");
//   doc.save(out_dir / "bien-ban.pdf");

#include <cstdint>
#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "thuky/doc/blocks.hpp"
#include "thuky/export.hpp"
#include "thuky/settings.hpp"

namespace thuky::doc {

struct THUKY_API DocumentInfo {
  std::string title;
  std::string author;
  std::string subject;
  // Creation date written into the file as seconds since 1970; unset: SOURCE_DATE_EPOCH if
  // the environment has it, else no date at all (the same input then gives the same bytes).
  std::optional<std::int64_t> created_epoch;
};

struct THUKY_API PageSetup {
  std::string paper = "A4";  // "A4" or "A5"
  bool landscape = false;
  double margin_top_mm = 20, margin_bottom_mm = 20, margin_left_mm = 30, margin_right_mm = 15;
  double body_size = 14;
  bool page_numbers = true;  // centred at the top, from page 2
  static PageSetup from(const Settings& settings);
};

class TableWriter;

class THUKY_API Document {
 public:
  // Throws UserError when a font file is missing.
  Document(const Settings& settings, DocumentInfo info);
  Document(const Settings& settings, DocumentInfo info, PageSetup page);
  ~Document();
  Document(const Document&) = delete;
  Document& operator=(const Document&) = delete;

  void header(const HeaderBlock& header);
  void title(const TitleBlock& title);
  void paragraph(const std::string& text, const ParagraphStyle& style = {});
  void paragraph(const std::vector<Span>& spans, const ParagraphStyle& style = {});
  // A heading: bold, not indented, kept with what follows.
  void heading(const std::string& text);
  // Items each prefixed by `marker` ("- ", "a) " ...), hanging indent.
  void list(const std::vector<std::string>& items, const std::string& marker = "- ");
  // One signature centred in the right half, two side by side, three in a row; four or more
  // in rows of two (the last of each row on the right), every row on one page.
  void signatures(const std::vector<Signature>& signatures);
  // (2.4) The place and date a form prints above its signature ("Hà Tĩnh, ngày …… tháng ……
  // năm 2026"): italic, centred over the right-hand signature, and kept on the page of the
  // signatures that follow, with what is kept with it (a paragraph with keep_with_next).
  void signature_date(const std::string& place_date);
  // "Nơi nhận" on the left, the signature on the right, side by side (Decree 30 layout).
  void closing(const Recipients& recipients, const Signature& signature);
  // Starts a table; rows are laid out as they are added (bounded memory for long tables).
  TableWriter table(std::vector<TableColumn> columns, TableStyle style = {});
  // A rectangle at the left margin with a caption centred in it (the room for a polling team's
  // seal on a ballot); what follows goes below it.
  void box(double width_mm, double height_mm, const std::string& caption);
  // Proper names (people, organisations, areas) never broken over two lines, in prose, titles,
  // table cells and "Nơi nhận", like the [document] fixed_terms; a name wider than its table
  // cell breaks at its spaces.
  void keep_together(const std::vector<std::string>& terms);
  // People's names: kept together and printed exactly as each person writes it, whatever the
  // document's tone style ([document] tone_style) does to the rest.
  void people(const std::vector<std::string>& names);
  // The footer of every page, drawn in the bottom margin when the document is saved: it may
  // carry what is known only once every row is laid out (a digest of the rows). UserError at
  // save when the margin is too small for it.
  void footer(const PageFooter& footer);
  // (2.4) A frame in the colour `rgb` (0xRRGGBB) and `width_mm` wide inside the paper's edge of
  // every page, drawn at save: the colour a ballot's level is printed in, so ballots of
  // different levels are told apart at a glance.
  void frame(std::uint32_t rgb, double width_mm);
  // A bookmark (outline entry) to the current position.
  void bookmark(const std::string& title);
  void space(double points);
  void page_break();

  int page_count() const;
  // Writes the PDF to `file` through a temporary file renamed into place.
  void save(const std::filesystem::path& file);

  class Impl;

 private:
  friend class TableWriter;
  std::unique_ptr<Impl> impl_;
};

class THUKY_API TableWriter {
 public:
  void row(const TableRow& cells);
  // A bold totals row, e.g. {"", "Tổng cộng", "1.841"}.
  void totals(const TableRow& cells);
  // A bold row across every column that heads a group ("Đoàn công tác ...", "Thôn Đông"); it
  // stays on the page of the row that follows it, never alone at the foot of a page.
  void section(const std::string& title);
  // Ends the table (also done by the destructor).
  void finish();
  ~TableWriter();
  TableWriter(TableWriter&&) noexcept;
  TableWriter(const TableWriter&) = delete;

  struct State;

 private:
  friend class Document;
  TableWriter(Document::Impl& doc, std::vector<TableColumn> columns, TableStyle style);
  std::unique_ptr<State> state_;
};

}  // namespace thuky::doc
