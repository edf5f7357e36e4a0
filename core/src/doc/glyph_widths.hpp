#pragma once
// Glyph widths per font file, shared by every document of the process and every thread:
// measuring text is most of the layout's work, and 500 voter lists rendered side by side would
// otherwise look up the same widths 500 times. (libharu embeds a font per PDF, so each document
// still parses the font it draws with; only measuring is shared.)

#include <array>
#include <atomic>
#include <climits>
#include <cstdint>
#include <filesystem>

namespace thuky::doc {

class GlyphWidths {
 public:
  static constexpr std::int16_t kUnknown = INT16_MIN;

  // The table of `font_file`, made on first use and kept for the process's life.
  static GlyphWidths& of(const std::filesystem::path& font_file);

  // The width in 1/1000 em of code point `c`, or kUnknown when not looked up yet (or beyond
  // the Basic Multilingual Plane, which is never cached).
  std::int16_t get(std::uint32_t c) const {
    return c <= 0xFFFF ? widths_[c].load(std::memory_order_relaxed) : kUnknown;
  }
  // Records a width read from the font. Threads may race to record the same value: harmless.
  void set(std::uint32_t c, std::int16_t width) {
    if (c <= 0xFFFF)
      widths_[c].store(width, std::memory_order_relaxed);
  }

 private:
  GlyphWidths();
  std::array<std::atomic<std::int16_t>, 65536> widths_;
};

}  // namespace thuky::doc
