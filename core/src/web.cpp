#include "thuky/web.hpp"

namespace thuky {
namespace {

std::vector<std::string_view> segments_of(std::string_view path) {
  std::vector<std::string_view> out;
  std::size_t start = 0;
  while (true) {
    const std::size_t end = std::min(path.find('/', start), path.size());
    out.push_back(path.substr(start, end - start));
    if (end == path.size())
      return out;
    start = end + 1;
  }
}

bool is_placeholder(std::string_view segment) {
  return segment.size() > 2 && segment.front() == '{' && segment.back() == '}';
}

}  // namespace

std::optional<int> match_web_path(std::string_view pattern, std::string_view path,
                                  WebParams& params) {
  const auto declared = segments_of(pattern);
  const auto wanted = segments_of(path);
  if (declared.size() != wanted.size())
    return std::nullopt;
  WebParams found;
  int literals = 0;
  for (std::size_t i = 0; i < declared.size(); ++i) {
    if (is_placeholder(declared[i])) {
      if (wanted[i].empty())
        return std::nullopt;
      found[std::string(declared[i].substr(1, declared[i].size() - 2))] = std::string(wanted[i]);
    } else if (declared[i] != wanted[i]) {
      return std::nullopt;
    } else {
      ++literals;
    }
  }
  params = std::move(found);
  return literals;
}

WebRouter& WebRouter::on(std::string method, std::string path, Handler handler) {
  routes_.push_back({std::move(method), std::move(path), std::move(handler)});
  return *this;
}

WebResponse WebRouter::answer(PluginContext& ctx, const WebRequest& request) const {
  const Route* best = nullptr;
  int best_literals = -1;
  bool path_known = false;
  WebRequest resolved = request;
  for (const Route& route : routes_) {
    WebParams params = request.params;
    std::optional<int> literals;
    if (route.path == request.path)
      literals = 1 << 16;  // the declared path the host matched: its params are given
    else
      literals = match_web_path(route.path, request.path, params);
    if (!literals)
      continue;
    path_known = true;
    if (route.method != request.method || *literals <= best_literals)
      continue;
    best = &route;
    best_literals = *literals;
    resolved.path = route.path;
    resolved.params = std::move(params);
    for (const auto& [key, value] : request.params)
      resolved.params.emplace(key, value);  // the query's, never over a placeholder
  }
  if (!best) {
    if (path_known)
      return error_response(405, request.method + " is not allowed on '" + request.path + "'");
    return error_response(404, "no handler for '" + request.path + "'");
  }
  try {
    WebResponse response = best->handler(ctx, resolved);
    if (response.json.empty())
      response.json = "{}";
    return response;
  } catch (const UserError& e) {
    return error_response(e);
  }
}

}  // namespace thuky
