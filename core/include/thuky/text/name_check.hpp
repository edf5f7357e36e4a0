#pragma once
// SDK 2.5: the one rule of what may stand as a person's name, for every way a name comes in
// (the people directory, candidate and voter lists, a late voter on the command line).
//
// Invisible formatting is the user's editor's, not the user's: a non-breaking or other Unicode
// space becomes a plain space and zero-width characters (U+200B..U+200D, U+2060, the BOM
// U+FEFF, soft hyphens, direction marks) go, silently, because the user cannot see them and
// meant the name they see. What the user can see and no name holds — a digit, a formula sign
// (= + @), another symbol, a control character, an apostrophe or hyphen in front — is refused
// with the value, never changed: the user decides what was meant.

#include <optional>
#include <string>
#include <string_view>

#include "thuky/export.hpp"
#include "thuky/message.hpp"

namespace thuky::text {

// NFC, Unicode spaces as one ASCII space (runs collapsed, ends trimmed), invisible formatting
// characters removed.
THUKY_API std::string clean_name(std::string_view utf8);

// What makes a cleaned name (clean_name) no name, in both languages; nothing when it may be one.
// A name is words of letters (with their marks), spaces, an apostrophe or hyphen inside a word
// ("Ksor H'Luân"), a dot after an initial, another name in parentheses ("Nguyễn Văn Thạnh
// (Lâm)") and a nickname in quotes (Lê Thị "Út" Hoa). One word is a name (a given name alone).
// Empty is not this rule's business.
THUKY_API std::optional<Message> name_problem(std::string_view cleaned_name);

}  // namespace thuky::text
