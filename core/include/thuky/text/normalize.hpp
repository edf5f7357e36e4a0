#pragma once
// Unicode normalisation (ICU). Everything thuky stores is NFC: macOS and some editors produce
// NFD ("e" + combining marks), which looks the same but compares and searches differently.

#include <string>
#include <string_view>

namespace thuky::text {

std::string to_nfc(std::string_view utf8);
bool is_nfc(std::string_view utf8);

// Trims and collapses runs of white space to one space (after NFC).
std::string clean_text(std::string_view utf8);

}  // namespace thuky::text
