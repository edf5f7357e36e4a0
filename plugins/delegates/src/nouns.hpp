#pragma once
// English messages count things: "1 polling area", "3 polling areas".

#include <string_view>

namespace delegates {

// `one` for exactly one thing, `many` otherwise (0 included: "0 voters").
constexpr std::string_view noun(long long n, std::string_view one, std::string_view many) {
  return n == 1 ? one : many;
}

}  // namespace delegates
