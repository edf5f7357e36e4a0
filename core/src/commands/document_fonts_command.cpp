// `thuky document fonts`: the configured fonts, their files, and whether each has every
// Vietnamese letter, checked before a document needs them.
#include <fmt/format.h>

#include <iostream>

#include "commands/builtin_commands.hpp"
#include "thuky/doc/glyph_coverage.hpp"
#include "thuky/table/list_output.hpp"

namespace thuky::host {
namespace {

// "every Vietnamese letter", "not found", "lacks 12 Vietnamese letters: ẮẰẲ…"
std::string verdict(const doc::FontCoverageReport& r) {
  if (!r.error.empty())
    return r.error;
  if (r.missing_count == 0)
    return "every Vietnamese letter";
  return fmt::format("lacks {} Vietnamese letters: {}", r.missing_count, r.missing_letters);
}

}  // namespace

int run_document_fonts(HostSession& session) {
  const FontSettings& fonts = session.settings().fonts;
  const auto& reports = doc::glyph_coverage(fonts).report();
  table::ListOutput list(
      "fonts",
      {{"style", "Kiểu"}, {"file", "Tệp"}, {"family", "Phông chữ"}, {"vietnamese", "Tiếng Việt"}},
      {session.options().json, {}}, std::cout);
  bool all_good = true;
  for (const auto& r : reports) {
    list.add({r.style, r.file.string(), r.family, verdict(r)});
    all_good = all_good && r.error.empty() && r.missing_count == 0;
  }
  list.finish();
  if (!all_good) {
    const std::string where =
        session.config_file() ? session.config_file()->string() : std::string("thuky.toml");
    session.log().error(fmt::format(
        "a configured font cannot print Vietnamese; set [fonts] in '{}' to files that can "
        "(Liberation Serif, or Times New Roman where the office has it)",
        where));
    return 1;
  }
  return 0;
}

}  // namespace thuky::host
