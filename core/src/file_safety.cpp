#include "file_safety.hpp"

#include <fmt/format.h>
#include <sys/stat.h>
#include <unistd.h>

namespace thuky::host {
namespace {

bool owned_by_us_or_root(const struct stat& st) {
  return st.st_uid == 0 || st.st_uid == ::geteuid();
}

std::string mode_of(const struct stat& st) {
  return fmt::format("mode {:04o}", st.st_mode & 07777);
}

}  // namespace

std::optional<std::string> unsafe_file(const std::filesystem::path& path) {
  struct stat st {};
  if (::stat(path.c_str(), &st) != 0)
    return fmt::format("'{}' cannot be examined", path.string());
  if (st.st_mode & S_IWOTH)
    return fmt::format("'{}' is writable by other users ({})", path.string(), mode_of(st));
  if (st.st_mode & S_IWGRP)
    return fmt::format("'{}' is writable by its group ({})", path.string(), mode_of(st));
  if (!owned_by_us_or_root(st)) {
    return fmt::format("'{}' is owned by uid {}, neither you nor root", path.string(), st.st_uid);
  }
  return std::nullopt;
}

std::optional<std::string> unsafe_ancestor(const std::filesystem::path& dir) {
  std::filesystem::path child = dir;
  while (child.has_relative_path()) {
    const std::filesystem::path parent = child.parent_path();
    struct stat parent_st {};
    struct stat child_st {};
    if (::stat(parent.c_str(), &parent_st) != 0 || ::stat(child.c_str(), &child_st) != 0)
      return fmt::format("'{}' cannot be examined", parent.string());
    if (!owned_by_us_or_root(parent_st)) {
      return fmt::format("it is inside '{}', owned by uid {}, neither you nor root",
                         parent.string(), parent_st.st_uid);
    }
    const bool others_write = parent_st.st_mode & (S_IWOTH | S_IWGRP);
    const bool sticky_and_ours = (parent_st.st_mode & S_ISVTX) && owned_by_us_or_root(child_st);
    if (others_write && !sticky_and_ours) {
      return fmt::format(
          "it is inside '{}', which other users may write to ({}): they could replace it",
          parent.string(), mode_of(parent_st));
    }
    child = parent;
  }
  return std::nullopt;
}

}  // namespace thuky::host
