#include "web_route.hpp"

#include <vector>

namespace delegates::web {
namespace {

std::vector<std::string_view> segments(std::string_view path) {
  std::vector<std::string_view> out;
  while (!path.empty()) {
    const auto slash = path.find('/');
    out.push_back(path.substr(0, slash));
    if (slash == std::string_view::npos)
      break;
    path.remove_prefix(slash + 1);
  }
  return out;
}

bool is_param(std::string_view segment) {
  return segment.size() > 2 && segment.front() == '{' && segment.back() == '}';
}

}  // namespace

std::string relative_path(std::string_view path) {
  constexpr std::string_view kPrefix = "/api/p/delegates/";
  if (path.starts_with(kPrefix))
    path.remove_prefix(kPrefix.size());
  while (path.starts_with('/'))
    path.remove_prefix(1);
  return std::string(path);
}

bool match_route(std::string_view pattern, std::string_view path, const Params& given,
                 Params& params) {
  if (pattern == path) {
    params = given;
    return true;
  }
  const auto want = segments(pattern);
  const auto have = segments(path);
  if (want.size() != have.size())
    return false;
  Params found;
  for (std::size_t i = 0; i < want.size(); ++i) {
    if (is_param(want[i])) {
      if (have[i].empty())
        return false;
      found[std::string(want[i].substr(1, want[i].size() - 2))] = std::string(have[i]);
    } else if (want[i] != have[i]) {
      return false;
    }
  }
  params = std::move(found);
  return true;
}

WebAnswer json_answer(const nlohmann::json& body, int status) {
  // Store text is UTF-8 already; a stray byte must not turn an answer into an exception.
  return {status, body.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace)};
}

WebAnswer error_answer(int status, const std::string& message, const std::string& field) {
  return json_answer({{"error", message}, {"field", field}}, status);
}

}  // namespace delegates::web
