#pragma once
// Checks a plugin library from its ELF file, before dlopen runs any of its code: that it is a
// shared library for this machine, that it exports the thuky entry, and that its ABI stamp
// (SDK version and toolchain fingerprint) matches this thuky.

#include <filesystem>
#include <optional>
#include <string>

namespace thuky::host {

// The reason to refuse `library` of plugin `plugin_id`, or nullopt when it may be loaded.
std::optional<std::string> check_library_file(const std::string& plugin_id,
                                              const std::filesystem::path& library);

}  // namespace thuky::host
