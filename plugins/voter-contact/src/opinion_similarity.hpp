#pragma once
// Near-duplicate opinions: the same request raised in several communes, worded differently.
//
// The measure: both texts are accent-folded (thuky's search key: "Giải phóng mặt bằng" →
// "giai phong mat bang", so tone-placement and input-method variants vanish), split into
// syllables, stripped of words every request shares ("đề nghị", "cử tri", "của", ...) and of
// the names of the plan's localities (the same request from Kỳ Hoa and from Hải Ninh names its
// own commune); what remains becomes the set of adjacent syllable pairs. A Vietnamese word is
// mostly one or two syllables, so a pair is close to a word or a short phrase ("giao vien",
// "mam non"), while a single syllable ("giao") means many unrelated things. Two opinions are
// alike by the Jaccard index of their pair sets (shared / all), 0 to 1; those at or above the
// threshold (a setting, `duplicate_threshold`) may share a group. Groups grow by average
// linkage: two groups merge when their members are alike on average (the mean over every pair
// across them, unlike pairs counting 0) at the threshold or above, most alike first — so a chain
// of requests each like the next, the ends unlike, does not become one group as it would with
// single linkage. Jaccard rather than cosine: sets, not counts — a voter repeating a phrase
// does not make it weigh more — and both lengths count, so a long list of requests does not
// swallow each short one it touches.

#include <cstddef>
#include <set>
#include <string>
#include <utility>
#include <vector>

namespace contact {

using Shingles = std::vector<std::string>;  // sorted, unique

// The accent-folded syllables of `text`: ASCII letters and digits (and any character folding
// leaves outside ASCII); everything else separates. "Quốc lộ 1A!" → {"quoc", "lo", "1a"}.
std::vector<std::string> folded_words(const std::string& text);

class OpinionShingler {
 public:
  // `places`: names to ignore in the texts (the plan's localities: "xã Kỳ Hoa").
  explicit OpinionShingler(const std::vector<std::string>& places);
  Shingles operator()(const std::string& text) const;

 private:
  std::vector<std::vector<std::string>> ignored_;  // phrases as folded syllables, longest first
};

// The Jaccard index of two shingle sets; 0 when both are empty.
double similarity(const Shingles& a, const Shingles& b);

// Groups of indexes into `items` (each group sorted, groups by their first index; every index
// in exactly one group), by average linkage at `threshold`. Items of a pair in `apart` (i < j)
// never share a group.
std::vector<std::vector<std::size_t>> group_alike(
    const std::vector<Shingles>& items, double threshold,
    const std::set<std::pair<std::size_t, std::size_t>>& apart = {});

}  // namespace contact
