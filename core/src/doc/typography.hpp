#pragma once
// Vietnamese typography the line breaker applies (issue 10; Decree 30 practice): which words
// stay on one line, which line ends are weak, how a document's text is normalised for print.

#include <string>
#include <string_view>
#include <vector>

namespace thuky::doc::typography {

// The configurable lists ([document] units, multipliers, weak_words), lower-cased once.
struct WordLists {
  std::vector<std::string> units, multipliers, weak;
};
WordLists word_lists(const std::vector<std::string>& units,
                     const std::vector<std::string>& multipliers,
                     const std::vector<std::string>& weak_words);

// "2021", "1.841", "2,3", "45,37"
bool is_number(std::string_view word);
// What follows a number and stays with it: "đồng", "tỷ", "%", "m²", "giờ", "người" ...
bool is_unit(std::string_view word, const WordLists& lists);
// "tỷ", "triệu", "nghìn": the unit before the unit ("2,3 tỷ đồng").
bool is_multiplier(std::string_view word, const WordLists& lists);
// A word of a date or a time of day that holds on to the numbers around it: "ngày 15 tháng 9 năm
// 2020" and "10 giờ 30" never break (Decree 30 practice). False when punctuation ends the word.
bool is_date_word(std::string_view word);
// Whether punctuation ends the word ("2020,", "ngày:"): the phrase closes there.
bool closes_phrase(std::string_view word);
// A dash standing alone between spaces: "2021 - 2026", "chính trị - xã hội".
bool is_dash(std::string_view word);
// An abbreviation that qualifies what follows: "TM.", "KT.", "TL.", "TUQ.".
bool is_qualifier(std::string_view word);
// Upper-case letters only (and at least one): "BAN", "THƯỜNG".
bool is_upper(std::string_view word);
// A word a title line must not end on: "về", "của", "và", "với", "cho" ...
bool is_weak(std::string_view word, const WordLists& lists);
// The word as terms are matched: punctuation around it dropped, tone placement and case aside.
// Remembered per thread (see typography.cpp).
const std::string& word_key(const std::string& word);
// A term's words as word_key gives them.
std::vector<std::string> term_keys(std::string_view term);

// Straight double quotes in prose become typographic ones: "a" → “a”.
std::string curly_quotes(std::string_view text);

}  // namespace thuky::doc::typography

namespace thuky::doc::typography {

enum class ToneStyle { kAsEntered, kNew, kOld };
ToneStyle parse_tone_style(std::string_view name);  // "new", "old", "as-entered"

// Tone-mark placement in syllables ending in oa, oe, uy: new "hòa, khỏe, thủy, Ủy", old "hoà,
// khoẻ, thuỷ, Uỷ". Other syllables ("hoàn", "quý", "Nguyễn") have one placement and are kept.
std::string with_tone_style(std::string_view text, ToneStyle style);

}  // namespace thuky::doc::typography
