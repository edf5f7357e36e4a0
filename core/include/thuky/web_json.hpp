#pragma once
// SDK 2.4: a web answer from a JSON value, for plugins that use nlohmann-json (Debian's
// nlohmann-json3-dev). Inline, so that no JSON library enters libthuky's ABI: include it only
// where the plugin has nlohmann-json itself.

#include <nlohmann/json.hpp>

#include <algorithm>
#include <filesystem>
#include <string>
#include <string_view>

#include "thuky/web.hpp"
#include "thuky/web_messages.hpp"

namespace thuky {

// `body` with `status`. Store text is UTF-8 already; a stray byte is replaced rather than
// turning the answer into an exception.
inline WebResponse json_response(const nlohmann::json& body, int status = 200) {
  return {status, body.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace)};
}

// SDK 2.5: a request's body (a page's call sends a JSON object) as that object. A MessageError,
// which the page shows, when it is not valid JSON (with the byte where the parser stopped: a
// body cut short says so) or not an object.
inline nlohmann::json json_body(std::string_view body) {
  nlohmann::json parsed;
  try {
    parsed = nlohmann::json::parse(body);
  } catch (const nlohmann::json::parse_error& e) {
    throw MessageError(Message(msg::kNotJson, {{"byte", std::to_string(e.byte)}}));
  }
  if (!parsed.is_object())
    throw MessageError(Message(msg::kNotJsonObject));
  return parsed;
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
