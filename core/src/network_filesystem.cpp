#include "network_filesystem.hpp"

#include <sys/vfs.h>

#include <array>
#include <fstream>
#include <sstream>
#include <utility>

namespace thuky::host {
namespace {

// From linux/magic.h and the filesystems' sources.
constexpr unsigned long kFuseMagic = 0x65735546;
constexpr std::array<std::pair<unsigned long, const char*>, 8> kNetworkMagics = {{
    {0x6969, "NFS"},
    {0x517B, "SMB"},
    {0xFF534D42, "SMB/CIFS"},
    {0xFE534D42, "SMB2"},
    {0x5346414F, "AFS"},
    {0x6B414653, "AFS"},
    {0x73757245, "Coda"},
    {0x00C36400, "Ceph"},
}};
constexpr std::array<const char*, 6> kNetworkFuseTypes = {
    "fuse.sshfs", "fuse.glusterfs", "fuse.s3fs", "fuse.rclone", "fuse.gcsfuse", "fuse.cephfs"};

// mountinfo escapes space, tab, newline and backslash as \ooo.
std::string unescape(const std::string& field) {
  std::string out;
  for (std::size_t i = 0; i < field.size(); ++i) {
    if (field[i] == '\\' && i + 3 < field.size()) {
      out += static_cast<char>(std::stoi(field.substr(i + 1, 3), nullptr, 8));
      i += 3;
    } else {
      out += field[i];
    }
  }
  return out;
}

bool is_under(const std::filesystem::path& dir, const std::filesystem::path& mount_point) {
  auto d = dir.begin();
  for (auto m = mount_point.begin(); m != mount_point.end(); ++m, ++d) {
    if (m->empty())
      continue;  // the trailing "" of "/"
    if (d == dir.end() || *d != *m)
      return false;
  }
  return true;
}

// The filesystem type of the mount `dir` is on ("fuse.sshfs"), from the longest mount point.
std::string mount_type_of(const std::filesystem::path& dir) {
  std::ifstream mounts("/proc/self/mountinfo");
  std::string line, best_type;
  std::size_t best_length = 0;
  while (std::getline(mounts, line)) {
    std::istringstream fields(line);
    std::string id, parent, device, root, mount_point;
    fields >> id >> parent >> device >> root >> mount_point;
    std::string field;
    while (fields >> field && field != "-") {
    }
    std::string type;
    fields >> type;
    const std::filesystem::path point = unescape(mount_point);
    const std::size_t length = point.native().size();
    if (length >= best_length && is_under(dir, point)) {
      best_length = length;
      best_type = type;
    }
  }
  return best_type;
}

}  // namespace

std::optional<std::string> network_filesystem_name(unsigned long magic,
                                                   std::string_view mount_type) {
  for (const auto& [number, name] : kNetworkMagics) {
    if (magic == number)
      return name;
  }
  if (magic == kFuseMagic) {
    for (const char* type : kNetworkFuseTypes) {
      if (mount_type == type)
        return std::string(mount_type.substr(5));
    }
  }
  return std::nullopt;
}

std::optional<std::string> network_filesystem_of(const std::filesystem::path& dir) {
  struct statfs info {};
  if (::statfs(dir.c_str(), &info) != 0)
    return std::nullopt;  // opening the store reports what is wrong with the directory
  const auto magic = static_cast<unsigned long>(info.f_type) & 0xFFFFFFFFUL;
  std::error_code ec;
  const std::string mount_type =
      magic == kFuseMagic ? mount_type_of(std::filesystem::canonical(dir, ec)) : "";
  return network_filesystem_name(magic, mount_type);
}

}  // namespace thuky::host
