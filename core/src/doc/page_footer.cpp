// What the engine draws on every page at save: the footer (a line of small text and a QR code
// in the bottom margin) and the frame in a colour.
#include <fmt/format.h>

#include <algorithm>

#include "doc/document_impl.hpp"
#include "doc/qr_code.hpp"
#include "thuky/error.hpp"

namespace thuky::doc {
namespace {

std::string replace_all(std::string text, const std::string& from, const std::string& to) {
  for (auto at = text.find(from); at != std::string::npos; at = text.find(from, at + to.size()))
    text.replace(at, from.size(), to);
  return text;
}

// Each run of dark modules in a row as one rectangle: a 25×25 code is about 200 of them.
void draw_qr(PdfFile& pdf, HPDF_Page page, const QrMatrix& qr, double x, double y, double side) {
  const double module = side / qr.size;
  for (int row = 0; row < qr.size; ++row) {
    const double top = y + side - (row + 1) * module;
    for (int col = 0; col < qr.size;) {
      if (!qr.at(col, row)) {
        ++col;
        continue;
      }
      int end = col;
      while (end < qr.size && qr.at(end, row))
        ++end;
      // A hair wider than the run, so no hairline gap shows between rows on screen.
      pdf.fill_rect(page, x + col * module, top, (end - col) * module, module * 1.02);
      col = end;
    }
  }
}

}  // namespace

void Document::Impl::draw_footers() {
  if (footer_.text.empty() && footer_.qr.empty())
    return;
  constexpr double kSize = 9;
  // Clear of the text above, and of the paper's edge, where many printers cannot print.
  constexpr double kGap = 2 * kPointsPerMm, kEdge = 4 * kPointsPerMm;
  constexpr double kMaxSide = 16 * kPointsPerMm, kMinSide = 8 * kPointsPerMm;
  const double band = bottom_;  // the bottom margin
  const double side = footer_.qr.empty() ? 0 : std::min(kMaxSide, band - kGap - kEdge);
  if (!footer_.qr.empty() && side < kMinSide) {
    throw UserError(fmt::format(
        "the bottom margin ({:.0f} mm) leaves no room for the page footer's QR code: at least "
        "14 mm",
        band / kPointsPerMm));
  }
  const QrMatrix qr = footer_.qr.empty() ? QrMatrix{} : encode_qr(footer_.qr);
  const std::string pages = std::to_string(pages_);
  for (std::size_t i = 0; i < all_pages_.size(); ++i) {
    HPDF_Page page = all_pages_[i];
    if (side > 0)
      draw_qr(pdf_, page, qr, right_ - side, kEdge, side);
    const std::string text =
        replace_all(replace_all(footer_.text, "{page}", std::to_string(i + 1)), "{pages}", pages);
    const double middle = side > 0 ? kEdge + side / 2 : band / 2;
    pdf_.draw_text(page, left_, middle - kSize / 3, text, FontStyle::kRegular, kSize);
  }
}

void Document::Impl::draw_frames() {
  if (frame_width_ <= 0)
    return;
  // Clear of the paper's edge, where many printers cannot print.
  constexpr double kEdge = 4 * kPointsPerMm;
  const double inset = kEdge + frame_width_ / 2;
  for (HPDF_Page page : all_pages_) {
    pdf_.draw_rect_in(page, frame_rgb_, inset, inset, page_w_ - 2 * inset, page_h_ - 2 * inset,
                      frame_width_);
  }
}

}  // namespace thuky::doc
