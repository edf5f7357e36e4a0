#pragma once
// The layout state shared by Document and TableWriter: pages, margins and the cursor.

#include <deque>
#include <functional>
#include <string>
#include <utility>
#include <vector>

#include "doc/pdf_file.hpp"
#include "doc/text_layout.hpp"
#include "doc/typography.hpp"
#include "thuky/doc/document.hpp"

namespace thuky::doc {

constexpr double kPointsPerMm = 72.0 / 25.4;

class Document::Impl {
 public:
  Impl(const Settings& settings, DocumentInfo info, PageSetup page);

  double text_width() const { return right_ - left_; }
  double left() const { return left_; }
  double right() const { return right_; }
  double top() const { return top_; }
  double bottom() const { return bottom_; }
  double body_size() const { return setup_.body_size; }

  // The header's two columns, which the signature blocks share: [left, left + width * kSplit]
  // and the rest. One signature stands centred in the right column in every document.
  static constexpr double kSplit = 0.42;
  double right_column_x() const { return left_ + (right_ - left_) * kSplit; }
  double right_column_width() const { return (right_ - left_) * (1 - kSplit); }

  // Room left on the current page below what is held back (a page is started if there is none).
  double room();
  // Starts a new page unless `height` fits below the cursor and what is held back (or the page
  // is still empty); then draws what was held.
  void need(double height);
  // Holds a block back (a heading, keep-with-next) until the next block asks for room: both go
  // on this page or both on the next, and no hole is left for the heading's sake.
  void hold(double height, std::function<void()> draw);
  void new_page();

  // The last blocks laid out (paragraphs, list items, table rows) are drawn only when what
  // follows asks for room, so signatures can take the last of them along to a new page: a page
  // never holds nothing but the signatures (and the closing line kept with them).
  struct Deferred {
    double height = 0;        // what it takes below the cursor on this page
    double fresh_height = 0;  // what it takes at the top of a new page (a row repeats the header)
    double space_after = 0;   // the part of `height` below its last line (may pass the foot)
    bool one_line = false;    // a closing or date line: the block before it goes along too
    std::function<void()> draw;  // calls need() first, as any block does
    std::vector<std::pair<double, std::function<void()>>> held;  // held before it, drawn first
  };
  void defer(Deferred block);
  // Extends the last deferred block (the space after a table or list); drawn now if none.
  void after_last(double height, const std::function<void()>& draw);
  // Draws every deferred block (need() and room() do so first).
  void settle();
  // need(height) for signatures: when they would not fit below the last paragraph or table row
  // (and a closing line after it), that block goes to the new page with them.
  void keep_with_last(double height);

  bool at_page_top() const { return page_ && y_ >= top_ - 0.01; }

  double y() const { return y_; }
  void advance(double height) { y_ -= height; }
  HPDF_Page page() { return page_; }
  int page_count() const { return pages_; }

  // Lines by the general rules, fixed terms and proper names kept whole (a name wider than its
  // cell breaks at its spaces); titles also never end a line on a weak word.
  enum class Context { kProse, kCell, kTitle };
  std::vector<Line> lines_of(const std::vector<Span>& spans, double size, double first_width,
                             double width, Context context = Context::kCell);
  // Paragraph lines without a one-word last line where a slightly narrower measure moves a word
  // down to keep it company.
  std::vector<Line> lines_without_widow(const std::vector<Span>& spans, double size,
                                        double first_width, double width,
                                        Context context = Context::kProse);
  // Terms (names) never split over two lines, besides [document] fixed_terms.
  void keep_together(const std::string& term);
  // People's names: kept together and printed exactly as written (no tone style).
  void person(const std::string& name);
  // Text as printed: the document's tone style outside people's names.
  std::string print_text(const std::string& text) const;
  // Prose as printed: print_text, typographic quotes, abbreviations written out on first use.
  std::string for_print(const std::string& text);
  // Draws one laid-out line with its top at the cursor; does not move the cursor.
  void draw_line(const Line& line, double x, double width, double size, Align align, double top);
  bool joins_exactly(const Piece& piece, const Piece& next, double size);
  double measure(const std::string& text, FontStyle style, double size) {
    return pdf_.text_width(text, style, size);
  }
  // Draws `text` centred in [x, x + width] with its baseline at `baseline`; returns its width.
  double centred(const std::string& text, FontStyle style, double size, double x, double width,
                 double baseline);

  static double leading(double size, double spacing = 1.15) { return size * spacing; }
  // Baseline of a line whose box starts at `top`.
  static double baseline(double top, double size, double spacing = 1.15) {
    return top - leading(size, spacing) * 0.8;
  }

  void set_footer(PageFooter footer) { footer_ = std::move(footer); }
  void set_frame(std::uint32_t rgb, double width) {
    frame_rgb_ = rgb;
    frame_width_ = width;
  }
  // Draws the frame on every page (at save, on every page made).
  void draw_frames();
  // Draws the footer on every page (at save: the page count is known).
  void draw_footers();

  PdfFile& pdf() { return pdf_; }
  DocumentInfo& info() { return info_; }

 private:
  PdfFile pdf_;
  DocumentInfo info_;
  PageSetup setup_;
  double page_w_ = 0, page_h_ = 0, left_ = 0, right_ = 0, top_ = 0, bottom_ = 0;
  std::vector<std::pair<double, std::function<void()>>> held_;
  std::vector<std::vector<std::string>> terms_;  // word keys of terms kept on one line
  typography::WordLists word_lists_;             // units, multipliers, weak words
  std::vector<std::string> people_;              // names as written
  int tone_style_ = 0;                           // typography::ToneStyle
  std::vector<std::pair<std::string, std::string>> abbreviations_;  // not yet written out
  double held_height() const;
  void draw_held();
  void draw_first_deferred();
  std::deque<Deferred> deferred_;
  struct SpaceWidth {
    int spaces = 0;
    FontStyle style = FontStyle::kRegular;
    double size = 0;
    double width = 0;
  } space_width_;           // the last spaces joins_exactly measured
  bool replaying_ = false;  // drawing a deferred block: its need() must not settle again
  HPDF_Page page_ = nullptr;
  std::vector<HPDF_Page> all_pages_;  // for the footers drawn at save
  PageFooter footer_;
  std::uint32_t frame_rgb_ = 0;
  double frame_width_ = 0;  // none
  int pages_ = 0;
  double y_ = 0;
};

}  // namespace thuky::doc
