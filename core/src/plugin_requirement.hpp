#pragma once
// `requires = ["delegates >= 0.3"]` in a manifest: another plugin this one reads from.

#include <optional>
#include <string>

#include "thuky/export.hpp"

namespace thuky::host {

struct THUKY_API Requirement {
  std::string id;       // "delegates"
  std::string op;       // ">=", "=" or "" (any version)
  std::string version;  // "0.3"; empty when op is empty
  std::string text;     // as written, for messages
};

// Parses "delegates", "delegates >= 0.3" or "delegates = 1.2.0"; nullopt when malformed.
THUKY_API std::optional<Requirement> parse_requirement(const std::string& text);

// Compares dotted versions number by number ("0.10" > "0.9"; "1.2" == "1.2.0").
THUKY_API int compare_versions(const std::string& a, const std::string& b);

// True when a plugin of version `installed` meets `requirement`.
THUKY_API bool satisfies(const Requirement& requirement, const std::string& installed);

}  // namespace thuky::host
