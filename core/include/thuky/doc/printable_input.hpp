#pragma once
// Input files checked against the fonts that will print them (see glyph_coverage.hpp): the
// first string a configured font cannot draw is refused with its file, line, column and key.

#include <toml++/toml.h>

#include <string>

#include "thuky/export.hpp"

namespace thuky::doc {

// Throws UserError "meeting.toml:12:9: field 'participants[2].name': '王' (U+738B) cannot be
// printed: font 'LiberationSerif-Regular.ttf' has no glyph for it" for the first string value
// (in file order) of `root` that the printing fonts cannot print. Does nothing when no
// printing fonts are set.
THUKY_API void require_printable(const toml::table& root, const std::string& source);

}  // namespace thuky::doc
