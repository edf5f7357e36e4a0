#include "atomic_file.hpp"

#include <fcntl.h>
#include <fmt/format.h>
#include <sys/file.h>
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
  // The temporary file stays locked while this writer lives: a later writer removes it at once
  // if this one was killed, and never while it runs (remove_stale_temp_files).
  for (int attempt = 0;; ++attempt) {
    std::string pattern = (dir / ("." + target_.filename().string() + ".XXXXXX")).string();
    const int fd = ::mkstemp(pattern.data());
    if (fd < 0) {
      throw UserError(fmt::format("cannot write in '{}': {}", dir.string(), std::strerror(errno)));
    }
    ::fcntl(fd, F_SETFD, FD_CLOEXEC);
    ::flock(fd, LOCK_EX);
    // Between mkstemp and flock another writer may have taken the file for a dead one's and
    // removed it: then make another.
    struct stat held {};
    struct stat named {};
    if (::fstat(fd, &held) == 0 && ::stat(pattern.c_str(), &named) == 0 &&
        held.st_ino == named.st_ino && held.st_dev == named.st_dev) {
      fd_ = fd;
      temp_ = pattern;
      return;
    }
    ::close(fd);
    if (attempt == 10)
      throw UserError(fmt::format("cannot write in '{}': its files keep vanishing", dir.string()));
  }
}

AtomicFile::~AtomicFile() {
  if (!committed_) {
    std::error_code ignored;
    std::filesystem::remove(temp_, ignored);  // before the lock goes with the descriptor
  }
  if (fd_ >= 0)
    ::close(fd_);
}

void AtomicFile::flush() {
  if (flushed_)
    return;
  // fsync flushes the file, whichever descriptor wrote it.
  if (::fsync(fd_) != 0) {
    throw UserError(fmt::format("cannot write '{}': {}", target_.string(), std::strerror(errno)));
  }
  ::fchmod(fd_, 0666 & ~current_umask());
  flushed_ = true;
}

void AtomicFile::commit() {
  flush();
  if (::rename(temp_.c_str(), target_.c_str()) != 0) {
    throw UserError(fmt::format("cannot write '{}': {}", target_.string(), std::strerror(errno)));
  }
  committed_ = true;
  ::close(fd_);
  fd_ = -1;
  sync_path(directory_of(target_), O_RDONLY | O_DIRECTORY);
}

}  // namespace thuky::host
