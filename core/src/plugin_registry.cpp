#include "plugin_registry.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <boost/dll/runtime_symbol_info.hpp>
#include <boost/dll/shared_library.hpp>
#include <deque>

#include "file_safety.hpp"
#include "plugin_abi_check.hpp"
#include "thuky/error.hpp"
#include "thuky/version.hpp"

namespace thuky::host {
namespace {

constexpr std::string_view kManifestSuffix = ".plugin.toml";

// Libraries stay loaded until the process ends: unloading a library whose code may still be
// referenced (vtables, statics, function pointers) crashes, as Boost.DLL's documentation warns.
// The list is deliberately never destroyed, so no dlclose runs even at exit.
std::deque<boost::dll::shared_library>& loaded_libraries() {
  static auto* libraries = new std::deque<boost::dll::shared_library>();
  return *libraries;
}

// Boost.DLL wraps the dynamic loader's words ("invalid ELF header", "undefined symbol: x") in
// its own; keep just the loader's, which is what a user can act on.
std::string loader_message(const std::exception& e) {
  const std::string what = e.what();
  constexpr std::string_view kStart = "dlerror system message: ";
  const auto start = what.find(kStart);
  if (start == std::string::npos)
    return what;
  std::string message = what.substr(start + kStart.size());
  message = message.substr(0, message.rfind("): "));
  // dlerror repeats the path first: "/x/y.so: invalid ELF header".
  if (const auto colon = message.find(".so: "); colon != std::string::npos) {
    message = message.substr(colon + 5);
  }
  return message;
}

bool ends_with(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

}  // namespace

const char* to_string(PluginState state) {
  switch (state) {
    case PluginState::kAvailable:
      return "available";
    case PluginState::kLoaded:
      return "loaded";
    case PluginState::kDisabled:
      return "disabled";
    case PluginState::kShadowed:
      return "shadowed";
  }
  return "?";
}

PluginRegistry::PluginRegistry(const PluginSearch& search) {
  std::vector<std::filesystem::path> seen;
  std::error_code ec;
  const auto bundled_dir = search.bundled_dir.empty()
                               ? std::filesystem::path()
                               : std::filesystem::weakly_canonical(search.bundled_dir, ec);
  for (const auto& dir : search.dirs) {
    const auto canonical = std::filesystem::weakly_canonical(dir, ec);
    if (std::find(seen.begin(), seen.end(), canonical) != seen.end())
      continue;
    seen.push_back(canonical);
    scan_directory(dir, !bundled_dir.empty() && canonical == bundled_dir);
  }
  resolve_ids(search);
  resolve_commands(search);
  resolve_requirements();
}

void PluginRegistry::scan_directory(const std::filesystem::path& dir, bool bundled) {
  std::error_code ec;
  if (!std::filesystem::is_directory(dir, ec))
    return;
  std::vector<std::filesystem::path> manifests;
  for (const auto& item : std::filesystem::directory_iterator(dir, ec)) {
    if (ends_with(item.path().filename().string(), kManifestSuffix)) {
      manifests.push_back(item.path());
    }
  }
  std::sort(manifests.begin(), manifests.end());  // a stable order whatever the file system
  // Checks apply to real files: a symlink may point anywhere.
  const auto real_dir = std::filesystem::canonical(dir, ec);
  std::optional<std::string> unsafe_dir = unsafe_file(real_dir);
  if (!unsafe_dir) {
    if (auto above = unsafe_ancestor(real_dir))
      unsafe_dir = "'" + real_dir.string() + "': " + *above;
  }

  for (const auto& file : manifests) {
    PluginRecord record;
    record.manifest_file = file;
    record.bundled = bundled;
    const std::string name = file.filename().string();
    record.manifest.id = name.substr(0, name.size() - kManifestSuffix.size());
    record.manifest.file = file;
    const auto real_file = std::filesystem::canonical(file, ec);
    if (unsafe_dir) {
      disable(record, "plugin directory " + *unsafe_dir + "; refusing to load from it");
    } else if (real_file.parent_path() != real_dir) {
      disable(record, fmt::format("manifest '{}' resolves to '{}', outside the plugin directory "
                                  "'{}'; refusing to load from it",
                                  file.string(), real_file.string(), real_dir.string()));
    } else if (auto unsafe_manifest = unsafe_file(real_file)) {
      disable(record, "manifest " + *unsafe_manifest + "; refusing to load from it");
    } else {
      try {
        record.manifest = read_manifest(file);
        check_library(record, real_dir);
      } catch (const UserError& e) {
        disable(record, fmt::format("bad manifest: {}", e.what()));
      }
    }
    plugins_.push_back(std::move(record));
  }
}

void PluginRegistry::check_library(PluginRecord& record, const std::filesystem::path& real_dir) {
  const Manifest& m = record.manifest;
  std::error_code ec;
  if (m.sdk_version != kSdkVersion) {
    disable(record, fmt::format("built for plugin SDK {}, but thuky {} provides SDK {} "
                                "(manifest '{}'); rebuild the plugin against this thuky",
                                m.sdk_version, program_version(), kSdkVersion,
                                record.manifest_file.string()));
    return;
  }
  const auto real_library = std::filesystem::canonical(m.library, ec);
  if (ec) {
    disable(record, fmt::format("library '{}' named by '{}' does not exist", m.library.string(),
                                record.manifest_file.string()));
  } else if (real_library.parent_path() != real_dir) {
    disable(record, fmt::format("library '{}' resolves to '{}', outside the plugin directory "
                                "'{}'; refusing to load from it",
                                m.library.string(), real_library.string(), real_dir.string()));
  } else if (auto unsafe = unsafe_file(real_library)) {
    disable(record, "library " + *unsafe + "; refusing to load from it");
  }
}

void PluginRegistry::resolve_ids(const PluginSearch& search) {
  for (auto& record : plugins_) {
    if (!record.usable())
      continue;
    const std::string& id = record.manifest.id;
    PluginRecord* first = find(id);
    if (first != &record) {
      record.state = PluginState::kShadowed;
      record.shadowed_by = first->manifest_file;
      record.reason = fmt::format("shadowed by '{}', earlier in the plugin search path",
                                  first->manifest_file.string());
      first->shadows.push_back(record.manifest_file);
    } else if (std::find(search.disabled_ids.begin(), search.disabled_ids.end(), id) !=
               search.disabled_ids.end()) {
      disable(record, "disabled in the configuration (plugins.disabled)");
    }
  }
}

void PluginRegistry::resolve_commands(const PluginSearch& search) {
  std::vector<std::pair<std::string, const PluginRecord*>> claimed;
  const auto claim = [&](PluginRecord& record) {
    for (const auto& command : record.manifest.commands) {
      const auto& reserved = search.reserved_commands;
      if (std::find(reserved.begin(), reserved.end(), command.name) != reserved.end()) {
        disable(record, fmt::format("command '{}' is one of thuky's own", command.name));
        return;
      }
      for (const auto& [name, owner] : claimed) {
        if (name == command.name) {
          disable(record, fmt::format("command '{}' is already provided by {}plugin '{}' ('{}')",
                                      command.name, owner->bundled ? "bundled " : "",
                                      owner->manifest.id, owner->manifest_file.string()));
          return;
        }
      }
    }
    for (const auto& command : record.manifest.commands)
      claimed.emplace_back(command.name, &record);
  };
  for (bool bundled : {true, false}) {
    for (auto& record : plugins_) {
      if (record.bundled == bundled && record.usable())
        claim(record);
    }
  }
}

void PluginRegistry::resolve_requirements() {
  // Disabling one plugin may leave another without what it requires: repeat until stable.
  for (bool changed = true; changed;) {
    changed = false;
    for (auto& record : plugins_) {
      if (!record.usable())
        continue;
      for (const auto& requirement : record.manifest.requirements) {
        const PluginRecord* provider = find(requirement.id);
        std::string problem;
        if (provider == &record) {
          problem = "a plugin cannot require itself";
        } else if (!provider) {
          const bool present = std::any_of(plugins_.begin(), plugins_.end(), [&](const auto& r) {
            return r.manifest.id == requirement.id;
          });
          problem = fmt::format("plugin '{}' is {}", requirement.id,
                                present ? "disabled (see 'thuky plugins')" : "not installed");
        } else if (!satisfies(requirement, provider->manifest.version)) {
          problem = fmt::format("the installed '{}' is version {} ('{}')", requirement.id,
                                provider->manifest.version, provider->manifest_file.string());
        }
        if (!problem.empty()) {
          disable(record, fmt::format("requires '{}', but {}", requirement.text, problem));
          changed = true;
          break;
        }
      }
    }
  }
}

PluginRecord* PluginRegistry::find(std::string_view id) {
  for (auto& record : plugins_) {
    if (record.manifest.id == id && record.usable())
      return &record;
  }
  return nullptr;
}

const PluginRecord* PluginRegistry::owner_of_command(std::string_view command) const {
  const PluginRecord* disabled_owner = nullptr;
  for (const auto& record : plugins_) {
    for (const auto& c : record.manifest.commands) {
      if (c.name != command)
        continue;
      if (record.usable())
        return &record;
      if (!disabled_owner && record.state == PluginState::kDisabled)
        disabled_owner = &record;
    }
  }
  return disabled_owner;
}

PluginRecord* PluginRegistry::find_by_command(std::string_view command) {
  for (auto& record : plugins_) {
    if (!record.usable())
      continue;
    for (const auto& c : record.manifest.commands) {
      if (c.name == command)
        return &record;
    }
  }
  return nullptr;
}

void PluginRegistry::disable(PluginRecord& record, std::string reason) {
  record.state = PluginState::kDisabled;
  record.reason = std::move(reason);
}

bool PluginRegistry::inspect(PluginRecord& record) {
  if (record.state != PluginState::kAvailable)
    return record.usable();
  if (auto refused = check_library_file(record.manifest.id, record.manifest.library)) {
    disable(record, std::move(*refused));
    return false;
  }
  return true;
}

bool PluginRegistry::load(PluginRecord& record) {
  if (record.state == PluginState::kLoaded)
    return true;
  // dlopen runs the library's constructors: whatever the file can tell is checked first.
  if (!inspect(record))
    return false;
  const Manifest& m = record.manifest;
  const std::string lib_path = m.library.string();

  boost::dll::shared_library library;
  try {
    library.load(m.library, boost::dll::load_mode::rtld_now | boost::dll::load_mode::rtld_local);
  } catch (const std::exception& e) {
    disable(record, fmt::format("cannot open library '{}': {}", lib_path, loader_message(e)));
    return false;
  }
  if (!library.has(abi::kEntrySymbol)) {
    disable(record, fmt::format("library '{}' has no entry symbol '{}': it is not a thuky "
                                "plugin, or it was built without THUKY_PLUGIN(...)",
                                lib_path, abi::kEntrySymbol));
    loaded_libraries().push_back(std::move(library));
    return false;
  }
  const abi::Entry& entry = library.get_alias<const abi::Entry>(abi::kEntrySymbol);
  loaded_libraries().push_back(std::move(library));

  // The stamp said so already; the entry is what the host is about to call through.
  if (entry.sdk_major != kSdkVersion || entry.sdk_minor > kSdkMinorVersion) {
    disable(record, fmt::format("library '{}' was built for plugin SDK {}.{}, but thuky {} "
                                "provides SDK {}.{}; rebuild the plugin against this thuky",
                                lib_path, entry.sdk_major, entry.sdk_minor, program_version(),
                                kSdkVersion, kSdkMinorVersion));
    return false;
  }
  if (std::string_view(entry.id) != m.id || std::string_view(entry.version) != m.version) {
    disable(record, fmt::format("library '{}' is plugin '{}' {}, but its manifest '{}' says "
                                "'{}' {}",
                                lib_path, entry.id, entry.version, record.manifest_file.string(),
                                m.id, m.version));
    return false;
  }
  if (const abi::Status s = entry.create(); s.code != kExitOk) {
    disable(record, fmt::format("plugin '{}' failed to start: {}", m.id, s.message));
    return false;
  }
  record.entry = &entry;
  record.state = PluginState::kLoaded;
  return true;
}

std::filesystem::path bundled_plugin_dir() {
  std::error_code ec;
  const auto exe = boost::dll::program_location(ec);
  if (ec)
    return {};
  return std::filesystem::path(exe.string()).parent_path().parent_path() / THUKY_PLUGIN_SUBDIR;
}

std::vector<std::filesystem::path> split_path_list(std::string_view list) {
  std::vector<std::filesystem::path> dirs;
  std::size_t start = 0;
  while (start <= list.size()) {
    const std::size_t end = std::min(list.find(':', start), list.size());
    if (end > start)
      dirs.emplace_back(std::string(list.substr(start, end - start)));
    start = end + 1;
  }
  return dirs;
}

}  // namespace thuky::host
