#pragma once
// Which characters the configured fonts can print, read from the fonts' own character maps
// (FreeType), so that text no font can draw (Chinese, emoji, a stray control character) is
// refused where it is entered, with its file, line and field, and never printed as empty boxes.
//
//   if (auto problem = thuky::doc::glyph_coverage(ctx.settings().fonts).problem(name))
//     throw thuky::UserError(location, *problem);

#include <cstdint>
#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "thuky/export.hpp"
#include "thuky/settings.hpp"

namespace thuky::doc {

// What `thuky document fonts` says of one configured font.
struct THUKY_API FontCoverageReport {
  std::string style;              // "regular", "bold", "italic", "bold_italic"
  std::filesystem::path file;     // as configured: dir / name
  std::string family;             // the font's own name ("Liberation Serif"); empty if unread
  std::string error;              // why the file could not be read; empty when it could
  std::size_t missing_count = 0;  // Vietnamese letters (with every tone) it lacks
  std::string missing_letters;    // those letters, UTF-8
};

class THUKY_API GlyphCoverage {
 public:
  // Reads the four configured font files. A file that cannot be read is reported by report()
  // and covers nothing.
  explicit GlyphCoverage(const FontSettings& fonts);

  // Why `utf8` cannot be printed, naming the first character at fault and the font lacking it:
  //   "'王' (U+738B) cannot be printed: font 'LiberationSerif-Regular.ttf' has no glyph for it"
  // nullopt when every font can print all of it. Tabs and line breaks are layout, not glyphs.
  std::optional<std::string> problem(std::string_view utf8) const;
  // One report per configured font, regular first.
  const std::vector<FontCoverageReport>& report() const noexcept { return reports_; }

 private:
  struct Font;
  bool printable_everywhere(char32_t c) const;
  std::vector<std::shared_ptr<const Font>> fonts_;
  std::vector<FontCoverageReport> reports_;
  std::vector<std::uint64_t> printable_bmp_;  // a bit per BMP character all fonts print
};

// The coverage of `fonts`, read once per process and set of font files (thread-safe).
THUKY_API const GlyphCoverage& glyph_coverage(const FontSettings& fonts);

// The fonts this run prints with: the host sets them from thuky.toml when a command starts, and
// imports check text against them (read only when first needed).
THUKY_API void set_printing_fonts(const FontSettings& fonts);
// glyph_coverage(printing fonts).problem(utf8); nullopt when no fonts were set.
THUKY_API std::optional<std::string> unprintable(std::string_view utf8);

// Every Vietnamese letter, upper and lower case, with each of the five tones: what a font
// must have to print Vietnamese.
THUKY_API const std::u32string& vietnamese_letters();

}  // namespace thuky::doc
