#include "atomic_file.hpp"

#include <fcntl.h>
#include <fmt/format.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

#include "current_umask.hpp"
#include "output_files.hpp"
#include "thuky/error.hpp"

namespace thuky::host {
namespace {

std::filesystem::path directory_of(const std::filesystem::path& file) {
  return file.parent_path().empty() ? std::filesystem::path(".") : file.parent_path();
}

void sync_path(const std::filesystem::path& path, int flags) {
  const int fd = ::open(path.c_str(), flags | O_CLOEXEC);
  if (fd < 0)
    return;
  ::fsync(fd);
  ::close(fd);
}

}  // namespace

AtomicFile::AtomicFile(std::filesystem::path target) : target_(std::move(target)) {
  const std::filesystem::path dir = directory_of(target_);
  std::error_code ec;
  std::filesystem::create_directories(dir, ec);
  // A killed writer leaves its temporary file behind; every writer cleans up old ones, so the
  // .pdf, .csv and .xlsx outputs all get it.
  remove_stale_temp_files(dir);
  if (std::filesystem::exists(target_, ec) && std::filesystem::is_directory(target_, ec)) {
    throw UserError(fmt::format("cannot write '{}': it is a directory", target_.string()));
  }
  std::string pattern = (dir / ("." + target_.filename().string() + ".XXXXXX")).string();
  const int fd = ::mkstemp(pattern.data());
  if (fd < 0) {
    throw UserError(fmt::format("cannot write in '{}': {}", dir.string(), std::strerror(errno)));
  }
  ::close(fd);
  temp_ = pattern;
}

AtomicFile::~AtomicFile() {
  if (!committed_) {
    std::error_code ignored;
    std::filesystem::remove(temp_, ignored);
  }
}

void AtomicFile::commit() {
  const int fd = ::open(temp_.c_str(), O_RDWR | O_CLOEXEC);
  if (fd < 0 || ::fsync(fd) != 0) {
    const int error = errno;
    if (fd >= 0)
      ::close(fd);
    throw UserError(fmt::format("cannot write '{}': {}", target_.string(), std::strerror(error)));
  }
  ::fchmod(fd, 0666 & ~current_umask());
  ::close(fd);
  if (::rename(temp_.c_str(), target_.c_str()) != 0) {
    throw UserError(fmt::format("cannot write '{}': {}", target_.string(), std::strerror(errno)));
  }
  committed_ = true;
  sync_path(directory_of(target_), O_RDONLY | O_DIRECTORY);
}

}  // namespace thuky::host
