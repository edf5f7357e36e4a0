#include "workspace_trust.hpp"

#include <fmt/format.h>
#include <sys/stat.h>
#include <toml++/toml.h>

#include <cstdlib>
#include <fstream>
#include <optional>

#include "atomic_file.hpp"
#include "file_safety.hpp"
#include "thuky/error.hpp"

namespace thuky::host {
namespace {

struct TrustKey {
  std::string config;  // canonical path
  std::int64_t owner = -1;
};

std::optional<TrustKey> key_of(const std::filesystem::path& config_file) {
  std::error_code ec;
  const auto canonical = std::filesystem::canonical(config_file, ec);
  struct stat st {};
  if (ec || ::stat(canonical.c_str(), &st) != 0)
    return std::nullopt;
  return TrustKey{canonical.string(), static_cast<std::int64_t>(st.st_uid)};
}

toml::array read_entries() {
  std::error_code ec;
  const auto file = trust_store_file();
  if (!std::filesystem::exists(file, ec))
    return {};
  try {
    toml::table root = toml::parse_file(file.string());
    if (toml::array* entries = root["workspace"].as_array())
      return std::move(*entries);
    return {};
  } catch (const toml::parse_error& e) {
    throw UserError(fmt::format("{}:{}:{}: TOML syntax error: {}", file.string(),
                                e.source().begin.line, e.source().begin.column, e.description()));
  }
}

bool matches(const toml::node& entry, const TrustKey& key) {
  const toml::table* t = entry.as_table();
  return t && t->get_as<std::string>("config") &&
         **t->get_as<std::string>("config") == key.config && t->get_as<std::int64_t>("owner") &&
         **t->get_as<std::int64_t>("owner") == key.owner;
}

void write_entries(const toml::array& entries) {
  AtomicFile out(trust_store_file());
  {
    std::ofstream stream(out.temp_path());
    stream << "# Workspaces whose plugins.paths thuky may load, each keyed by its configuration\n"
              "# file and that file's owner. Managed by 'thuky plugins trust' and 'untrust'.\n\n"
           << toml::table{{"workspace", entries}} << '\n';
  }
  out.commit();
}

TrustKey existing_key(const std::filesystem::path& config_file) {
  auto key = key_of(config_file);
  if (!key)
    throw UserError(fmt::format("'{}' does not exist", config_file.string()));
  return *key;
}

}  // namespace

std::filesystem::path trust_store_file() {
  const char* xdg = std::getenv("XDG_CONFIG_HOME");
  if (xdg && *xdg == '/')  // the XDG spec: a relative value is invalid and ignored
    return std::filesystem::path(xdg) / "thuky" / "trusted.toml";
  const char* home = std::getenv("HOME");
  if (!home || !*home)
    throw UserError("cannot tell where to record trusted workspaces: set HOME or XDG_CONFIG_HOME");
  return std::filesystem::path(home) / ".config" / "thuky" / "trusted.toml";
}

bool is_trusted(const std::filesystem::path& config_file) {
  const auto key = key_of(config_file);
  if (!key)
    return false;
  try {
    // A store that others may write would let them trust workspaces for you.
    const auto store = trust_store_file();
    std::error_code ec;
    if (std::filesystem::exists(store, ec) && unsafe_file(store))
      return false;
    for (const auto& entry : read_entries()) {
      if (matches(entry, *key))
        return true;
    }
  } catch (const UserError&) {
    return false;  // an unreadable store trusts nothing
  }
  return false;
}

bool trust(const std::filesystem::path& config_file) {
  const TrustKey key = existing_key(config_file);
  toml::array entries = read_entries();
  for (const auto& entry : entries) {
    if (matches(entry, key))
      return false;
  }
  entries.push_back(toml::table{{"config", key.config}, {"owner", key.owner}});
  write_entries(entries);
  return true;
}

bool untrust(const std::filesystem::path& config_file) {
  const TrustKey key = existing_key(config_file);
  toml::array entries = read_entries();
  const auto before = entries.size();
  for (auto it = entries.begin(); it != entries.end();) {
    it = matches(*it, key) ? entries.erase(it) : it + 1;
  }
  if (entries.size() == before)
    return false;
  write_entries(entries);
  return true;
}

}  // namespace thuky::host
