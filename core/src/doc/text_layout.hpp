#pragma once
// Breaking styled text into lines that fit a width (ICU line breaking: at spaces, after
// hyphens and slashes, never inside a word).

#include <functional>
#include <string>
#include <vector>

#include "doc/pdf_file.hpp"
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
};

struct Line {
  std::vector<Piece> pieces;
  double width = 0;   // natural width, without trailing space
  bool last = false;  // last line of the paragraph (or before a forced break): not justified
};

using Measure = std::function<double(const std::string&, FontStyle)>;

// `first_width` for the first line, `width` for the others.
std::vector<Line> break_lines(const std::vector<Span>& spans, double first_width, double width,
                              const Measure& measure);

}  // namespace thuky::doc
