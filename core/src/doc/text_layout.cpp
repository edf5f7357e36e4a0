#include "doc/text_layout.hpp"

#include "doc/typography.hpp"

#include <unicode/brkiter.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <memory>
#include <optional>
#include <stdexcept>

namespace thuky::doc {
namespace {

// A word with its style pieces and the spaces after it; words are the units of breaking.
struct Word {
  std::vector<Piece> pieces;
  double width = 0;
  double space_after = 0;
  int spaces = 0;
  bool hard_break_after = false;
};

struct Char {
  std::string text;
  FontStyle style;
};

// One line-break iterator per thread, made once: building one loads and parses ICU's rules,
// which cost more than breaking a table cell (documents render on several threads).
icu::BreakIterator& line_breaks() {
  thread_local std::unique_ptr<icu::BreakIterator> breaks = [] {
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::BreakIterator> made(
        icu::BreakIterator::createLineInstance(icu::Locale("vi"), status));
    if (U_FAILURE(status))
      throw std::runtime_error("ICU line breaking unavailable");
    return made;
  }();
  return *breaks;
}

std::vector<Word> words_of(const std::vector<Span>& spans, const Measure& measure) {
  // Flatten to one string, remembering each UTF-16 unit's style, for the break iterator.
  icu::UnicodeString all;
  std::vector<FontStyle> styles;
  std::vector<bool> strikes;
  for (const Span& span : spans) {
    const icu::UnicodeString part = icu::UnicodeString::fromUTF8(span.text);
    all.append(part);
    styles.insert(styles.end(), static_cast<std::size_t>(part.length()),
                  style_of(span.bold, span.italic));
    strikes.insert(strikes.end(), static_cast<std::size_t>(part.length()), span.strike);
  }
  icu::BreakIterator* breaks = &line_breaks();
  breaks->setText(all);

  std::vector<Word> words;
  int32_t start = breaks->first();
  for (int32_t end = breaks->next(); end != icu::BreakIterator::DONE;
       start = end, end = breaks->next()) {
    // ICU also breaks after '/' and '-' inside a word, which splits document numbers
    // ("179/2019/NQ-HĐND"), abbreviations ("b/c") and compounds ("KT-XH"); Vietnamese separates
    // its syllables with spaces, so a line breaks only where ICU's break follows white space
    // (or ends the text). A word wider than a line is still cut (cut_to_width).
    while (end < all.length() && end > start && all[end - 1] != u' ' && all[end - 1] != u'\n' &&
           all[end - 1] != u'\t') {
      const int32_t next = breaks->next();
      if (next == icu::BreakIterator::DONE) {
        end = all.length();
        break;
      }
      end = next;
    }
    Word word;
    int32_t content_end = end;
    while (content_end > start && (all[content_end - 1] == u' ' || all[content_end - 1] == u'\n' ||
                                   all[content_end - 1] == u'\t')) {
      if (all[content_end - 1] == u'\n')
        word.hard_break_after = true;
      --content_end;
    }
    // Split the word's content where the style changes.
    for (int32_t i = start; i < content_end;) {
      int32_t j = i;
      const auto at = [](int32_t k) { return static_cast<std::size_t>(k); };
      while (j < content_end && styles[at(j)] == styles[at(i)] && strikes[at(j)] == strikes[at(i)])
        ++j;
      Piece piece;
      all.tempSubStringBetween(i, j).toUTF8String(piece.text);
      piece.style = styles[at(i)];
      piece.strike = strikes[at(i)];
      piece.width = measure(piece.text, piece.style);
      piece.glued = !word.pieces.empty();
      word.width += piece.width;
      word.pieces.push_back(std::move(piece));
      i = j;
    }
    const int32_t spaces = end - content_end - (word.hard_break_after ? 1 : 0);
    if (spaces > 0 && !word.hard_break_after) {
      const FontStyle style = styles[static_cast<std::size_t>(content_end)];
      word.space_after = measure(std::string(static_cast<std::size_t>(spaces), ' '), style);
      word.spaces = spaces;
    }
    if (!word.pieces.empty() || word.hard_break_after)
      words.push_back(std::move(word));
  }
  return words;
}

// Undoes glue() at the spaces that hold no firmer than `level`: a group kept together that is
// wider than the line (a narrow table cell) breaks at its weakest spaces first ("(7 giờ 30 - /
// 10 giờ 30)"), then at any of its spaces, before anything is cut between characters.
std::vector<Word> unglue(Word word, int level) {
  std::vector<Word> words;
  Word current;
  for (Piece& piece : word.pieces) {
    const double space = piece.space_after;
    const int spaces = piece.spaces;
    const bool split = spaces > 0 && piece.bond <= level;
    piece.glued = !current.pieces.empty();
    current.width += piece.width + (split ? 0 : space);
    if (split) {
      piece.space_after = 0;
      piece.spaces = 0;
      piece.bond = 0;
    }
    current.pieces.push_back(std::move(piece));
    if (split) {
      current.space_after = space;
      current.spaces = spaces;
      words.push_back(std::move(current));
      current = Word{};
    }
  }
  current.space_after = word.space_after;
  current.spaces = word.spaces;
  current.hard_break_after = word.hard_break_after;
  if (!current.pieces.empty() || current.hard_break_after)
    words.push_back(std::move(current));
  return words;
}

// A word wider than the line (a long number in a narrow cell) is cut between characters.
std::vector<Word> cut_to_width(Word word, double limit, const Measure& measure) {
  std::vector<Word> parts;
  Word current;
  for (const Piece& piece : word.pieces) {
    const icu::UnicodeString text = icu::UnicodeString::fromUTF8(piece.text);
    std::string chunk;
    for (int32_t i = 0; i < text.length();) {
      const int32_t next = i + U16_LENGTH(text.char32At(i));
      std::string ch;
      text.tempSubStringBetween(i, next).toUTF8String(ch);
      const double w = measure(chunk + ch, piece.style);
      if (current.width + w > limit && (!chunk.empty() || !current.pieces.empty())) {
        if (!chunk.empty()) {
          const double cw = measure(chunk, piece.style);
          current.pieces.push_back(
              {chunk, piece.style, cw, 0, 0, !current.pieces.empty(), piece.strike, 0});
          current.width += cw;
        }
        parts.push_back(std::move(current));
        current = Word{};
        chunk.clear();
      }
      chunk += ch;
      i = next;
    }
    if (!chunk.empty()) {
      const double cw = measure(chunk, piece.style);
      current.pieces.push_back(
          {chunk, piece.style, cw, 0, 0, !current.pieces.empty(), piece.strike, 0});
      current.width += cw;
    }
  }
  current.space_after = word.space_after;
  current.hard_break_after = word.hard_break_after;
  parts.push_back(std::move(current));
  return parts;
}

std::string text_of(const Word& w) {
  std::string out;
  for (const Piece& p : w.pieces)
    out += p.text;
  return out;
}

// Joins word i + 1 to word i: the space between them no longer breaks (held with `bond`).
void glue(std::vector<Word>& words, std::size_t i, int bond) {
  Word& a = words[i];
  Word& b = words[i + 1];
  if (a.pieces.empty() || b.pieces.empty() || a.hard_break_after)
    return;
  a.pieces.back().space_after = a.space_after;
  a.pieces.back().spaces = a.spaces;
  a.pieces.back().bond = bond;
  a.width += a.space_after + b.width;
  for (Piece& p : b.pieces)
    a.pieces.push_back(std::move(p));
  a.space_after = b.space_after;
  a.spaces = b.spaces;
  a.hard_break_after = b.hard_break_after;
  words.erase(words.begin() + static_cast<std::ptrdiff_t>(i) + 1);
}

void apply_rules(std::vector<Word>& words, const BreakRules& rules) {
  static const typography::WordLists defaults = [] {
    const DocumentSettings d;
    return typography::word_lists(d.units, d.multipliers, d.weak_words);
  }();
  const typography::WordLists& lists = rules.words ? *rules.words : defaults;
  std::vector<std::string> texts;
  for (const Word& w : words)
    texts.push_back(text_of(w));
  // Decide every join on the words as written, then join from the end so indices hold.
  // join[i]: how firmly word i + 1 stays with word i (Piece::bond; 0: a line may end there).
  std::vector<int> join(words.size(), 0);
  const auto hold = [&join](std::size_t i, int bond) { join[i] = std::max(join[i], bond); };
  constexpr int kPreference = 1, kUnit = 2;
  bool qualified = false;  // inside "TM. BAN THƯỜNG TRỰC": the upper-case words that follow
  for (std::size_t i = 0; i + 1 < words.size(); ++i) {
    if (words[i].hard_break_after) {
      qualified = false;
      continue;
    }
    qualified =
        (qualified || typography::is_qualifier(texts[i])) && typography::is_upper(texts[i + 1]);
    if (qualified)
      hold(i, kUnit);
    const std::string& a = texts[i];
    const std::string& b = texts[i + 1];
    if ((typography::is_number(a) && typography::is_unit(b, lists)) ||
        (typography::is_multiplier(a, lists) && typography::is_unit(b, lists)) ||
        (typography::is_qualifier(a) && typography::is_upper(b))) {
      hold(i, kUnit);
    }
    if (typography::is_dash(a) || typography::is_dash(b) ||
        (rules.glue_weak_words && typography::is_weak(a, lists))) {
      hold(i, kPreference);
    }
    // "ngày 15 tháng 9 năm 2020", "10 giờ 30": a date or a time of day is one piece.
    if ((typography::is_date_word(a) && typography::is_number(b)) ||
        (typography::is_number(a) && !typography::closes_phrase(a) && typography::is_date_word(b)))
      hold(i, kUnit);
    // A spaced compound keeps a syllable on each side: "chính trị - xã hội".
    if (typography::is_dash(b) && i + 2 < words.size() && i > 0 && !typography::is_number(a) &&
        !words[i - 1].hard_break_after && !typography::is_dash(texts[i - 1]))
      hold(i - 1, kPreference);
    if (typography::is_dash(a) && i + 2 < words.size() && !typography::is_number(b))
      hold(i + 1, kPreference);
  }
  if (rules.terms) {
    std::vector<std::string> keys;
    for (const auto& t : texts)
      keys.push_back(typography::word_key(t));
    for (const auto& term : *rules.terms) {
      if (term.size() < 2)
        continue;
      for (std::size_t i = 0; i + term.size() <= keys.size(); ++i) {
        bool same = true;
        for (std::size_t k = 0; k < term.size() && same; ++k)
          same = keys[i + k] == term[k];
        for (std::size_t k = 0; same && k + 1 < term.size(); ++k)
          hold(i + k, kUnit);
      }
    }
  }
  for (std::size_t i = words.size(); i-- > 1;) {
    if (join[i - 1] > 0)
      glue(words, i - 1, join[i - 1]);
  }
}

}  // namespace

// Most table cells and short lines fit as they are: one plain span, no line break.
std::optional<Line> fits_whole(const std::vector<Span>& spans, double limit,
                               const Measure& measure) {
  if (spans.size() != 1)
    return std::nullopt;
  const Span& span = spans.front();
  if (span.text.find_first_of("\n\t") != std::string::npos || span.text.empty() ||
      span.text.front() == ' ' || span.text.back() == ' ' ||
      span.text.find("  ") != std::string::npos) {
    return std::nullopt;
  }
  const FontStyle style = style_of(span.bold, span.italic);
  const double width = measure(span.text, style);
  if (width > limit)
    return std::nullopt;
  // A single, last line is never justified, so it can stay one piece.
  Line line;
  line.width = width;
  line.last = true;
  line.pieces.push_back(Piece{span.text, style, width, 0, 0, false, span.strike, 0});
  return line;
}

std::vector<Line> break_lines(const std::vector<Span>& spans, double first_width, double width,
                              const Measure& measure, const BreakRules& rules) {
  if (auto line = fits_whole(spans, first_width, measure))
    return {std::move(*line)};
  std::vector<Line> lines;
  Line line;
  double pending_space = 0;  // the space before the next word on this line
  int pending_spaces = 0;
  const auto finish = [&](bool last) {
    if (!line.pieces.empty())
      line.pieces.back().space_after = 0;
    line.last = last;
    lines.push_back(std::move(line));
    line = Line{};
    pending_space = 0;
  };
  std::vector<Word> words;
  std::vector<Word> source = words_of(spans, measure);
  apply_rules(source, rules);
  const double narrowest = std::min(first_width, width);
  for (Word& glued : source) {
    if (glued.width <= narrowest || width <= 0) {
      words.push_back(std::move(glued));
      continue;
    }
    for (Word& loose : unglue(std::move(glued), 1)) {
      if (loose.width <= narrowest) {
        words.push_back(std::move(loose));
        continue;
      }
      for (Word& word : unglue(std::move(loose), 2)) {
        if (word.width > narrowest) {
          for (Word& part : cut_to_width(std::move(word), narrowest, measure))
            words.push_back(std::move(part));
        } else {
          words.push_back(std::move(word));
        }
      }
    }
  }
  for (Word& word : words) {
    const double limit = lines.empty() ? first_width : width;
    if (!line.pieces.empty() && line.width + pending_space + word.width > limit)
      finish(false);
    if (!word.pieces.empty()) {
      if (!line.pieces.empty()) {
        line.pieces.back().space_after = pending_space;
        line.pieces.back().spaces = pending_spaces;
        line.width += pending_space;
      }
      for (Piece& piece : word.pieces)
        line.pieces.push_back(std::move(piece));
      line.width += word.width;
      pending_space = word.space_after;
      pending_spaces = word.spaces;
    }
    if (word.hard_break_after)
      finish(true);
  }
  if (!line.pieces.empty() || lines.empty())
    finish(true);
  return lines;
}

}  // namespace thuky::doc
