#include "plugin_registry.hpp"

#include <fmt/format.h>
#include <sys/stat.h>

#include <algorithm>
#include <boost/dll/runtime_symbol_info.hpp>
#include <boost/dll/shared_library.hpp>
#include <deque>

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

// Refuse anything other users may write: they could make thuky run their code.
std::optional<std::string> writable_by_others(const std::filesystem::path& path) {
  struct stat st {};
  if (::stat(path.c_str(), &st) != 0)
    return std::nullopt;
  if ((st.st_mode & S_IWOTH) == 0)
    return std::nullopt;
  return fmt::format("'{}' is writable by other users (mode {:04o}); refusing to load from it",
                     path.string(), st.st_mode & 07777);
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
  }
  return "?";
}

PluginRegistry::PluginRegistry(const PluginSearch& search) {
  std::vector<std::filesystem::path> seen;
  for (const auto& dir : search.dirs) {
    std::error_code ec;
    const auto canonical = std::filesystem::weakly_canonical(dir, ec);
    if (std::find(seen.begin(), seen.end(), canonical) != seen.end())
      continue;
    seen.push_back(canonical);
    scan_directory(dir,
                   !search.bundled_dir.empty() &&
                       canonical == std::filesystem::weakly_canonical(search.bundled_dir, ec),
                   search);
  }
}

void PluginRegistry::scan_directory(const std::filesystem::path& dir, bool bundled,
                                    const PluginSearch& search) {
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
  const auto unsafe_dir = writable_by_others(dir);

  for (const auto& file : manifests) {
    PluginRecord record;
    record.manifest_file = file;
    record.bundled = bundled;
    const std::string name = file.filename().string();
    record.manifest.id = name.substr(0, name.size() - kManifestSuffix.size());
    record.manifest.file = file;
    if (unsafe_dir) {
      disable(record, "plugin directory " + *unsafe_dir);
    } else if (auto unsafe_file = writable_by_others(file)) {
      disable(record, "manifest " + *unsafe_file);
    } else {
      try {
        record.manifest = read_manifest(file);
      } catch (const UserError& e) {
        disable(record, fmt::format("bad manifest: {}", e.what()));
      }
    }
    add(std::move(record), search);
  }
}

void PluginRegistry::add(PluginRecord record, const PluginSearch& search) {
  const Manifest& m = record.manifest;
  if (record.state != PluginState::kDisabled) {
    std::error_code ec;
    if (const PluginRecord* first = find(m.id)) {
      disable(record, fmt::format("duplicate id '{}': already provided by '{}'", m.id,
                                  first->manifest_file.string()));
    } else if (std::find(search.disabled_ids.begin(), search.disabled_ids.end(), m.id) !=
               search.disabled_ids.end()) {
      disable(record, "disabled in the configuration (plugins.disabled)");
    } else if (m.sdk_version != kSdkVersion) {
      disable(record, fmt::format("built for plugin SDK {}, but thuky {} provides SDK {} "
                                  "(manifest '{}'); rebuild the plugin against this thuky",
                                  m.sdk_version, program_version(), kSdkVersion,
                                  record.manifest_file.string()));
    } else if (!std::filesystem::exists(m.library, ec)) {
      disable(record, fmt::format("library '{}' named by '{}' does not exist", m.library.string(),
                                  record.manifest_file.string()));
    } else if (auto unsafe = writable_by_others(m.library)) {
      disable(record, "library " + *unsafe);
    }
  }
  if (record.state != PluginState::kDisabled) {
    for (const auto& command : m.commands) {
      const auto& reserved = search.reserved_commands;
      if (std::find(reserved.begin(), reserved.end(), command.name) != reserved.end()) {
        disable(record, fmt::format("command '{}' is one of thuky's own", command.name));
        break;
      }
      if (const PluginRecord* owner = owner_of_command(command.name);
          owner && owner->state != PluginState::kDisabled) {
        disable(record, fmt::format("command '{}' is already provided by plugin '{}'", command.name,
                                    owner->manifest.id));
        break;
      }
    }
  }
  plugins_.push_back(std::move(record));
}

PluginRecord* PluginRegistry::find(std::string_view id) {
  for (auto& record : plugins_) {
    if (record.manifest.id == id && record.state != PluginState::kDisabled)
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
      if (record.state != PluginState::kDisabled)
        return &record;
      if (!disabled_owner)
        disabled_owner = &record;
    }
  }
  return disabled_owner;
}

PluginRecord* PluginRegistry::find_by_command(std::string_view command) {
  for (auto& record : plugins_) {
    if (record.state == PluginState::kDisabled)
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

bool PluginRegistry::load(PluginRecord& record) {
  if (record.state == PluginState::kLoaded)
    return true;
  if (record.state == PluginState::kDisabled)
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

  if (entry.sdk_version != kSdkVersion) {
    disable(record, fmt::format("library '{}' was built for plugin SDK {}, but thuky {} "
                                "provides SDK {}; rebuild the plugin against this thuky",
                                lib_path, entry.sdk_version, program_version(), kSdkVersion));
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
