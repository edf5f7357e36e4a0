#include "output_files.hpp"

#include <fcntl.h>
#include <fmt/format.h>
#include <sys/file.h>
#include <unistd.h>

#include <mutex>
#include <regex>
#include <set>

#include "store_failure.hpp"
#include "thuky/error.hpp"

namespace thuky::host {
namespace {

constexpr std::size_t kTempSuffix = 8;  // the leading "." and ".XXXXXX" of AtomicFile

// AtomicFile's temporary names for the kinds of file thuky writes.
bool is_temp_name(const std::string& name) {
  static const std::regex pattern(R"(^\..+\.(pdf|xlsx|csv)\.[A-Za-z0-9]{6}$)");
  return std::regex_match(name, pattern);
}

}  // namespace

void remove_stale_temp_files(const std::filesystem::path& dir) {
  static std::mutex mutex;
  static std::set<std::filesystem::path> cleaned;
  std::error_code ec;
  const std::filesystem::path key = std::filesystem::absolute(dir, ec);
  {
    std::lock_guard lock(mutex);
    if (!cleaned.insert(key).second)
      return;
  }
  for (const auto& entry : std::filesystem::directory_iterator(dir, ec)) {
    if (!entry.is_regular_file(ec) || !is_temp_name(entry.path().filename().string()))
      continue;
    // A writer holds its temporary file locked while it lives (AtomicFile): one we can lock
    // belongs to a writer that was killed, however recently.
    const int fd = ::open(entry.path().c_str(), O_RDONLY | O_CLOEXEC | O_NOFOLLOW);
    if (fd < 0)
      continue;
    if (::flock(fd, LOCK_EX | LOCK_NB) == 0)
      std::filesystem::remove(entry.path(), ec);  // while locked: the writer checks for this
    ::close(fd);
  }
}

void check_file_name_length(const std::filesystem::path& file) {
  const std::filesystem::path dir = file.parent_path().empty() ? "." : file.parent_path();
  long limit = ::pathconf(dir.c_str(), _PC_NAME_MAX);
  if (limit <= 0)
    limit = 255;
  const std::size_t length = file.filename().native().size();
  const std::size_t allowed = static_cast<std::size_t>(limit) - kTempSuffix;
  if (length > allowed) {
    throw UserError(fmt::format(
        "cannot write '{}': the file name is too long ({} bytes; at most {} here): choose a "
        "shorter id or name",
        file.string(), length, allowed));
  }
}

void write_whole_file(const std::filesystem::path& path, std::string_view bytes,
                      const std::filesystem::path& shown) {
  const int fd = ::open(path.c_str(), O_WRONLY | O_TRUNC | O_CLOEXEC);
  const auto fail = [&](int error) {
    if (fd >= 0)
      ::close(fd);
    throw UserError(fmt::format("cannot write '{}': {}", shown.string(), errno_text(error)));
  };
  if (fd < 0)
    fail(errno);
  while (!bytes.empty()) {
    const ssize_t written = ::write(fd, bytes.data(), bytes.size());
    if (written < 0) {
      if (errno == EINTR)
        continue;
      fail(errno);
    }
    bytes.remove_prefix(static_cast<std::size_t>(written));
  }
  if (::close(fd) != 0)
    throw UserError(fmt::format("cannot write '{}': {}", shown.string(), errno_text(errno)));
}

}  // namespace thuky::host
