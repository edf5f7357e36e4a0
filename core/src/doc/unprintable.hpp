#pragma once
// doc::unprintable (thuky/doc/glyph_coverage.hpp) without <filesystem>, whose std::quoted
// would be found by ADL in files that have a quoted() of their own.

#include <optional>
#include <string>
#include <string_view>

#include "thuky/export.hpp"

namespace thuky::doc {

THUKY_API std::optional<std::string> unprintable(std::string_view utf8);

}  // namespace thuky::doc
