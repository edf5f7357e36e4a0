#include "ballot_colours.hpp"

#include <utility>

namespace delegates {

std::string ballot_tier(const Election& election) {
  if (election.kind == ElectionKind::kNationalAssembly)
    return "national_assembly";
  static const std::string kCouncil = "Hội đồng nhân dân ";
  const std::string place =
      election.body.starts_with(kCouncil) ? election.body.substr(kCouncil.size()) : election.body;
  static const std::pair<const char*, const char*> kTiers[] = {
      {"tỉnh ", "province"},  {"thành phố ", "province"}, {"huyện ", "district"},
      {"quận ", "district"},  {"thị xã ", "district"},    {"xã ", "commune"},
      {"phường ", "commune"}, {"thị trấn ", "commune"},   {"đặc khu ", "commune"}};
  for (const auto& [kind, tier] : kTiers) {
    if (place.starts_with(kind))
      return tier;
  }
  return "commune";  // a council whose place has no known kind: the lowest tier
}

std::optional<std::uint32_t> colour_rgb(const std::string& name) {
  // The choices the manifest's schema allows, as a printer's ink shows them on white.
  static const std::pair<const char*, std::uint32_t> kColours[] = {
      {"hồng", 0xE7739C}, {"vàng", 0xF0C419}, {"xanh", 0x3C8DD9}, {"xanh lá", 0x4CAF50},
      {"tím", 0x9468D6},  {"cam", 0xF08A24},  {"đỏ", 0xD9363E}};
  for (const auto& [colour, rgb] : kColours) {
    if (name == colour)
      return rgb;
  }
  return std::nullopt;  // "trắng"
}

}  // namespace delegates
