#include "plugin_abi_check.hpp"

#include <fmt/format.h>

#include <cstring>
#include <map>

#include "elf_file.hpp"
#include "thuky/abi_stamp.hpp"
#include "thuky/entry.hpp"

namespace thuky::abi {

std::string host_toolchain() {
  return THUKY_ABI_TOOLCHAIN;
}

}  // namespace thuky::abi

namespace thuky::host {
namespace {

std::map<std::string, std::string> fingerprint_parts(const std::string& fingerprint) {
  std::map<std::string, std::string> parts;
  std::size_t start = 0;
  while (start < fingerprint.size()) {
    const std::size_t end = std::min(fingerprint.find(';', start), fingerprint.size());
    const std::string part = fingerprint.substr(start, end - start);
    const std::size_t eq = part.find('=');
    parts[part.substr(0, eq)] = eq == std::string::npos ? "" : part.substr(eq + 1);
    start = end + 1;
  }
  return parts;
}

// "_GLIBCXX_DEBUG=1, fmt=90100" on the plugin's side and the host's, for what differs.
std::optional<std::pair<std::string, std::string>> toolchain_difference(const std::string& plugin,
                                                                        const std::string& host) {
  const auto plugin_parts = fingerprint_parts(plugin);
  const auto host_parts = fingerprint_parts(host);
  std::string plugin_side;
  std::string host_side;
  const auto note = [](std::string& side, const std::string& key, const auto& parts) {
    const auto it = parts.find(key);
    side += (side.empty() ? "" : ", ") + key + "=" + (it == parts.end() ? "?" : it->second);
  };
  std::map<std::string, bool> keys;
  for (const auto& [key, value] : plugin_parts)
    keys[key] = true;
  for (const auto& [key, value] : host_parts)
    keys[key] = true;
  for (const auto& [key, unused] : keys) {
    const auto p = plugin_parts.find(key);
    const auto h = host_parts.find(key);
    if (p != plugin_parts.end() && h != host_parts.end() && p->second == h->second)
      continue;
    note(plugin_side, key, plugin_parts);
    note(host_side, key, host_parts);
  }
  if (plugin_side.empty())
    return std::nullopt;
  return std::pair{plugin_side, host_side};
}

std::optional<std::string> check_stamp(const std::string& id, const std::string& lib,
                                       const std::string& bytes) {
  abi::Stamp stamp{};
  if (bytes.size() != sizeof(stamp) ||
      (std::memcpy(&stamp, bytes.data(), sizeof(stamp)),
       std::memcmp(stamp.magic, abi::kStampMagic, sizeof(stamp.magic)) != 0)) {
    return fmt::format(
        "library '{}' has a damaged ABI stamp (section {}); rebuild it against "
        "this SDK",
        lib, abi::kStampSection);
  }
  const int major = static_cast<int>(stamp.sdk_major);
  const int minor = static_cast<int>(stamp.sdk_minor);
  if (major != kSdkVersion || minor > kSdkMinorVersion) {
    return fmt::format(
        "plugin '{}' was built for plugin SDK {}.{} but this thuky {} provides "
        "SDK {}.{}; {} (library '{}')",
        id, major, minor, program_version(), kSdkVersion, kSdkMinorVersion,
        major == kSdkVersion ? "upgrade thuky, or rebuild the plugin against this "
                               "SDK"
                             : "rebuild it against this SDK",
        lib);
  }
  stamp.toolchain[sizeof(stamp.toolchain) - 1] = '\0';
  if (const auto diff = toolchain_difference(stamp.toolchain, abi::host_toolchain())) {
    return fmt::format(
        "plugin '{}' was built with {} but this thuky was built with {}; rebuild "
        "it against this SDK with the same compiler and libraries (library '{}')",
        id, diff->first, diff->second, lib);
  }
  return std::nullopt;
}

}  // namespace

std::optional<std::string> check_library_file(const std::string& plugin_id,
                                              const std::filesystem::path& library) {
  const std::string lib = library.string();
  try {
    const ElfFile elf(library);
    if (!elf.defines_symbol(abi::kEntrySymbol)) {
      return fmt::format(
          "library '{}' has no entry symbol '{}': it is not a thuky plugin, or it "
          "was built without THUKY_PLUGIN(...)",
          lib, abi::kEntrySymbol);
    }
    const auto stamp = elf.section(abi::kStampSection);
    if (!stamp) {
      return fmt::format(
          "library '{}' carries no ABI stamp (section {}): it was built for a "
          "plugin SDK before 2.0 or without THUKY_PLUGIN(...); rebuild it against "
          "this SDK",
          lib, abi::kStampSection);
    }
    return check_stamp(plugin_id, lib, *stamp);
  } catch (const ElfError& e) {
    return fmt::format("cannot open library '{}': {}", lib, e.what());
  }
}

}  // namespace thuky::host
