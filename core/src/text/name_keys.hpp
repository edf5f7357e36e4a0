#pragma once
// The bytes of the name sort keys (NameOrder::sort_key). A key is
//   part(given) part(family) part(middle) date
// where a part is its letters, digits and word breaks then kKeyEnd (dictionary order: then one
// tone a word and kKeyEnd again), and the date is kKeyDate yyyy mm dd or kKeyNoDate. End <
// break < digits < letters < other characters, so "An" < "An Bình" < "Anh".

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "thuky/text/date.hpp"
#include "thuky/text/name_order_kind.hpp"

namespace thuky::text::detail {

inline constexpr std::uint8_t kKeyEnd = 0x00;
inline constexpr std::uint8_t kKeyBreak = 0x01;
inline constexpr std::uint8_t kKeyDate = 0x01;    // known dates first…
inline constexpr std::uint8_t kKeyNoDate = 0x02;  // …unknown last
inline constexpr std::uint8_t kKeyDigits = 0x10;  // 0–9
inline constexpr std::uint8_t kKeyTones = 0x10;   // ngang…nặng, in their own section
inline constexpr std::uint8_t kKeyLetters = 0x20;
inline constexpr std::uint8_t kKeyOther = 0xF0;  // then the code point in 3 bytes

// The published-order byte of a letter with a tone: a à ả ã á ạ ă ằ … b c d đ e è …
std::uint8_t published_letter_byte(std::uint8_t letter, std::uint8_t tone);

void append_part_key(std::string& key, std::string_view part, NameOrderKind kind);
void append_date_key(std::string& key, const std::optional<Date>& date);

}  // namespace thuky::text::detail
