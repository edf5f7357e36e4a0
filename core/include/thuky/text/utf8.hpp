#pragma once
// Checking that input is UTF-8 and not text from a legacy Vietnamese encoding.

#include <string_view>

#include "thuky/error.hpp"
#include "thuky/export.hpp"

namespace thuky::text {

// Throws UserError naming `where.file`, the line and column (in characters) of the first byte
// that is not UTF-8, with a hint about legacy encodings (TCVN3/ABC, VNI, Windows-1258).
// When `where.line` is set, `text` is one field found there and positions count from it.
THUKY_API void require_utf8(std::string_view text, const InputLocation& where);

// Number of characters (code points) in valid UTF-8 text: columns in messages count these.
THUKY_API int count_characters(std::string_view utf8);

// True when valid UTF-8 text looks like a legacy encoding read as Windows-1252, e.g.
// "§Æng V¨n Thµnh" (TCVN3) or "Nguyeãn Thò" (VNI) instead of "Đặng Văn Thành".
THUKY_API bool looks_like_legacy_encoding(std::string_view text);

// require_utf8, then refuses legacy-looking text with the same kind of message.
THUKY_API void require_unicode_text(std::string_view text, const InputLocation& where);

}  // namespace thuky::text
