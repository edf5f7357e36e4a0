#pragma once
// SQLite's file locking and WAL shared memory do not work reliably on network filesystems
// (NFS, SMB/CIFS, sshfs ...): two writers can corrupt the store. This finds them at open.

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>

#include "thuky/export.hpp"

namespace thuky::host {

// The name of the network filesystem with statfs type `magic`; for FUSE (which may be local,
// like ntfs-3g) `mount_type` from /proc/self/mountinfo, e.g. "fuse.sshfs", decides.
// nullopt for a local filesystem.
THUKY_API std::optional<std::string> network_filesystem_name(unsigned long magic,
                                                             std::string_view mount_type);

// The network filesystem that `dir` is on, if any; nullopt when local or unknown.
THUKY_API std::optional<std::string> network_filesystem_of(const std::filesystem::path& dir);

}  // namespace thuky::host
