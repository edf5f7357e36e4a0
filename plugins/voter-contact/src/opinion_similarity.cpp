#include "opinion_similarity.hpp"

#include <algorithm>
#include <map>
#include <numeric>

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
  std::vector<std::size_t> parent(items.size());
  std::iota(parent.begin(), parent.end(), 0);
  const auto root = [&](std::size_t i) {
    while (parent[i] != i)
      i = parent[i] = parent[parent[i]];
    return i;
  };
  // Only pairs sharing a shingle can be alike: an inverted index finds them without comparing
  // every pair (a province's round has thousands of opinions).
  std::map<std::string, std::vector<std::size_t>> holders;
  for (std::size_t i = 0; i < items.size(); ++i) {
    for (const auto& s : items[i])
      holders[s].push_back(i);
  }
  std::set<std::pair<std::size_t, std::size_t>> candidates;
  for (const auto& [shingle, who] : holders) {
    for (std::size_t x = 0; x < who.size(); ++x) {
      for (std::size_t y = x + 1; y < who.size(); ++y)
        candidates.emplace(who[x], who[y]);
    }
  }
  for (const auto& [i, j] : candidates) {
    if (apart.count({i, j}) == 0 && similarity(items[i], items[j]) >= threshold)
      parent[root(j)] = root(i);
  }
  std::map<std::size_t, std::vector<std::size_t>> groups;
  for (std::size_t i = 0; i < items.size(); ++i)
    groups[root(i)].push_back(i);
  std::vector<std::vector<std::size_t>> out;
  for (auto& [r, members] : groups)
    out.push_back(std::move(members));
  std::sort(out.begin(), out.end());
  return out;
}

}  // namespace contact
