#pragma once
// Breaking styled text into lines that fit a width, by the rules of Vietnamese administrative
// typography (see typography.hpp for which words stay together).

#include <functional>
#include <string>
#include <vector>

#include "doc/pdf_file.hpp"
#include "doc/typography.hpp"
#include "thuky/doc/blocks.hpp"

namespace thuky::doc {

struct Piece {
  std::string text;  // without trailing spaces
  FontStyle style;
  double width = 0;
  double space_after = 0;  // width of the spaces that followed it (0 at a line's end)
  int spaces = 0;          // how many spaces that was
  bool glued = false;      // no break before it: continues the previous piece's word
  bool strike = false;     // drawn struck through (Span::strike)
  // How firmly the space after it holds (kept words): 1 a layout preference (a spaced range,
  // a title's weak word), 2 one unit (a name, a term, a date, a number and its unit). A kept
  // group too wide for its line lets go of the weaker spaces first.
  int bond = 0;
};

struct Line {
  std::vector<Piece> pieces;
  double width = 0;   // natural width, without trailing space
  bool last = false;  // last line of the paragraph (or before a forced break): not justified
};

using Measure = std::function<double(const std::string&, FontStyle)>;

// What stays on one line besides what always does (a number and its unit, a spaced range or
// compound, an abbreviation and what it qualifies).
struct BreakRules {
  // Multi-word terms never split: fixed terms and proper names (titles, headers, cells).
  const std::vector<std::vector<std::string>>* terms = nullptr;  // match keys, word by word
  bool glue_weak_words = false;  // titles: a line never ends on "về", "của", "và" ...
  // Units, multipliers and weak words ([document] in thuky.toml); the defaults when null.
  const typography::WordLists* words = nullptr;
};

// `first_width` for the first line, `width` for the others.
std::vector<Line> break_lines(const std::vector<Span>& spans, double first_width, double width,
                              const Measure& measure, const BreakRules& rules = {});

}  // namespace thuky::doc
