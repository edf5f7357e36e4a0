#include "plugin_requirement.hpp"

#include <charconv>
#include <regex>
#include <vector>

#include "manifest.hpp"

namespace thuky::host {
namespace {

bool is_version(const std::string& text) {
  static const std::regex kVersion(R"(\d+(\.\d+)*)");
  return std::regex_match(text, kVersion);
}

std::vector<long> numbers_of(const std::string& version) {
  std::vector<long> numbers;
  const char* p = version.data();
  const char* end = p + version.size();
  while (p < end) {
    long n = 0;
    p = std::from_chars(p, end, n).ptr;
    numbers.push_back(n);
    if (p < end && *p == '.')
      ++p;
    else
      break;
  }
  return numbers;
}

}  // namespace

std::optional<Requirement> parse_requirement(const std::string& text) {
  static const std::regex kForm(R"(\s*([a-z0-9-]+)\s*(?:(>=|=)\s*(\S+))?\s*)");
  std::smatch m;
  if (!std::regex_match(text, m, kForm) || !is_valid_plugin_id(m[1]))
    return std::nullopt;
  Requirement r{m[1], m[2], m[3], text};
  if (!r.op.empty() && !is_version(r.version))
    return std::nullopt;
  return r;
}

int compare_versions(const std::string& a, const std::string& b) {
  std::vector<long> x = numbers_of(a), y = numbers_of(b);
  const std::size_t n = std::max(x.size(), y.size());
  x.resize(n, 0);
  y.resize(n, 0);
  for (std::size_t i = 0; i < n; ++i) {
    if (x[i] != y[i])
      return x[i] < y[i] ? -1 : 1;
  }
  return 0;
}

bool satisfies(const Requirement& requirement, const std::string& installed) {
  if (requirement.op.empty())
    return true;
  const int order = compare_versions(installed, requirement.version);
  return requirement.op == ">=" ? order >= 0 : order == 0;
}

}  // namespace thuky::host
