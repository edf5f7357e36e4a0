#include "place_names.hpp"

#include <array>
#include <cctype>

#include "thuky/text/case.hpp"

namespace contact {
namespace {

// Kinds of units and of their parts (2025 two-tier units, older ones in older data; villages,
// hamlets and residential groups), longest first where one begins another.
constexpr std::array<std::string_view, 18> kKinds = {
    "tổ dân phố", "khu phố", "thành phố", "thị trấn", "thị xã", "đặc khu",
    "phường",     "xã",      "tỉnh",      "huyện",    "quận",   "thôn",
    "xóm",        "bản",     "ấp",        "khối",     "buôn",   "làng"};

// Whether `text` at `at` starts with `kind` as a whole word, whatever the first letter's case.
bool opens_with(std::string_view text, std::size_t at, std::string_view kind) {
  const std::string head = thuky::text::lower_first(text.substr(at, kind.size()));
  if (head != kind)
    return false;
  const std::size_t end = at + kind.size();
  return end == text.size() || text[end] == ' ';
}

// "Số 1 đường Nguyễn Du": a house number, written in lower case inside a sentence.
bool opens_with_number(std::string_view text, std::size_t at) {
  constexpr std::string_view kNumber = "số";
  const std::size_t digit = at + kNumber.size() + 1;  // after "số "
  return opens_with(text, at, kNumber) && digit < text.size() &&
         std::isdigit(static_cast<unsigned char>(text[digit]));
}

}  // namespace

std::string in_sentence(std::string_view place) {
  std::string out;
  std::size_t at = 0;
  while (at <= place.size()) {
    const std::size_t comma = place.find(", ", at);
    const std::size_t end = comma == std::string_view::npos ? place.size() : comma;
    std::string_view part = place.substr(at, end - at);
    bool kind = false;
    for (std::string_view k : kKinds)
      kind = kind || opens_with(place, at, k);
    kind = kind || opens_with_number(place, at);
    out += kind ? thuky::text::lower_first(part) : std::string(part);
    if (comma == std::string_view::npos)
      break;
    out += ", ";
    at = comma + 2;
  }
  return out;
}

std::string at_line_start(std::string_view place) {
  return thuky::text::upper_first(in_sentence(place));
}

}  // namespace contact
