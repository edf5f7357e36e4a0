#include "store_files.hpp"

#include <SQLiteCpp/Backup.h>
#include <fcntl.h>
#include <fmt/format.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>

#include "atomic_file.hpp"
#include "current_umask.hpp"
#include "store_failure.hpp"
#include "thuky/error.hpp"

namespace thuky::host {
namespace {

std::filesystem::path directory_of(const std::filesystem::path& file) {
  return file.parent_path().empty() ? std::filesystem::path(".") : file.parent_path();
}

void remove_database_files(const std::string& file) {
  std::error_code ignored;
  for (const char* suffix : {"", "-wal", "-shm", "-journal"})
    std::filesystem::remove(file + suffix, ignored);
}

// Puts `temp` at `file` unless something is there already; false when something was.
bool link_into_place(const std::string& temp, const std::filesystem::path& file) {
  if (::link(temp.c_str(), file.c_str()) == 0)
    return true;
  if (errno == EEXIST)
    return false;
  // Filesystems without hard links: a rename that refuses to replace.
  if (::renameat2(AT_FDCWD, temp.c_str(), AT_FDCWD, file.c_str(), RENAME_NOREPLACE) == 0)
    return true;
  if (errno == EEXIST)
    return false;
  throw UserError(
      fmt::format("cannot create the store '{}': {}", file.string(), errno_text(errno)));
}

void sync_directory(const std::filesystem::path& dir) {
  const int fd = ::open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (fd < 0)
    return;
  ::fsync(fd);
  ::close(fd);
}

}  // namespace

void create_store_file(const std::filesystem::path& file) {
  std::error_code ec;
  if (std::filesystem::symlink_status(file, ec).type() != std::filesystem::file_type::not_found)
    return;
  const std::filesystem::path dir = directory_of(file);
  std::string temp = (dir / ("." + file.filename().string() + ".new.XXXXXX")).string();
  const int fd = ::mkstemp(temp.data());
  if (fd < 0) {
    throw UserError(
        fmt::format("cannot create the store '{}': {}", file.string(), errno_text(errno)));
  }
  // mkstemp makes it 0600; a store SQLite creates itself gets 0666 minus the umask.
  ::fchmod(fd, 0666 & ~current_umask());
  ::close(fd);
  try {
    {
      SQLite::Database db(temp, SQLite::OPEN_READWRITE);
      db.exec("PRAGMA journal_mode = WAL");  // written into the header: the file is not empty
    }  // the last connection closes: the WAL is folded back and removed
    if (link_into_place(temp, file))
      sync_directory(dir);
  } catch (const SQLite::Exception& e) {
    const int error = errno;
    remove_database_files(temp);
    throw UserError(fmt::format("cannot create the store '{}': {}", file.string(),
                                e.getErrorCode() == SQLITE_FULL ? errno_text(ENOSPC)
                                : error != 0                    ? errno_text(error)
                                                                : std::string(e.what())));
  } catch (...) {
    remove_database_files(temp);
    throw;
  }
  remove_database_files(temp);
}

void backup_store(SQLite::Database& source, const std::filesystem::path& target) {
  std::error_code ec;
  const auto status = std::filesystem::symlink_status(target, ec);
  if (status.type() == std::filesystem::file_type::symlink) {
    throw UserError(fmt::format(
        "'{}' is a symbolic link; a backup is never written through one: choose a new file "
        "name",
        target.string()));
  }
  if (status.type() != std::filesystem::file_type::not_found) {
    throw UserError(fmt::format("'{}' already exists; choose a new file name", target.string()));
  }
  AtomicFile file(target);
  try {
    SQLite::Database destination(file.temp_path().string(), SQLite::OPEN_READWRITE);
    SQLite::Backup backup(destination, source);
    backup.executeStep(-1);
  } catch (const SQLite::Exception& e) {
    const std::string cause = e.getErrorCode() == SQLITE_FULL ? errno_text(ENOSPC) : e.what();
    remove_database_files(file.temp_path().string() + "-journal");
    throw UserError(fmt::format("backup to '{}' failed: {}", target.string(), cause));
  }
  // Between the check above and here another file may have appeared: never replace it.
  if (std::filesystem::symlink_status(target, ec).type() != std::filesystem::file_type::not_found) {
    throw UserError(fmt::format("'{}' already exists; choose a new file name", target.string()));
  }
  file.commit();
}

}  // namespace thuky::host
