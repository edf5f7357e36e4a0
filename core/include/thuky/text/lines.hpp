#pragma once
// Lists of lines stored in one text column ("Nơi nhận" lines, header lines, area names).

#include <string>
#include <vector>

#include "thuky/export.hpp"

namespace thuky::text {

// {"a", "", "b"} → "a\n\nb"; split_lines gives the same list back.
THUKY_API std::string join_lines(const std::vector<std::string>& lines);
THUKY_API std::vector<std::string> split_lines(const std::string& text);

}  // namespace thuky::text
