// Tone-mark placement for print. Written by hand, not with ICU transforms: the rule is
// Vietnamese-specific (which of two vowels carries the mark at a syllable's end) and ICU has
// no transliterator for it; ICU does the decomposition.
#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

#include <vector>

#include "doc/typography.hpp"

namespace thuky::doc::typography {
namespace {

const icu::Normalizer2& nfd() {
  UErrorCode status = U_ZERO_ERROR;
  return *icu::Normalizer2::getNFDInstance(status);
}

const icu::Normalizer2& nfc() {
  UErrorCode status = U_ZERO_ERROR;
  return *icu::Normalizer2::getNFCInstance(status);
}

bool is_tone(UChar32 c) {
  return c == 0x0300 || c == 0x0301 || c == 0x0303 || c == 0x0309 || c == 0x0323;
}

// A letter as base + at most one tone mark and nothing else ("ò" → 'o', 0x300; "a" → 'a', 0).
bool split(UChar32 c, UChar32& base, UChar32& tone) {
  icu::UnicodeString d;
  if (!nfd().getDecomposition(c, d))
    d = icu::UnicodeString(c);
  base = d.char32At(0);
  tone = 0;
  if (d.countChar32() == 1)
    return true;
  if (d.countChar32() == 2 && is_tone(d.char32At(d.moveIndex32(0, 1)))) {
    tone = d.char32At(d.moveIndex32(0, 1));
    return true;
  }
  return false;
}

UChar32 compose(UChar32 base, UChar32 tone) {
  if (!tone)
    return base;
  icu::UnicodeString s(base);
  s.append(tone);
  UErrorCode status = U_ZERO_ERROR;
  const icu::UnicodeString c = nfc().normalize(s, status);
  return c.char32At(0);
}

bool pair_of(UChar32 first, UChar32 second) {
  const UChar32 a = u_tolower(first), b = u_tolower(second);
  return (a == 'o' && (b == 'a' || b == 'e')) || (a == 'u' && b == 'y');
}

}  // namespace

ToneStyle parse_tone_style(std::string_view name) {
  if (name == "old")
    return ToneStyle::kOld;
  if (name == "as-entered")
    return ToneStyle::kAsEntered;
  return ToneStyle::kNew;
}

std::string with_tone_style(std::string_view text, ToneStyle style) {
  if (style == ToneStyle::kAsEntered)
    return std::string(text);
  // Decoded by hand (U8_NEXT) rather than through an icu::UnicodeString: every table cell
  // passes here, and most change nothing; the text is rebuilt only when a mark moves.
  std::vector<UChar32> cs;
  std::vector<std::size_t> offsets;  // byte offset of each code point in `text`
  const auto* bytes = reinterpret_cast<const uint8_t*>(text.data());
  const auto length = static_cast<int32_t>(text.size());
  for (int32_t at = 0; at < length;) {
    offsets.push_back(static_cast<std::size_t>(at));
    UChar32 c = 0;
    U8_NEXT(bytes, at, length, c);
    cs.push_back(c);
  }
  std::string out;
  std::size_t copied = 0;  // bytes of `text` already in `out`
  for (std::size_t i = 0; i + 1 < cs.size(); ++i) {
    const bool ends = i + 2 >= cs.size() || !u_isalpha(cs[i + 2]);
    const bool after_q = i > 0 && u_tolower(cs[i - 1]) == 'q';
    if (!ends || after_q || cs[i] < 'O' || cs[i + 1] < 'A')
      continue;  // a pair that can move a mark ends a syllable in o/u + a/e/y
    UChar32 b1 = 0, t1 = 0, b2 = 0, t2 = 0;
    if (!split(cs[i], b1, t1) || !split(cs[i + 1], b2, t2) || !pair_of(b1, b2) ||
        (t1 == 0) == (t2 == 0))
      continue;
    const UChar32 tone = t1 ? t1 : t2;
    const bool on_first = style == ToneStyle::kNew;
    icu::UnicodeString pair;
    pair.append(compose(b1, on_first ? tone : 0));
    pair.append(compose(b2, on_first ? 0 : tone));
    out.append(text.substr(copied, offsets[i] - copied));
    pair.toUTF8String(out);
    copied = i + 2 < offsets.size() ? offsets[i + 2] : text.size();
    ++i;
  }
  if (copied == 0)
    return std::string(text);
  out.append(text.substr(copied));
  return out;
}

}  // namespace thuky::doc::typography
