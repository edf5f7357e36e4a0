#pragma once
// Plugin paths in a workspace's thuky.toml run the code of whoever wrote that file, and a
// workspace is data: someone may send you one. So its plugin paths are used only once the user
// trusts it, as git's safe.directory and direnv's allow do. Trust is recorded outside every
// workspace, in $XDG_CONFIG_HOME/thuky/trusted.toml (default ~/.config/thuky/trusted.toml),
// keyed by the canonical path of the configuration file and its owner's uid: a file that
// changes hands, or a workspace moved elsewhere, is no longer trusted.

#include <filesystem>

namespace thuky::host {

// Where trust is recorded; throws UserError when neither XDG_CONFIG_HOME nor HOME is set.
std::filesystem::path trust_store_file();

// Whether the user trusts `config_file` (false when it or the store cannot be read).
bool is_trusted(const std::filesystem::path& config_file);

// Records trust in `config_file`; false when it was trusted already. Throws UserError when the
// file does not exist or the store cannot be written.
bool trust(const std::filesystem::path& config_file);

// Withdraws trust; false when it was not trusted.
bool untrust(const std::filesystem::path& config_file);

}  // namespace thuky::host
