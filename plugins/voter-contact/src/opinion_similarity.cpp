#include "opinion_similarity.hpp"

#include <algorithm>
#include <map>
#include <optional>

#include "thuky/text/names.hpp"

namespace contact {

std::vector<std::string> folded_words(const std::string& text) {
  const std::string folded = thuky::text::search_key(text);
  std::vector<std::string> out;
  std::string word;
  for (const char c : folded) {
    const auto u = static_cast<unsigned char>(c);
    if ((u >= 'a' && u <= 'z') || (u >= '0' && u <= '9') || u >= 0x80) {
      word += c;
    } else if (!word.empty()) {
      out.push_back(std::move(word));
      word.clear();
    }
  }
  if (!word.empty())
    out.push_back(std::move(word));
  return out;
}

namespace {

// Words of every request, and words of place that carry no meaning of their own.
const char* const kCommon[] = {
    "de nghi", "kien nghi", "cu tri",     "nguoi dan", "de",     "nghi", "cua",        "va",
    "cac",     "cho",       "duoc",       "da",        "dang",   "la",   "co",         "khong",
    "nhung",   "voi",       "tai",        "tren",      "trong",  "nay",  "do",         "vi",
    "som",     "can",       "cung",       "nhu",       "mot",    "so",   "rat",        "hon",
    "theo",    "ve",        "tu",         "xa",        "phuong", "thon", "to dan pho", "tinh",
    "dia ban", "hien nay",  "tinh trang",
};

}  // namespace

OpinionShingler::OpinionShingler(const std::vector<std::string>& places) {
  for (const char* phrase : kCommon)
    ignored_.push_back(folded_words(phrase));
  for (const auto& place : places) {
    if (auto words = folded_words(place); !words.empty())
      ignored_.push_back(std::move(words));
  }
  std::stable_sort(ignored_.begin(), ignored_.end(),
                   [](const auto& a, const auto& b) { return a.size() > b.size(); });
}

Shingles OpinionShingler::operator()(const std::string& text) const {
  const std::vector<std::string> words = folded_words(text);
  std::vector<std::string> kept;
  for (std::size_t i = 0; i < words.size();) {
    std::size_t skip = 0;
    for (const auto& phrase : ignored_) {
      if (i + phrase.size() <= words.size() &&
          std::equal(phrase.begin(), phrase.end(), words.begin() + static_cast<long>(i))) {
        skip = phrase.size();
        break;
      }
    }
    if (skip == 0)
      kept.push_back(words[i++]);
    else
      i += skip;
  }
  Shingles out;
  for (std::size_t i = 0; i + 1 < kept.size(); ++i)
    out.push_back(kept[i] + " " + kept[i + 1]);
  if (kept.size() == 1)
    out.push_back(kept[0]);
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

double similarity(const Shingles& a, const Shingles& b) {
  std::size_t shared = 0;
  for (auto i = a.begin(), j = b.begin(); i != a.end() && j != b.end();) {
    if (*i < *j) {
      ++i;
    } else if (*j < *i) {
      ++j;
    } else {
      ++shared, ++i, ++j;
    }
  }
  const std::size_t all = a.size() + b.size() - shared;
  return all == 0 ? 0.0 : static_cast<double>(shared) / static_cast<double>(all);
}

std::vector<std::vector<std::size_t>> group_alike(
    const std::vector<Shingles>& items, double threshold,
    const std::set<std::pair<std::size_t, std::size_t>>& apart) {
  using Pair = std::pair<std::size_t, std::size_t>;  // two groups, named by their first item
  // Only pairs sharing a shingle can be alike: an inverted index finds them without comparing
  // every pair (a province's round has thousands of opinions).
  std::map<std::string, std::vector<std::size_t>> holders;
  for (std::size_t i = 0; i < items.size(); ++i) {
    for (const auto& s : items[i])
      holders[s].push_back(i);
  }
  // Between two groups (by their first item, both ways): the sum of their members'
  // similarities; pairs not listed add 0.
  std::vector<std::map<std::size_t, double>> links(items.size());
  for (const auto& [shingle, who] : holders) {
    for (std::size_t x = 0; x < who.size(); ++x) {
      for (std::size_t y = x + 1; y < who.size(); ++y) {
        if (!links[who[x]].count(who[y])) {
          const double s = similarity(items[who[x]], items[who[y]]);
          links[who[x]][who[y]] = s;
          links[who[y]][who[x]] = s;
        }
      }
    }
  }
  std::vector<std::set<std::size_t>> blocked(items.size());
  for (const auto& [a, b] : apart) {
    blocked[a].insert(b);
    blocked[b].insert(a);
  }
  std::vector<std::vector<std::size_t>> members(items.size());
  for (std::size_t i = 0; i < items.size(); ++i)
    members[i] = {i};
  // Average linkage: merge the two groups whose members are most alike on average, while that
  // average reaches the threshold (ties: the lowest pair first). A chain (A like B, B like C, A
  // unlike C) stays apart where single linkage would join it: C's average likeness to {A, B}
  // is half its likeness to B.
  for (;;) {
    std::optional<Pair> best;
    double best_average = 0;
    for (std::size_t a = 0; a < links.size(); ++a) {
      for (auto at = links[a].upper_bound(a); at != links[a].end(); ++at) {
        const std::size_t b = at->first;
        const double average =
            at->second / static_cast<double>(members[a].size() * members[b].size());
        if (average >= threshold && (!best || average > best_average) && !blocked[a].count(b)) {
          best = Pair{a, b};
          best_average = average;
        }
      }
    }
    if (!best)
      break;
    const auto [into, from] = *best;  // into < from: a group keeps its first item's name
    members[into].insert(members[into].end(), members[from].begin(), members[from].end());
    members[from].clear();
    links[into].erase(from);
    for (const auto& [other, sum] : links[from]) {
      if (other == into)
        continue;
      links[into][other] += sum;
      links[other].erase(from);
      links[other][into] += sum;
    }
    links[from].clear();
    for (const std::size_t other : blocked[from]) {
      blocked[other].erase(from);
      blocked[other].insert(into);
      blocked[into].insert(other);
    }
    blocked[from].clear();
  }
  std::vector<std::vector<std::size_t>> out;
  for (auto& group : members) {
    if (group.empty())
      continue;
    std::sort(group.begin(), group.end());
    out.push_back(std::move(group));
  }
  std::sort(out.begin(), out.end());
  return out;
}

}  // namespace contact
