#pragma once
// The layout state shared by Document and TableWriter: pages, margins and the cursor.

#include <string>
#include <vector>

#include "doc/pdf_file.hpp"
#include "doc/text_layout.hpp"
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

  // Room left on the current page (a page is started if there is none).
  double room();
  // Starts a new page unless `height` fits below the cursor (or the page is still empty).
  void need(double height);
  void new_page();
  bool at_page_top() const { return page_ && y_ >= top_ - 0.01; }

  double y() const { return y_; }
  void advance(double height) { y_ -= height; }
  HPDF_Page page() { return page_; }
  int page_count() const { return pages_; }

  std::vector<Line> lines_of(const std::vector<Span>& spans, double size, double first_width,
                             double width);
  // Draws one laid-out line with its top at the cursor; does not move the cursor.
  void draw_line(const Line& line, double x, double width, double size, Align align, double top);
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

  PdfFile& pdf() { return pdf_; }
  DocumentInfo& info() { return info_; }

 private:
  PdfFile pdf_;
  DocumentInfo info_;
  PageSetup setup_;
  double page_w_ = 0, page_h_ = 0, left_ = 0, right_ = 0, top_ = 0, bottom_ = 0;
  HPDF_Page page_ = nullptr;
  int pages_ = 0;
  double y_ = 0;
};

}  // namespace thuky::doc
