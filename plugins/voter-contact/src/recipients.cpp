#include "recipients.hpp"

#include <algorithm>
#include <sstream>

#include "thuky/text/names.hpp"

namespace contact {
namespace {

// The words of a line as match keys: case, tone placement and punctuation aside.
std::vector<std::string> words_of(std::string_view line) {
  std::vector<std::string> out;
  std::istringstream in{std::string(line)};
  for (std::string w; in >> w;) {
    const auto first = w.find_first_not_of("-,;.:()");
    const auto last = w.find_last_not_of("-,;.:()");
    if (first != std::string::npos)
      out.push_back(thuky::text::match_key(w.substr(first, last - first + 1)));
  }
  return out;
}

// Where `phrase` starts in `words`, or npos.
std::size_t find(const std::vector<std::string>& words, std::string_view phrase) {
  const std::vector<std::string> keys = words_of(phrase);
  if (keys.empty() || keys.size() > words.size())
    return std::string::npos;
  for (std::size_t i = 0; i + keys.size() <= words.size(); ++i) {
    if (std::equal(keys.begin(), keys.end(), words.begin() + static_cast<std::ptrdiff_t>(i)))
      return i;
  }
  return std::string::npos;
}

std::size_t first_of(const std::vector<std::string>& words,
                     std::initializer_list<std::string_view> phrases) {
  std::size_t at = std::string::npos;
  for (const auto phrase : phrases)
    at = std::min(at, find(words, phrase));
  return at;
}

enum Level { kCentral = 0, kProvince = 1, kLocal = 2 };
enum Body { kParty = 0, kCouncil, kCommittee, kFront, kDelegates, kOther };

// A commune, ward or anything under them: "xã Kỳ Hoa", "các xã, phường", "địa phương" (never
// "xã hội").
bool local(const std::vector<std::string>& words) {
  const std::string xa = words_of("xã").front(), hoi = words_of("hội").front();
  for (std::size_t i = 0; i < words.size(); ++i) {
    if (words[i] == xa && (i + 1 == words.size() || words[i + 1] != hoi))
      return true;
  }
  return first_of(words, {"phường", "thị trấn", "đặc khu", "huyện", "thôn", "tổ dân phố",
                          "địa phương"}) != std::string::npos;
}

Body body_of(const std::vector<std::string>& words) {
  // The body the line names first: "UBND, Ủy ban MTTQ các xã" is the people's committee.
  const std::pair<Body, std::size_t> found[] = {
      {kParty, first_of(words, {"tỉnh ủy", "thành ủy", "đảng ủy", "huyện ủy", "đảng đoàn"})},
      {kCouncil, first_of(words, {"HĐND", "hội đồng nhân dân"})},
      {kCommittee, first_of(words, {"UBND", "ủy ban nhân dân"})},
      {kFront, first_of(words, {"MTTQ", "mặt trận"})},
      {kDelegates, first_of(words, {"đại biểu", "ĐBQH"})},
  };
  Body body = kOther;
  std::size_t at = std::string::npos;
  for (const auto& [b, position] : found) {
    if (position < at) {
      body = b;
      at = position;
    }
  }
  // "Các Ban HĐND tỉnh", "Ban Kinh tế - Ngân sách HĐND": the council's committees, listed with
  // its delegates.
  if (body == kCouncil && find(words, "ban") < at)
    return kDelegates;
  return body;
}

}  // namespace

int recipient_rank(std::string_view line) {
  const std::vector<std::string> words = words_of(line);
  if (find(words, "Lưu") == 0)
    return 100;
  const Level level = local(words) ? kLocal
                      : first_of(words, {"quốc hội", "chính phủ", "trung ương"}) <
                              first_of(words, {"đại biểu", "ĐBQH", "đoàn"})
                          ? kCentral
                          : kProvince;
  return level * 10 + body_of(words);
}

void add_recipient(std::vector<std::string>& lines, std::string line) {
  const int rank = recipient_rank(line);
  const auto after = std::find_if(lines.begin(), lines.end(),
                                  [&](const std::string& l) { return recipient_rank(l) > rank; });
  lines.insert(after, std::move(line));
}

}  // namespace contact
