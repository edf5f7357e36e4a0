#pragma once
// The colour of each level's ballots. The law wants the levels' ballots told apart; which colour
// each gets the committee decides (2021, e.g. Quảng Nam: National Assembly pink, province
// yellow, district blue, commune white): [plugins.delegates] ballot_colours, by tier.

#include <cstdint>
#include <optional>
#include <string>

#include "model.hpp"

namespace delegates {

// The key of ballot_colours for `election`: "national_assembly", or by the council's place in
// its body's name: "province" (tỉnh, thành phố), "district" (huyện, quận, thị xã: data from
// before the two-tier reform of 1/7/2025), "commune" (xã, phường, thị trấn, đặc khu).
std::string ballot_tier(const Election& election);

// The colour named in the settings as 0xRRGGBB for the ballot's frame; none for white ("trắng":
// white paper needs no frame).
std::optional<std::uint32_t> colour_rgb(const std::string& name);

}  // namespace delegates
