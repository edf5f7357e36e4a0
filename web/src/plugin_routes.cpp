// Plugins in the interface: their JSON handlers at /api/p/<id>/..., their pages at /p/<id>/...,
// the links to those pages for the navigation, and the documents commands printed (preview
// and download, only files the audit log lists and that are unchanged since).
#include <SQLiteCpp/Statement.h>
#include <fmt/format.h>
#include <sodium.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <optional>
#include <regex>
#include <sstream>

#include "embedded_pages.hpp"
#include "messages/serve_messages.hpp"
#include "page_shell.hpp"
#include "plugin_handlers.hpp"
#include "scratch_dir.hpp"
#include "thuky/error.hpp"
#include "web_app.hpp"

namespace thuky::web {

namespace {

namespace fs = std::filesystem;

host::PluginRecord* usable_plugin(WebApp& app, const std::string& id) {
  host::PluginRecord* record = app.host().registry().find(id);
  return record && record->usable() ? record : nullptr;
}

// An uploaded file: the private copy the handler reads, and the name messages call it by.
struct Upload {
  std::string file;
  std::string shown;
};

// A form sent as multipart/form-data (a file upload): each file as the path of a private copy
// (params[name]) and the browser's name for it (params[name + "_name"]); each other field as
// its text. Never over a placeholder or a query parameter.
std::vector<Upload> add_form_fields(const httplib::Request& req, const ScratchDir& uploads,
                                    WebRequest& request) {
  std::vector<Upload> saved;
  for (const auto& [name, field] : req.files) {
    if (field.filename.empty()) {
      request.params.emplace(name, field.content);
      continue;
    }
    const std::string shown = shown_upload_name(field.filename);
    const fs::path file = uploads.save_upload("upload-" + std::to_string(saved.size() + 1),
                                              field.filename, field.content);
    saved.push_back({file.string(), shown});
    if (request.params.emplace(name, file.string()).second)
      request.params.emplace(name + "_name", shown);
  }
  request.body.clear();  // the fields are in params
  return saved;
}

// Every text of `answer` with the uploads' private names replaced by the browser's
// (as_uploaded): whatever message a handler let through names the file its user chose. True
// when a text changed.
bool name_as_uploaded(nlohmann::ordered_json& answer, const std::vector<Upload>& uploads) {
  bool changed = false;
  if (answer.is_string()) {
    std::string text = answer.get<std::string>();
    for (const Upload& u : uploads)
      text = as_uploaded(text, u.file, u.shown);
    changed = text != answer.get<std::string>();
    answer = text;
  } else if (answer.is_structured()) {
    for (auto& part : answer)  // an object's values, an array's items
      changed = name_as_uploaded(part, uploads) || changed;
  }
  return changed;
}

void plugin_api(WebApp& app, const httplib::Request& req, httplib::Response& res) {
  if (!app.host_allowed(req))
    return send_refusal(res, 403, Message(msg::kLoopbackOnly));
  const std::string id = req.matches[1];
  const std::string path = req.matches[2];
  host::PluginRecord* record = usable_plugin(app, id);
  if (!record)
    return send_error(res, 404, fmt::format("no plugin '{}' in use", id));
  const auto match = match_web_handler(record->manifest.web_handlers, req.method, path);
  if (!match)
    return send_error(res, 404, fmt::format("plugin '{}' has no web handler '{}'", id, path));
  if (!match->handler)
    return send_error(res, 405,
                      fmt::format("plugin '{}' does not answer {} {}", id, req.method, path));
  // Anything but GET carries the CSRF token, even a handler that only reads.
  const bool write = match->handler->write || req.method != "GET";
  app.run_guarded(write, req, res, [&](const auto&, auto& response, const Caller& caller) {
    WebRequest request{req.method, match->handler->path, req.body, match->params,
                       caller.session.user};
    for (const auto& [key, value] : req.params)
      request.params.emplace(key, value);  // never replaces a placeholder
    std::optional<ScratchDir> scratch;     // removed when the handler has answered
    std::vector<Upload> uploads;
    if (req.is_multipart_form_data())
      uploads = add_form_fields(req, scratch.emplace(), request);
    WebResponse answer = call_web_handler(app.host(), *record, *match->handler, request);
    if (!uploads.empty()) {
      auto body = nlohmann::ordered_json::parse(answer.json);  // checked to be JSON
      if (name_as_uploaded(body, uploads))  // else the plugin's answer as it wrote it
        answer.json = body.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
    }
    response.status = answer.status;
    response.set_content(answer.json, "application/json; charset=utf-8");
  });
}

// A page of the plugin's `[web] assets` folder; nothing outside it (no "..", no link out). A
// plugin without pages of its own has the host's page made from its manifest (plugin.html).
void plugin_asset(WebApp& app, const httplib::Request& req, httplib::Response& res) {
  if (!app.host_allowed(req))
    return send_refusal(res, 403, Message(msg::kLoopbackOnly));
  host::PluginRecord* record = usable_plugin(app, req.matches[1]);
  std::string name = req.matches[2];
  if (record && record->manifest.web_assets.empty() && name.empty())
    return res.set_content(with_page_shell(std::string(embedded_pages().at("/plugin.html"))),
                           mime_of(".html"));
  if (name.empty())
    name = "index.html";
  static const std::regex kName(R"(([A-Za-z0-9_-][A-Za-z0-9_.-]*/)*[A-Za-z0-9_-][A-Za-z0-9_.-]*)");
  std::error_code error;
  if (record && !record->manifest.web_assets.empty() && std::regex_match(name, kName)) {
    const fs::path root = fs::canonical(record->manifest.web_assets, error);
    const fs::path file = fs::canonical(record->manifest.web_assets / name, error);
    const auto [end, ignored] = std::mismatch(root.begin(), root.end(), file.begin(), file.end());
    if (!error && end == root.end() && fs::is_regular_file(file, error)) {
      std::ifstream in(file, std::ios::binary);
      std::ostringstream bytes;
      bytes << in.rdbuf();
      const bool page = name.ends_with(".html");
      return res.set_content(page ? with_page_shell(bytes.str()) : bytes.str(), mime_of(name));
    }
  }
  res.status = 404;
  res.set_content("Không có trang này.", "text/plain; charset=utf-8");
}

// The pages of plugins, for the navigation: [{id, title, url}]. A plugin without pages of its
// own is listed by its name, for the page the host makes (its `[web] title` when it has one).
void plugin_pages(WebApp& app, httplib::Response& res) {
  nlohmann::json pages = nlohmann::json::array();
  for (const auto& record : app.host().registry().plugins()) {
    const auto& m = record.manifest;
    if (!record.usable() || (!m.web_assets.empty() && m.web_title.empty()))
      continue;
    const std::string& title = m.web_title.empty() ? m.name : m.web_title;
    pages.push_back({{"id", m.id}, {"title", title}, {"url", "/p/" + m.id + "/"}});
  }
  send_json(res, 200, {{"pages", pages}});
}

std::string sha256_hex(const std::string& bytes) {
  unsigned char hash[crypto_hash_sha256_BYTES];
  crypto_hash_sha256(hash, reinterpret_cast<const unsigned char*>(bytes.data()), bytes.size());
  std::string hex;
  for (const unsigned char b : hash)
    hex += fmt::format("{:02x}", b);
  return hex;
}

// GET /api/document[/NAME]?path=...[&download=1]: a document a command wrote, as the audit log
// recorded it (the last entry for that path); refused when it is not in the log or has
// changed since (its SHA-256 differs).
void document_file(WebApp& app, const httplib::Request& req, httplib::Response& res) {
  const std::string path = req.get_param_value("path");
  SQLite::Statement query(app.host().store().db(),
                          "SELECT sha256 FROM audit_documents WHERE path = ? ORDER BY rowid DESC "
                          "LIMIT 1");
  query.bind(1, path);
  if (path.empty() || !query.executeStep())
    return send_error(res, 404, "no such document in the audit log", "path");
  const std::string recorded = query.getColumn(0).getString();
  std::ifstream in(path, std::ios::binary);
  std::ostringstream bytes;
  bytes << in.rdbuf();
  if (!in.good() && !in.eof())
    return send_error(res, 404, fmt::format("'{}' is no longer there", path), "path");
  const std::string content = bytes.str();
  if (sha256_hex(content) != recorded) {
    return send_error(
        res, 409, fmt::format("'{}' changed after it was printed: render it again", path), "path");
  }
  const std::string name = fs::path(path).filename().string();
  res.set_header(
      "Content-Disposition",
      fmt::format("{}; filename=\"{}\"",
                  req.get_param_value("download") == "1" ? "attachment" : "inline", name));
  // The browser's PDF viewer is a plugin, which the pages' policy (object-src 'none') would
  // refuse; a PDF runs no script of ours, so its answer only keeps other sites from framing it.
  res.headers.erase("Content-Security-Policy");
  res.set_header("Content-Security-Policy", "frame-ancestors 'self'");
  res.set_content(content, mime_of(name));
}

}  // namespace

void add_plugin_routes(WebApp& app) {
  const std::string api = R"(/api/p/([a-z0-9-]+)/(.+))";
  const auto handler = [&app](const httplib::Request& req, httplib::Response& res) {
    plugin_api(app, req, res);
  };
  app.http().Get(api, handler);
  app.http().Post(api, handler);
  app.http().Put(api, handler);
  app.http().Delete(api, handler);
  app.http().Get(
      R"(/p/([a-z0-9-]+)/(.*))",
      [&app](const httplib::Request& req, httplib::Response& res) { plugin_asset(app, req, res); });
  app.get("/api/plugins/pages",
          [&app](const auto&, auto& res, const Caller&) { plugin_pages(app, res); });
  // /api/document/<file name>?path=...: the name only shows in the browser's PDF viewer.
  app.get(R"(/api/document(/[^/]*)?)",
          [&app](const auto& req, auto& res, const Caller&) { document_file(app, req, res); });
}

}  // namespace thuky::web
