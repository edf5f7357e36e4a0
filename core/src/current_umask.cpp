#include "current_umask.hpp"

#include <sys/stat.h>

#include <fstream>
#include <mutex>
#include <string>

namespace thuky::host {

mode_t current_umask() {
  std::ifstream status("/proc/self/status");
  for (std::string line; std::getline(status, line);) {
    if (line.rfind("Umask:", 0) == 0)
      return static_cast<mode_t>(std::stoul(line.substr(6), nullptr, 8));
  }
  // Kernels before 4.7 do not show it: set and reset, one thread at a time.
  static std::mutex mutex;
  std::lock_guard lock(mutex);
  const mode_t mask = ::umask(0);
  ::umask(mask);
  return mask;
}

}  // namespace thuky::host
