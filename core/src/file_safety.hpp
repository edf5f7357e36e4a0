#pragma once
// Whoever may change a plugin's files decides whose code thuky runs. Only root and the user
// running thuky may: a file or directory that anyone else can write, or that anyone else owns,
// is refused, and so is a directory inside one that someone else could rename or replace.

#include <filesystem>
#include <optional>
#include <string>

namespace thuky::host {

// Why `path` (a real path: symlinks resolved) must not be trusted, or nullopt when it may be:
// it is writable by its group or by others, or owned by someone other than root or us.
// The reason reads "'<path>' is writable by its group (mode 0775)".
std::optional<std::string> unsafe_file(const std::filesystem::path& path);

// Why directory `dir` (a real path) must not be trusted because of a directory above it, or
// nullopt. Walks up to '/': every ancestor must be owned by root or us, and writable by no one
// else — except a sticky directory such as /tmp, where others may write but cannot rename or
// delete what they do not own, so it is safe when the entry below it is owned by root or us.
std::optional<std::string> unsafe_ancestor(const std::filesystem::path& dir);

}  // namespace thuky::host
