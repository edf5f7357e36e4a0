// The host configuration (thuky.toml): every key checked, warnings for unknown ones.
#include <cstdint>
#include <string_view>

#include "config.hpp"
#include "thuky/error.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  try {
    thuky::host::parse_config(std::string_view(reinterpret_cast<const char*>(data), size),
                              "thuky.toml", "/nonexistent-fuzz-workspace");
  } catch (const thuky::UserError&) {
  }
  return 0;
}
