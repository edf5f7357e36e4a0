#include "doc/document_impl.hpp"

#include <fmt/format.h>

#include "thuky/error.hpp"

namespace thuky::doc {

PageSetup PageSetup::from(const Settings& s) {
  PageSetup p;
  p.paper = s.page.paper;
  p.landscape = s.page.landscape;
  p.margin_top_mm = s.page.margin_top_mm;
  p.margin_bottom_mm = s.page.margin_bottom_mm;
  p.margin_left_mm = s.page.margin_left_mm;
  p.margin_right_mm = s.page.margin_right_mm;
  p.body_size = s.fonts.body_size;
  return p;
}

Document::Impl::Impl(const Settings& settings, DocumentInfo info, PageSetup page)
    : pdf_(settings.fonts), info_(std::move(info)), setup_(std::move(page)) {
  double w_mm = 210, h_mm = 297;
  if (setup_.paper == "A5") {
    w_mm = 148;
    h_mm = 210;
  } else if (setup_.paper != "A4") {
    throw UserError(fmt::format("paper '{}' is not supported (A4 or A5)", setup_.paper));
  }
  if (setup_.landscape)
    std::swap(w_mm, h_mm);
  page_w_ = w_mm * kPointsPerMm;
  page_h_ = h_mm * kPointsPerMm;
  left_ = setup_.margin_left_mm * kPointsPerMm;
  right_ = page_w_ - setup_.margin_right_mm * kPointsPerMm;
  top_ = page_h_ - setup_.margin_top_mm * kPointsPerMm;
  bottom_ = setup_.margin_bottom_mm * kPointsPerMm;
  if (right_ - left_ < 50 || top_ - bottom_ < 50) {
    throw UserError("the page margins leave no room for text: check [page.margins]");
  }
}

void Document::Impl::new_page() {
  page_ = pdf_.add_page(page_w_, page_h_);
  ++pages_;
  y_ = top_;
  if (setup_.page_numbers && pages_ >= 2) {
    // Decree 30: the number centred in the top margin, from page 2 on.
    const double size = 13;
    const double baseline = page_h_ - (page_h_ - top_) / 2 - size / 3;
    centred(std::to_string(pages_), FontStyle::kRegular, size, left_, right_ - left_, baseline);
  }
}

double Document::Impl::room() {
  if (!page_)
    new_page();
  return y_ - bottom_;
}

void Document::Impl::need(double height) {
  if (!page_)
    new_page();
  if (y_ - height < bottom_ - 0.01 && !at_page_top())
    new_page();
}

std::vector<Line> Document::Impl::lines_of(const std::vector<Span>& spans, double size,
                                           double first_width, double width) {
  return break_lines(spans, first_width, width, [this, size](const std::string& t, FontStyle s) {
    return pdf_.text_width(t, s, size);
  });
}

void Document::Impl::draw_line(const Line& line, double x, double width, double size, Align align,
                               double top) {
  double start = x;
  double extra_per_gap = 0;
  if (align == Align::kCenter)
    start = x + (width - line.width) / 2;
  if (align == Align::kRight)
    start = x + width - line.width;
  if (align == Align::kJustify && !line.last) {
    int gaps = 0;
    for (const Piece& p : line.pieces)
      gaps += p.space_after > 0 ? 1 : 0;
    if (gaps > 0 && width > line.width)
      extra_per_gap = (width - line.width) / gaps;
  }
  const double base = baseline(top, size);
  double pen = start;
  for (std::size_t i = 0; i < line.pieces.size(); ++i) {
    const Piece& piece = line.pieces[i];
    const double from = pen;
    pdf_.draw_text(page_, pen, base, piece.text, piece.style, size);
    pen += piece.width;
    if (piece.space_after > 0)
      pen += piece.space_after + extra_per_gap;
    if (piece.strike) {
      // Through the space too when the next word is struck: one line through a name.
      const bool joined = i + 1 < line.pieces.size() && line.pieces[i + 1].strike;
      const double y = base + size * 0.3;
      pdf_.draw_line(page_, from, y, joined ? pen : from + piece.width, y, 0.6);
    }
  }
}

double Document::Impl::centred(const std::string& text, FontStyle style, double size, double x,
                               double width, double baseline) {
  const double w = pdf_.text_width(text, style, size);
  pdf_.draw_text(page_, x + (width - w) / 2, baseline, text, style, size);
  return w;
}

}  // namespace thuky::doc
