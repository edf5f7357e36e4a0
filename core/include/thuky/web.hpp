#pragma once
// SDK 2.3: the web extension point (2.4: match_web_path, field_error, WebRouter). A plugin declares
// JSON handlers in its manifest
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
// becomes 400 {"error", "error_en", "field"} (2.5: "error" in Vietnamese where a message
// catalogue has the words, "error_en" the English). Plain strings cross the library boundary: no
// JSON library in the ABI (a plugin may use nlohmann-json or json_string() below).

#include <algorithm>
#include <filesystem>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "thuky/error.hpp"
#include "thuky/export.hpp"
#include "thuky/message.hpp"

namespace thuky {

class PluginContext;

struct WebRequest {
  std::string method;  // "GET", "POST", ...
  // The handler's path as the manifest declares it ("meetings/{id}/attendance"), so that a
  // plugin dispatches on (method, path) with a plain comparison.
  std::string path;
  std::string body;  // the request's body (JSON for the pages' calls), empty for GET
  // The {placeholders} of the path ("id" → "7"), then the query string's parameters
  // (?q=...); a query parameter never replaces a placeholder. 2.4: a form sent as
  // multipart/form-data (an upload) adds its fields: a file as the path of a private copy,
  // removed once the handler has answered ("file" → "/tmp/thuky-web-…/upload-1.xlsx"), with
  // the browser's name for it ("file_name" → "Ứng cử viên.xlsx"); any other field as its text.
  std::map<std::string, std::string> params;
  std::string user;  // the account (or, on loopback without accounts, the OS user)

  // 2.4: params[key], or "" when the request has none.
  std::string param(const std::string& key) const {
    const auto it = params.find(key);
    return it == params.end() ? std::string() : it->second;
  }
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

// SDK 2.4: answering in a plugin without plumbing of its own ---------------------------------

using WebParams = std::map<std::string, std::string>;

// Whether `path` ("meetings/7/attendance") is one the declared `pattern`
// ("meetings/{id}/attendance") serves: then the number of the pattern's literal segments (a
// literal beats a placeholder: "meetings/new" before "meetings/{id}"), with each {name}'s
// segment put into `params`; nullopt when it is not (a placeholder takes one non-empty
// segment). The host matches requests to a plugin's `[[web.handlers]]` with it.
THUKY_API std::optional<int> match_web_path(std::string_view pattern, std::string_view path,
                                            WebParams& params);

// A request refused because of one form field: the page shows `message` beside `field` ("" for
// the whole form). Throw it from a handler: WebRouter, and the host for a plugin without one,
// answer 400 {"error": message, "field": field}.
inline UserError field_error(const std::string& field, const std::string& message) {
  return UserError(InputLocation{"", 0, 0, field}, message);
}
// SDK 2.5: the same with a catalogue's message, which the page shows in Vietnamese.
inline MessageError field_error(const std::string& field, Message message) {
  return MessageError(InputLocation{"", 0, 0, field}, std::move(message));
}

// `message` with the private copy of an upload (`file`) called by the browser's name for it
// (`shown`): its path and its bare name, and those of the rejects file an import writes beside
// it ("/tmp/thuky-web-…/upload-1.rejected.csv" → "Ứng cử viên.rejected.csv", as keep_rejects in
// web_import.hpp names the copy it keeps). One pass: a `shown` that contains a private name is
// left as it is.
inline std::string as_uploaded(const std::string& message, const std::string& file,
                               const std::string& shown) {
  if (file.empty())
    return message;
  const std::filesystem::path copy(file);
  const std::string rejects = copy.stem().string() + ".rejected.csv";
  const std::string shown_rejects = std::filesystem::path(shown).stem().string() + ".rejected.csv";
  // Each name before any name it ends with.
  const std::pair<std::string, std::string> names[] = {
      {(copy.parent_path() / rejects).string(), shown_rejects},
      {file, shown},
      {rejects, shown_rejects},
      {copy.filename().string(), shown}};
  std::string out;
  for (std::size_t at = 0; at < message.size();) {
    const auto* name = std::find_if(std::begin(names), std::end(names), [&](const auto& n) {
      return !n.first.empty() && message.compare(at, n.first.size(), n.first) == 0;
    });
    if (name == std::end(names)) {
      out += message[at++];
    } else {
      out += name->second;
      at += name->first.size();
    }
  }
  return out;
}

// {"error": message, "field": field} with `status`, as every refusal is answered.
inline WebResponse error_response(int status, std::string_view message,
                                  std::string_view field = {}) {
  return {status,
          "{\"error\": " + json_string(message) + ", \"field\": " + json_string(field) + "}"};
}

// SDK 2.5: a UserError as every page reads it, 400 {"error": its Vietnamese, "error_en": its
// English, "field": the field}, each beside the field (message.hpp).
inline WebResponse error_response(const UserError& e, int status = 400) {
  return {status, "{\"error\": " + json_string(vietnamese_beside_field(e)) +
                      ", \"error_en\": " + json_string(beside_field(e.what(), e.location())) +
                      ", \"field\": " + json_string(e.location().field) + "}"};
}

// A plugin's handlers by method and declared path, so that Plugin::web_request is one line:
//
//   static const thuky::WebRouter router = thuky::WebRouter()
//       .on("GET", "days/{day}", [](thuky::PluginContext& ctx, const thuky::WebRequest& r) {
//         return day_answer(ctx, r.params.at("day"));
//       });
//   response = router.answer(ctx, request);
class THUKY_API WebRouter {
 public:
  using Handler = std::function<WebResponse(PluginContext& ctx, const WebRequest& request)>;

  WebRouter& on(std::string method, std::string path, Handler handler);

  // Runs the handler `request` names. Its path is the declared one the host matched (its
  // params as the host gave them) or a path to match here ("days/2026/results", as a test or a
  // plugin calling itself gives it), with the host's rules. No such path: 404; another
  // method: 405; a UserError (field_error) from the handler: 400 {error, error_en, field},
  // the message without its field (error_response(e) above).
  WebResponse answer(PluginContext& ctx, const WebRequest& request) const;

 private:
  struct Route {
    std::string method, path;
    Handler handler;
  };
  std::vector<Route> routes_;
};

}  // namespace thuky
