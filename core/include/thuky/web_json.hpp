#pragma once
// SDK 2.4: a web answer from a JSON value, for plugins that use nlohmann-json (Debian's
// nlohmann-json3-dev). Inline, so that no JSON library enters libthuky's ABI: include it only
// where the plugin has nlohmann-json itself.

#include <nlohmann/json.hpp>

#include <algorithm>
#include <filesystem>
#include <string>

#include "thuky/web.hpp"

namespace thuky {

// `body` with `status`. Store text is UTF-8 already; a stray byte is replaced rather than
// turning the answer into an exception.
inline WebResponse json_response(const nlohmann::json& body, int status = 200) {
  return {status, body.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace)};
}

// [{name, path}] of the files a command printed one a line (thuky::run_own_command's text),
// each path absolute as the audit log records a document: what /api/document serves.
inline nlohmann::json printed_files(const std::string& printed) {
  nlohmann::json files = nlohmann::json::array();
  for (std::size_t at = 0; at < printed.size();) {
    const std::size_t end = std::min(printed.find('\n', at), printed.size());
    const std::filesystem::path file = printed.substr(at, end - at);
    if (!file.empty()) {
      files.push_back({{"name", file.filename().string()},
                       {"path", std::filesystem::absolute(file).lexically_normal().string()}});
    }
    at = end + 1;
  }
  return files;
}

}  // namespace thuky
