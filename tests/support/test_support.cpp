#include "test_support.hpp"

#include <fcntl.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdlib>
#include <fstream>
#include <sstream>
#include <stdexcept>
#include <thread>

extern char** environ;

namespace thuky::test {

TempDir::TempDir() {
  std::string pattern = (std::filesystem::temp_directory_path() / "thuky-test-XXXXXX").string();
  if (!::mkdtemp(pattern.data()))
    throw std::runtime_error("mkdtemp failed");
  path_ = pattern;
}

TempDir::~TempDir() {
  std::error_code ec;
  // A test may have made a directory world-writable or read-only; removal does not care.
  std::filesystem::remove_all(path_, ec);
}

void write_file(const std::filesystem::path& file, const std::string& content) {
  std::filesystem::create_directories(file.parent_path());
  std::ofstream out(file, std::ios::binary);
  out << content;
  if (!out)
    throw std::runtime_error("cannot write " + file.string());
}

std::string read_file(const std::filesystem::path& file) {
  std::ifstream in(file, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

void set_busy_timeout(const std::filesystem::path& workspace, int ms) {
  const std::filesystem::path file = workspace / "thuky.toml";
  std::string config = read_file(file);
  const std::string key = "busy_timeout_ms = 5000";
  const auto at = config.find(key);
  if (at == std::string::npos)
    throw std::runtime_error("no '" + key + "' in " + file.string());
  config.replace(at, key.size(), "busy_timeout_ms = " + std::to_string(ms));
  write_file(file, config);
}

std::filesystem::path thuky_binary() {
  return THUKY_TEST_BINARY;
}

std::filesystem::path fixture_plugin_dir(const std::string& name) {
  return std::filesystem::path(THUKY_TEST_FIXTURE_PLUGINS) / name;
}

void copy_fixture_plugin(const std::string& name, const std::filesystem::path& dir) {
  std::filesystem::create_directories(dir);
  for (const auto& file : {name + ".so", name + ".plugin.toml"}) {
    std::filesystem::copy_file(fixture_plugin_dir(name) / file, dir / file,
                               std::filesystem::copy_options::overwrite_existing);
  }
}

namespace {

// Starts the built `thuky` (see run_thuky), its output going to `out_file` and `err_file`.
pid_t start_thuky(const std::vector<std::string>& args, const std::filesystem::path& cwd,
                  const std::map<std::string, std::string>& env,
                  const std::filesystem::path& out_file, const std::filesystem::path& err_file) {
  std::map<std::string, std::string> environment;
  for (char** e = environ; *e; ++e) {
    const std::string entry = *e;
    const auto eq = entry.find('=');
    if (eq != std::string::npos)
      environment[entry.substr(0, eq)] = entry.substr(eq + 1);
  }
  environment.erase("THUKY_PLUGIN_PATH");
  for (const auto& [key, value] : env) {
    if (value.empty()) {
      environment.erase(key);
    } else {
      environment[key] = value;
    }
  }
  std::vector<std::string> env_strings;
  for (const auto& [key, value] : environment)
    env_strings.push_back(key + "=" + value);
  std::vector<char*> envp;
  for (auto& s : env_strings)
    envp.push_back(s.data());
  envp.push_back(nullptr);

  std::vector<std::string> argv_strings{thuky_binary().string()};
  argv_strings.insert(argv_strings.end(), args.begin(), args.end());
  std::vector<char*> argv;
  for (auto& s : argv_strings)
    argv.push_back(s.data());
  argv.push_back(nullptr);

  const pid_t pid = ::fork();
  if (pid < 0)
    throw std::runtime_error("fork failed");
  if (pid == 0) {
    const int out_fd = ::open(out_file.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
    const int err_fd = ::open(err_file.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
    const int null_fd = ::open("/dev/null", O_RDONLY);
    if (out_fd < 0 || err_fd < 0 || null_fd < 0 || ::chdir(cwd.c_str()) != 0)
      ::_exit(127);
    ::dup2(null_fd, STDIN_FILENO);
    ::dup2(out_fd, STDOUT_FILENO);
    ::dup2(err_fd, STDERR_FILENO);
    ::execve(argv[0], argv.data(), envp.data());
    ::_exit(127);
  }
  return pid;
}

}  // namespace

RunResult run_thuky(const std::vector<std::string>& args, const std::filesystem::path& cwd,
                    const std::map<std::string, std::string>& env) {
  TempDir io;
  const auto out_file = io / "stdout";
  const auto err_file = io / "stderr";
  const pid_t pid = start_thuky(args, cwd, env, out_file, err_file);
  int status = 0;
  ::waitpid(pid, &status, 0);
  RunResult result;
  result.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
  result.out = read_file(out_file);
  result.err = read_file(err_file);
  return result;
}

bool run_thuky_and_kill(const std::vector<std::string>& args, const std::filesystem::path& cwd,
                        std::chrono::milliseconds delay) {
  TempDir io;
  const pid_t pid = start_thuky(args, cwd, {}, io / "stdout", io / "stderr");
  std::this_thread::sleep_for(delay);
  int status = 0;
  if (::waitpid(pid, &status, WNOHANG) == pid)
    return true;
  ::kill(pid, SIGKILL);
  ::waitpid(pid, &status, 0);
  return false;
}

}  // namespace thuky::test
