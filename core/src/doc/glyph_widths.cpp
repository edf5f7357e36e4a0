#include "doc/glyph_widths.hpp"

#include <map>
#include <memory>
#include <mutex>
#include <string>

namespace thuky::doc {

GlyphWidths::GlyphWidths() {
  for (auto& w : widths_)
    w.store(kUnknown, std::memory_order_relaxed);
}

GlyphWidths& GlyphWidths::of(const std::filesystem::path& font_file) {
  static std::mutex mutex;
  static std::map<std::string, std::unique_ptr<GlyphWidths>> tables;
  std::error_code ignored;
  const auto canonical = std::filesystem::weakly_canonical(font_file, ignored);
  const std::string key = canonical.empty() ? font_file.string() : canonical.string();
  const std::lock_guard lock(mutex);
  auto& table = tables[key];
  if (!table)
    table.reset(new GlyphWidths());
  return *table;
}

}  // namespace thuky::doc
