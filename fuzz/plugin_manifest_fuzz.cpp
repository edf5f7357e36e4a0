// Plugin manifests (*.plugin.toml), read before any plugin code is trusted.
#include "fuzz_input.hpp"
#include "manifest.hpp"
#include "thuky/error.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const auto file = thuky::fuzz::input_file(data, size, ".plugin.toml");
  try {
    thuky::host::read_manifest(file);
  } catch (const thuky::UserError&) {
  }
  return 0;
}
