// Prints the microseconds that discovering the plugins (manifests only) and loading one took.
// Usage: bench_plugin_load <plugin dir> <plugin id>
#include <chrono>
#include <cstdio>

#include "plugin_registry.hpp"

int main(int argc, char** argv) {
  if (argc != 3)
    return 2;
  using Clock = std::chrono::steady_clock;
  const auto t0 = Clock::now();
  thuky::host::PluginSearch search;
  search.dirs = {argv[1]};
  thuky::host::PluginRegistry registry(search);
  const auto t1 = Clock::now();
  thuky::host::PluginRecord* record = registry.find(argv[2]);
  if (!record || !registry.load(*record))
    return 1;
  const auto t2 = Clock::now();
  const auto us = [](auto d) {
    return std::chrono::duration_cast<std::chrono::microseconds>(d).count();
  };
  std::printf("%lld %lld\n", static_cast<long long>(us(t1 - t0)),
              static_cast<long long>(us(t2 - t1)));
  return 0;
}
