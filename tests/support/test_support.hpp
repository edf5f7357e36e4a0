#pragma once
// Helpers shared by the tests: temporary directories, files, and running the real binary.

#include <chrono>
#include <filesystem>
#include <map>
#include <string>
#include <vector>

namespace thuky::test {

// A fresh directory under the system temp dir, removed (with its contents) when destroyed.
class TempDir {
 public:
  TempDir();
  ~TempDir();
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;
  const std::filesystem::path& path() const noexcept { return path_; }
  std::filesystem::path operator/(const std::string& name) const { return path_ / name; }

 private:
  std::filesystem::path path_;
};

void write_file(const std::filesystem::path& file, const std::string& content);
std::string read_file(const std::filesystem::path& file);

// Sets store.busy_timeout_ms in the thuky.toml `thuky init` wrote in `workspace` (5000 there),
// so that a command waiting for another's write lock fails after `ms` instead of 5 s. Throws
// std::runtime_error when the file does not have the setting as init writes it.
void set_busy_timeout(const std::filesystem::path& workspace, int ms);

// Copies the fixture plugin `name` (library and manifest) into `dir`.
void copy_fixture_plugin(const std::string& name, const std::filesystem::path& dir);

struct RunResult {
  int exit_code = -1;
  std::string out;
  std::string err;
};

// Runs the built `thuky` with `args` in `cwd`; `env` entries are added to (or, with an empty
// value, removed from) the environment. THUKY_PLUGIN_PATH is cleared unless `env` sets it.
RunResult run_thuky(const std::vector<std::string>& args, const std::filesystem::path& cwd,
                    const std::map<std::string, std::string>& env = {});

// Starts `thuky args` in `cwd` and kills it with SIGKILL after `delay` unless it has finished
// by then; returns whether it had.
bool run_thuky_and_kill(const std::vector<std::string>& args, const std::filesystem::path& cwd,
                        std::chrono::milliseconds delay);

// Path of the built binary and of the fixture plugin directory (from the build system).
std::filesystem::path thuky_binary();
std::filesystem::path fixture_plugin_dir(const std::string& name);

}  // namespace thuky::test
