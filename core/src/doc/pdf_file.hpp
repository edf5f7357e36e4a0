#pragma once
// A thin, safe layer over libharu: fonts loaded on first use and checked for every glyph a
// text needs, libharu errors turned into exceptions, a valid ToUnicode map, metadata, and an
// atomic save. Knows nothing about layout.

#include <hpdf.h>

#include <array>
#include <climits>
#include <cstdint>
#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include "thuky/settings.hpp"

namespace thuky::doc {

class GlyphWidths;

enum class FontStyle { kRegular = 0, kBold = 1, kItalic = 2, kBoldItalic = 3 };

inline FontStyle style_of(bool bold, bool italic) {
  return static_cast<FontStyle>((bold ? 1 : 0) + (italic ? 2 : 0));
}

class PdfFile {
 public:
  explicit PdfFile(const FontSettings& fonts);
  ~PdfFile();
  PdfFile(const PdfFile&) = delete;
  PdfFile& operator=(const PdfFile&) = delete;

  HPDF_Page add_page(double width_pt, double height_pt);

  // Width of `text` in points. Throws UserError if the font lacks a glyph for it.
  double text_width(std::string_view text, FontStyle style, double size);
  void draw_text(HPDF_Page page, double x, double baseline, std::string_view text, FontStyle style,
                 double size);
  void draw_line(HPDF_Page page, double x1, double y1, double x2, double y2, double width = 0.6);
  void draw_rect(HPDF_Page page, double x, double y, double w, double h, double width = 0.6);
  // A rectangle outlined in the colour `rgb` (0xRRGGBB); black again afterwards.
  void draw_rect_in(HPDF_Page page, std::uint32_t rgb, double x, double y, double w, double h,
                    double width);
  // A filled black rectangle (a QR code's modules).
  void fill_rect(HPDF_Page page, double x, double y, double w, double h);
  void add_outline(HPDF_Page page, double top, std::string_view title);

  void set_info(std::string_view title, std::string_view author, std::string_view subject,
                std::optional<std::int64_t> created_epoch);
  // Fixes the fonts' ToUnicode maps, then writes to a temporary file renamed to `file` (an
  // AtomicFile: synced, mode from the umask). Throws UserError with the cause when the
  // directory or the disk is the problem ("no space left on device").
  void save(const std::filesystem::path& file);

 private:
  HPDF_Font font(FontStyle style);
  void set_line_width(HPDF_Page page, double width);
  void check(const char* what);
  // The whole PDF, in memory: written with plain write(2), whose errors say what went wrong.
  std::string to_bytes();
  // The width of `text` in 1/1000 em; throws UserError for a character the font lacks.
  double glyph_units(std::string_view text, FontStyle style);

  HPDF_Doc pdf_ = nullptr;
  FontSettings settings_;
  std::array<HPDF_Font, 4> fonts_{};
  std::array<GlyphWidths*, 4> widths_{};  // shared by the process (glyph_widths.hpp)
  HPDF_Outline outline_root_ = nullptr;
  double line_width_ = -1;  // of the current page
  HPDF_STATUS error_ = HPDF_OK;
  HPDF_STATUS error_detail_ = HPDF_OK;
  friend void record_error(HPDF_STATUS, HPDF_STATUS, void*);
};

}  // namespace thuky::doc
