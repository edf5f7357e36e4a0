#pragma once
// Unicode normalisation (ICU). Everything thuky stores is NFC: macOS and some editors produce
// NFD ("e" + combining marks), which looks the same but compares and searches differently.

#include <string>
#include <string_view>
#include "thuky/export.hpp"

namespace thuky::text {

THUKY_API std::string to_nfc(std::string_view utf8);
THUKY_API bool is_nfc(std::string_view utf8);

// Trims and collapses runs of white space to one space (after NFC).
THUKY_API std::string clean_text(std::string_view utf8);

}  // namespace thuky::text
