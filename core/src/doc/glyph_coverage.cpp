#include "thuky/doc/glyph_coverage.hpp"

#include <fmt/format.h>
#include <ft2build.h>
#include FT_FREETYPE_H
#include <unicode/utf8.h>

#include <atomic>
#include <map>
#include <mutex>
#include <set>

namespace thuky::doc {

// The characters one font file maps to a glyph (its cmap), read once.
struct GlyphCoverage::Font {
  std::string name;  // the file's name, as messages show it
  std::set<char32_t> chars;
};

namespace {

// Reads `file`'s Unicode cmap; sets `error` (and returns no characters) when it cannot.
std::set<char32_t> read_cmap(const std::filesystem::path& file, std::string& family,
                             std::string& error) {
  std::set<char32_t> chars;
  FT_Library library = nullptr;
  if (FT_Init_FreeType(&library) != 0) {
    error = "FreeType could not start";
    return chars;
  }
  FT_Face face = nullptr;
  std::error_code ec;
  if (!std::filesystem::is_regular_file(file, ec)) {
    error = "not found";
  } else if (FT_New_Face(library, file.c_str(), 0, &face) != 0) {
    error = "not a font file FreeType can read";
  } else if (FT_Select_Charmap(face, FT_ENCODING_UNICODE) != 0) {
    error = "has no Unicode character map";
  } else {
    family = face->family_name ? face->family_name : "";
    FT_UInt glyph = 0;
    for (FT_ULong c = FT_Get_First_Char(face, &glyph); glyph != 0;
         c = FT_Get_Next_Char(face, c, &glyph)) {
      chars.insert(static_cast<char32_t>(c));
    }
  }
  if (face)
    FT_Done_Face(face);
  FT_Done_FreeType(library);
  return chars;
}

// Layout, not glyphs: the engine breaks lines and tabs itself.
bool is_layout(char32_t c) {
  return c == U'\t' || c == U'\n' || c == U'\r';
}

bool is_control(char32_t c) {
  return c < 0x20 || (c >= 0x7F && c <= 0x9F);
}

std::string utf8_of(char32_t c) {
  std::string out;
  char buffer[U8_MAX_LENGTH];
  int32_t length = 0;
  UBool error = false;
  U8_APPEND(reinterpret_cast<uint8_t*>(buffer), length, U8_MAX_LENGTH, static_cast<UChar32>(c),
            error);
  if (!error)
    out.assign(buffer, static_cast<std::size_t>(length));
  return out;
}

}  // namespace

GlyphCoverage::GlyphCoverage(const FontSettings& fonts) {
  const std::pair<const char*, const std::string*> styles[] = {{"regular", &fonts.regular},
                                                               {"bold", &fonts.bold},
                                                               {"italic", &fonts.italic},
                                                               {"bold_italic", &fonts.bold_italic}};
  for (const auto& [style, name] : styles) {
    FontCoverageReport report{style, fonts.dir / *name, "", "", 0, ""};
    auto font = std::make_shared<Font>();
    font->name = *name;
    font->chars = read_cmap(report.file, report.family, report.error);
    if (report.error.empty()) {
      for (char32_t c : vietnamese_letters()) {
        if (!font->chars.contains(c)) {
          ++report.missing_count;
          report.missing_letters += utf8_of(c);
        }
      }
    }
    fonts_.push_back(std::move(font));
    reports_.push_back(std::move(report));
  }
  // Imports ask of every field: one bit per BMP character, set when every readable font has
  // it, answers nearly all of them without the four set lookups.
  printable_bmp_.assign(0x10000 / 64, ~std::uint64_t{0});
  for (const auto& font : fonts_) {
    if (font->chars.empty())
      continue;  // unreadable: it refuses nothing here (see problem())
    std::vector<std::uint64_t> bits(printable_bmp_.size(), 0);
    for (char32_t c : font->chars) {
      if (c < 0x10000)
        bits[c / 64] |= std::uint64_t{1} << (c % 64);
    }
    for (std::size_t i = 0; i < bits.size(); ++i)
      printable_bmp_[i] &= bits[i];
  }
  for (char32_t c = 0; c < 0x10000; ++c) {
    if (is_control(c) || is_layout(c))
      printable_bmp_[c / 64] &= ~(std::uint64_t{1} << (c % 64));  // problem() decides them
  }
}

bool GlyphCoverage::printable_everywhere(char32_t c) const {
  return c < 0x10000 && (printable_bmp_[c / 64] >> (c % 64) & 1) != 0;
}

std::optional<std::string> GlyphCoverage::problem(std::string_view utf8) const {
  const auto* bytes = reinterpret_cast<const uint8_t*>(utf8.data());
  const auto length = static_cast<int32_t>(utf8.size());
  for (int32_t i = 0; i < length;) {
    UChar32 c = 0;
    U8_NEXT(bytes, i, length, c);
    if (c < 0)
      return "it is not valid UTF-8 text";
    const auto ch = static_cast<char32_t>(c);
    if (printable_everywhere(ch))
      continue;
    if (is_layout(ch))
      continue;
    if (is_control(ch)) {
      return fmt::format(
          "it contains the control character U+{:04X}, which cannot be printed; "
          "remove it",
          static_cast<std::uint32_t>(ch));
    }
    for (const auto& font : fonts_) {
      if (font->chars.empty() || font->chars.contains(ch))
        continue;  // an unreadable font is reported by `thuky document fonts` and at render
      return fmt::format("'{}' (U+{:04X}) cannot be printed: font '{}' has no glyph for it",
                         utf8_of(ch), static_cast<std::uint32_t>(ch), font->name);
    }
  }
  return std::nullopt;
}

const GlyphCoverage& glyph_coverage(const FontSettings& fonts) {
  static std::mutex mutex;
  static std::map<std::string, std::unique_ptr<GlyphCoverage>> cache;
  const std::string key = fmt::format("{}\n{}\n{}\n{}\n{}", fonts.dir.string(), fonts.regular,
                                      fonts.bold, fonts.italic, fonts.bold_italic);
  std::lock_guard lock(mutex);
  auto& slot = cache[key];
  if (!slot)
    slot = std::make_unique<GlyphCoverage>(fonts);
  return *slot;
}

namespace {
std::mutex printing_mutex;
std::optional<FontSettings> printing_fonts;
// glyph_coverage(*printing_fonts) once first asked for: imports ask for every field, and
// copying the settings and formatting the cache key each time cost more than the check.
std::atomic<const GlyphCoverage*> printing_coverage{nullptr};
}  // namespace

void set_printing_fonts(const FontSettings& fonts) {
  std::lock_guard lock(printing_mutex);
  printing_fonts = fonts;
  printing_coverage.store(nullptr);
}

std::optional<std::string> unprintable(std::string_view utf8) {
  const GlyphCoverage* coverage = printing_coverage.load(std::memory_order_acquire);
  if (!coverage) {
    std::lock_guard lock(printing_mutex);
    if (!printing_fonts)
      return std::nullopt;
    coverage = &glyph_coverage(*printing_fonts);  // read once; the cache keeps it alive
    printing_coverage.store(coverage, std::memory_order_release);
  }
  return coverage->problem(utf8);
}

const std::u32string& vietnamese_letters() {
  static const std::u32string letters =
      U"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyzÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝàáâãèéêìíòóôõùúýĂăĐđĨĩ"
      U"ŨũƠơƯưẠạẢảẤấẦầẨẩẪẫẬậẮắẰằẲẳẴẵẶặẸẹẺẻẼẽẾếỀềỂểỄễỆệỈỉỊịỌọỎỏỐốỒồỔổỖỗỘộỚớỜờỞởỠỡỢợỤụỦủỨứỪừỬửỮữỰựỲỳỴ"
      U"ỵỶỷỸỹ";
  return letters;
}

}  // namespace thuky::doc
