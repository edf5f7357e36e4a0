#include "doc/document_impl.hpp"

#include <algorithm>

#include <fmt/format.h>

#include <cctype>

#include "doc/typography.hpp"
#include "thuky/error.hpp"

namespace thuky::doc {

PageSetup PageSetup::from(const Settings& s) {
  PageSetup p;
  p.paper = s.page.paper;
  p.landscape = s.page.landscape;
  p.margin_top_mm = s.page.margin_top_mm;
  p.margin_bottom_mm = s.page.margin_bottom_mm;
  p.margin_left_mm = s.page.margin_left_mm;
  p.margin_right_mm = s.page.margin_right_mm;
  p.body_size = s.fonts.body_size;
  return p;
}

Document::Impl::Impl(const Settings& settings, DocumentInfo info, PageSetup page)
    : pdf_(settings.fonts), info_(std::move(info)), setup_(std::move(page)) {
  for (const auto& term : settings.document.fixed_terms)
    keep_together(term);
  tone_style_ = static_cast<int>(typography::parse_tone_style(settings.document.tone_style));
  abbreviations_ = settings.document.abbreviations;
  word_lists_ = typography::word_lists(settings.document.units, settings.document.multipliers,
                                       settings.document.weak_words);
  double w_mm = 210, h_mm = 297;
  if (setup_.paper == "A5") {
    w_mm = 148;
    h_mm = 210;
  } else if (setup_.paper != "A4") {
    throw UserError(fmt::format("paper '{}' is not supported (A4 or A5)", setup_.paper));
  }
  if (setup_.landscape)
    std::swap(w_mm, h_mm);
  page_w_ = w_mm * kPointsPerMm;
  page_h_ = h_mm * kPointsPerMm;
  double left = setup_.margin_left_mm, right = setup_.margin_right_mm;
  double top = setup_.margin_top_mm, bottom = setup_.margin_bottom_mm;
  if (setup_.landscape) {
    // A landscape page is bound with the portrait ones along its top edge (turned a quarter
    // clockwise to read): the binding margin, the portrait left, goes to the top, and the
    // others turn with it.
    top = setup_.margin_left_mm;
    right = setup_.margin_top_mm;
    bottom = setup_.margin_right_mm;
    left = setup_.margin_bottom_mm;
  }
  left_ = left * kPointsPerMm;
  right_ = page_w_ - right * kPointsPerMm;
  top_ = page_h_ - top * kPointsPerMm;
  bottom_ = bottom * kPointsPerMm;
  if (right_ - left_ < 50 || top_ - bottom_ < 50) {
    throw UserError("the page margins leave no room for text: check [page.margins]");
  }
}

void Document::Impl::new_page() {
  page_ = pdf_.add_page(page_w_, page_h_);
  all_pages_.push_back(page_);
  ++pages_;
  y_ = top_;
  if (setup_.page_numbers && pages_ >= 2) {
    // Decree 30: the number centred in the top margin, from page 2 on.
    const double size = 13;
    const double baseline = page_h_ - (page_h_ - top_) / 2 - size / 3;
    centred(std::to_string(pages_), FontStyle::kRegular, size, left_, right_ - left_, baseline);
  }
}

double Document::Impl::held_height() const {
  double h = 0;
  for (const auto& [height, draw] : held_)
    h += height;
  return h;
}

void Document::Impl::draw_held() {
  auto held = std::move(held_);
  held_.clear();
  for (auto& [height, draw] : held)
    draw();
}

double Document::Impl::room() {
  settle();
  if (!page_)
    new_page();
  return y_ - bottom_ - held_height();
}

void Document::Impl::need(double height) {
  settle();
  if (!page_)
    new_page();
  if (y_ - held_height() - height < bottom_ - 0.01 && !at_page_top())
    new_page();
  draw_held();
}

void Document::Impl::hold(double height, std::function<void()> draw) {
  if (!page_)
    new_page();
  held_.emplace_back(height, std::move(draw));
}

std::vector<Line> Document::Impl::lines_of(const std::vector<Span>& spans, double size,
                                           double first_width, double width, Context context) {
  std::vector<Span> printed = spans;
  for (Span& span : printed)
    span.text = print_text(span.text);
  BreakRules rules;
  // Prose keeps terms and names whole too ("Ủy / ban" never): they are a few words, so a
  // justified line loses little by carrying them to the next.
  rules.terms = &terms_;
  rules.glue_weak_words = context == Context::kTitle;
  rules.words = &word_lists_;
  return break_lines(
      printed, first_width, width,
      [this, size](const std::string& t, FontStyle s) { return pdf_.text_width(t, s, size); },
      rules);
}

namespace {

// A last line of one word (no space inside it) after others.
bool has_widow(const std::vector<Line>& lines) {
  if (lines.size() < 2)
    return false;
  for (const Piece& p : lines.back().pieces) {
    if (p.space_after > 0)
      return false;
  }
  return true;
}

}  // namespace

std::vector<Line> Document::Impl::lines_without_widow(const std::vector<Span>& spans, double size,
                                                      double first_width, double width,
                                                      Context context) {
  std::vector<Line> lines = lines_of(spans, size, first_width, width, context);
  if (!has_widow(lines))
    return lines;
  // Narrow the measure a little at a time: the first that keeps the line count and gives the
  // last line a second word wins. Lines are still drawn (justified) to the full width.
  for (int step = 1; step <= 12; ++step) {
    const double cut = width * 0.01 * step;
    auto tried = lines_of(spans, size, first_width - cut, width - cut, context);
    if (tried.size() == lines.size() && !has_widow(tried))
      return tried;
    if (tried.size() > lines.size())
      break;
  }
  return lines;
}

void Document::Impl::person(const std::string& name) {
  keep_together(name);
  if (!name.empty())
    people_.push_back(name);
}

std::string Document::Impl::print_text(const std::string& text) const {
  const auto style = static_cast<typography::ToneStyle>(tone_style_);
  // Text without a letter outside ASCII has no tone mark to place: dates, numbers, ticks.
  if (style == typography::ToneStyle::kAsEntered ||
      std::all_of(text.begin(), text.end(), [](char c) { return (c & 0x80) == 0; }))
    return text;
  std::string out;
  std::size_t at = 0;
  while (at < text.size()) {
    // The nearest person's name ahead, which prints as written.
    std::size_t found = std::string::npos, length = 0;
    for (const auto& name : people_) {
      const std::size_t f = text.find(name, at);
      if (f < found || (f == found && name.size() > length)) {
        found = f;
        length = name.size();
      }
    }
    out += typography::with_tone_style(
        text.substr(at, found == std::string::npos ? found : found - at), style);
    if (found == std::string::npos)
      break;
    out += text.substr(found, length);
    at = found + length;
  }
  return out;
}

std::string Document::Impl::for_print(const std::string& text) {
  std::string out = print_text(typography::curly_quotes(text));
  for (auto it = abbreviations_.begin(); it != abbreviations_.end();) {
    const auto& [abbr, expansion] = *it;
    std::size_t f = out.find(abbr);
    const auto boundary = [&](std::size_t pos, bool before) {
      if (before && pos == 0)
        return true;
      if (!before && pos >= out.size())
        return true;
      const unsigned char c = static_cast<unsigned char>(before ? out[pos - 1] : out[pos]);
      return c < 0x80 && !std::isalnum(c);
    };
    while (f != std::string::npos && !(boundary(f, true) && boundary(f + abbr.size(), false)))
      f = out.find(abbr, f + 1);
    if (f == std::string::npos) {
      ++it;
      continue;
    }
    // Written out where it first appears, unless the text does so itself.
    if (out.find("(" + abbr + ")") == std::string::npos)
      out.replace(f, abbr.size(), print_text(expansion) + " (" + abbr + ")");
    it = abbreviations_.erase(it);
  }
  return out;
}

void Document::Impl::keep_together(const std::string& term) {
  auto keys = typography::term_keys(term);
  if (keys.size() >= 2)
    terms_.push_back(std::move(keys));
}

// Whether `next` can be drawn in the same text as `piece`, its spaces written as characters,
// and land where it would on its own: same style, not struck, and the space's measured width
// that of its characters in this style.
bool Document::Impl::joins_exactly(const Piece& piece, const Piece& next, double size) {
  if (next.style != piece.style || next.strike)
    return false;
  if (piece.space_after == 0)
    return piece.spaces == 0;
  if (piece.spaces <= 0)
    return false;
  // A line's spaces are alike (one space, one style, one size): measured once, not per word.
  SpaceWidth& known = space_width_;
  if (known.spaces != piece.spaces || known.style != piece.style || known.size != size) {
    known = {piece.spaces, piece.style, size,
             pdf_.text_width(std::string(static_cast<std::size_t>(piece.spaces), ' '), piece.style,
                             size)};
  }
  return known.width == piece.space_after;
}

void Document::Impl::draw_line(const Line& line, double x, double width, double size, Align align,
                               double top) {
  double start = x;
  double extra_per_gap = 0;
  if (align == Align::kCenter)
    start = x + (width - line.width) / 2;
  if (align == Align::kRight)
    start = x + width - line.width;
  if (align == Align::kJustify && !line.last) {
    int gaps = 0;
    for (const Piece& p : line.pieces)
      gaps += p.space_after > 0 ? 1 : 0;
    if (gaps > 0 && width > line.width)
      extra_per_gap = (width - line.width) / gaps;
  }
  const double base = baseline(top, size);
  double pen = start;
  std::string run;  // pieces drawn as one text: one text object instead of one per word
  for (std::size_t i = 0; i < line.pieces.size(); ++i) {
    const Piece& piece = line.pieces[i];
    const double from = pen;
    run.assign(piece.text);
    std::size_t last = i;
    while (extra_per_gap == 0 && !line.pieces[last].strike && last + 1 < line.pieces.size() &&
           joins_exactly(line.pieces[last], line.pieces[last + 1], size)) {
      run.append(static_cast<std::size_t>(line.pieces[last].spaces), ' ');
      pen += line.pieces[last].width + line.pieces[last].space_after;
      run.append(line.pieces[++last].text);
    }
    pdf_.draw_text(page_, from, base, run, piece.style, size);
    if (last != i) {
      pen += line.pieces[last].width;
      if (line.pieces[last].space_after > 0)
        pen += line.pieces[last].space_after;
      i = last;
      continue;
    }
    pen += piece.width;
    if (piece.space_after > 0)
      pen += piece.space_after + extra_per_gap;
    if (piece.strike) {
      // Through the space too when the next word is struck: one line through a name.
      const bool joined = i + 1 < line.pieces.size() && line.pieces[i + 1].strike;
      const double y = base + size * 0.3;
      pdf_.draw_line(page_, from, y, joined ? pen : from + piece.width, y, 0.6);
    }
  }
}

double Document::Impl::centred(const std::string& raw, FontStyle style, double size, double x,
                               double width, double baseline) {
  const std::string text = print_text(raw);
  const double w = pdf_.text_width(text, style, size);
  pdf_.draw_text(page_, x + (width - w) / 2, baseline, text, style, size);
  return w;
}

}  // namespace thuky::doc
