#pragma once
// SDK 2.3: the web extension point. A plugin declares JSON handlers in its manifest
//
//   [[web.handlers]]
//   method = "POST"                       # GET, POST, PUT or DELETE
//   path = "meetings/{id}/attendance"     # served at /api/p/<plugin id>/meetings/7/attendance
//   access = "write"                      # "read" or "write"
//
// and answers them in Plugin::web_request. `thuky serve` checks the session, the role (a
// viewer may not write) and the CSRF token before the plugin runs, runs it under the store
// lock (in a transaction that commits only for a "write" handler whose answer is below 400),
// and records `thuky serve: user '<account>': <METHOD> <path>` in the audit log. A UserError
// becomes 400 {"error", "field"}. Plain strings cross the library boundary: no JSON library
// in the ABI (a plugin may use nlohmann-json or json_string() below).

#include <map>
#include <string>
#include <string_view>

namespace thuky {

struct WebRequest {
  std::string method;  // "GET", "POST", ...
  // The handler's path as the manifest declares it ("meetings/{id}/attendance"), so that a
  // plugin dispatches on (method, path) with a plain comparison.
  std::string path;
  std::string body;  // the request's body (JSON for the pages' calls), empty for GET
  // The {placeholders} of the path ("id" → "7"), then the query string's parameters
  // (?q=...); a query parameter never replaces a placeholder.
  std::map<std::string, std::string> params;
  std::string user;  // the account (or, on loopback without accounts, the OS user)
};

struct WebResponse {
  int status = 200;
  std::string json;  // the body, a JSON text; empty means {}
};

// `text` as a JSON string literal, quotes included: for plugins that write small answers
// without a JSON library ("{\"name\": " + json_string(name) + "}").
inline std::string json_string(std::string_view text) {
  static constexpr char kHex[] = "0123456789abcdef";
  std::string out = "\"";
  for (const char c : text) {
    const auto byte = static_cast<unsigned char>(c);
    if (c == '"' || c == '\\') {
      out += '\\';
      out += c;
    } else if (c == '\n') {
      out += "\\n";
    } else if (byte < 0x20) {
      out += "\\u00";
      out += kHex[byte >> 4];
      out += kHex[byte & 0xf];
    } else {
      out += c;
    }
  }
  return out + '"';
}

}  // namespace thuky
