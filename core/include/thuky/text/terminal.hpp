#pragma once
// Text from files and the store shown on a terminal: control characters (ESC, BEL, CR, the C1
// range ...) in a name could move the cursor, rewrite lines or change the window title
// (terminal injection), so they are printed escaped.

#include <string>
#include <string_view>

#include "thuky/export.hpp"

namespace thuky::text {

// `text` with every control character written as an escape: "\e[31m" becomes "\x1b[31m", a
// newline "\n", a tab "\t", U+009B "\u009b". Other text, valid or not, is unchanged. With
// `keep_line_breaks`, newlines and tabs stay (messages of several lines).
THUKY_API std::string escape_controls(std::string_view text, bool keep_line_breaks = false);

}  // namespace thuky::text
