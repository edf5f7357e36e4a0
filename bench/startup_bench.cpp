// Start-up figures: `thuky --help` (reads manifests, loads no plugin), and discovering plus
// loading one plugin, each in fresh processes. Prints median and minimum of N runs.
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <array>
#include <chrono>
#include <cstdio>
#include <string>
#include <vector>

namespace {

double run_ms(const std::vector<std::string>& argv_strings) {
  std::vector<char*> argv;
  for (const auto& s : argv_strings)
    argv.push_back(const_cast<char*>(s.c_str()));
  argv.push_back(nullptr);
  const auto start = std::chrono::steady_clock::now();
  const pid_t pid = fork();
  if (pid == 0) {
    freopen("/dev/null", "w", stdout);
    execv(argv[0], argv.data());
    _exit(127);
  }
  int status = 0;
  waitpid(pid, &status, 0);
  return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start)
      .count();
}

void report(const char* what, std::vector<double> samples, const char* unit) {
  std::sort(samples.begin(), samples.end());
  std::printf("%-44s median %8.2f %s   min %8.2f %s   (%zu runs)\n", what,
              samples[samples.size() / 2], unit, samples.front(), unit, samples.size());
}

}  // namespace

int main() {
  constexpr int kRuns = 30;
  const std::string thuky = THUKY_BENCH_BINARY;
  std::vector<double> help, version;
  for (int i = 0; i < kRuns; ++i)
    help.push_back(run_ms({thuky, "--help"}));
  for (int i = 0; i < kRuns; ++i)
    version.push_back(run_ms({thuky, "--version"}));
  report("thuky --help (3 manifests, no library)", help, "ms");
  report("thuky --version", version, "ms");

  const std::string plugin_dir =
      thuky.substr(0, thuky.rfind('/')) + "/../" THUKY_PLUGIN_SUBDIR_FOR_BENCH;
  std::vector<double> discover, load;
  for (int i = 0; i < kRuns; ++i) {
    const std::string command =
        std::string(THUKY_BENCH_PLUGIN_LOAD) + " '" + plugin_dir + "' minutes";
    FILE* pipe = popen(command.c_str(), "r");
    long long d = 0, l = 0;
    if (!pipe || std::fscanf(pipe, "%lld %lld", &d, &l) != 2)
      return 1;
    pclose(pipe);
    discover.push_back(static_cast<double>(d) / 1000.0);
    load.push_back(static_cast<double>(l) / 1000.0);
  }
  report("discover plugins (read 3 manifests)", discover, "ms");
  report("load one plugin (dlopen, verify, create)", load, "ms");
  return 0;
}
