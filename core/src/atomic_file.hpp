#pragma once
// A file that appears under its final name complete or not at all: written to a temporary
// file beside it, flushed to disk, then renamed into place (and the directory flushed too).

#include <filesystem>

namespace thuky::host {

class AtomicFile {
 public:
  // Creates the temporary file ".<name>.XXXXXX" in the target's directory (made if missing),
  // locked (flock) until commit or destruction, and removes the temporary files of writers
  // that were killed.
  // Throws UserError naming the directory when it cannot be written.
  explicit AtomicFile(std::filesystem::path target);
  ~AtomicFile();  // removes the temporary file unless commit() succeeded
  AtomicFile(const AtomicFile&) = delete;
  AtomicFile& operator=(const AtomicFile&) = delete;

  const std::filesystem::path& temp_path() const noexcept { return temp_; }
  const std::filesystem::path& target() const noexcept { return target_; }

  // fsync and permissions from the umask, without the rename: the file is complete on disk
  // and waits (see staged_outputs.hpp). Throws UserError as commit() does.
  void flush();
  // flush() if not done, permissions from the umask (0666 & ~umask: these files may hold personal
  // data, and the user's umask says who may read them), rename over the target, fsync the
  // directory. Throws UserError with the cause ("no space left on device", "'x' is a directory").
  void commit();

 private:
  std::filesystem::path target_;
  std::filesystem::path temp_;
  int fd_ = -1;  // open and flock()ed while this writer lives
  bool flushed_ = false;
  bool committed_ = false;
};

}  // namespace thuky::host
