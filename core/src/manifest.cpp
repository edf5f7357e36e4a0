#include "manifest.hpp"

#include <algorithm>

#include <fmt/format.h>
#include <toml++/toml.h>

#include "thuky/error.hpp"

namespace thuky::host {
namespace {

class ManifestReader {
 public:
  explicit ManifestReader(std::filesystem::path file) : file_(std::move(file)) {}

  Manifest read() {
    try {
      root_ = toml::parse_file(file_.string());
    } catch (const toml::parse_error& e) {
      throw UserError(at(e.source(), ""), fmt::format("TOML syntax error: {}", e.description()));
    }
    Manifest m;
    m.file = file_;
    m.id = required_string(root_, "id");
    if (!is_valid_plugin_id(m.id)) {
      throw UserError(at(root_["id"].node()->source(), "id"),
                      fmt::format("'{}' is not a valid plugin id (use a-z, 0-9 and '-')", m.id));
    }
    m.name = required_string(root_, "name");
    m.version = required_string(root_, "version");
    m.summary = optional_string(root_, "summary");
    const toml::node* sdk = root_.get("sdk");
    if (!sdk || !sdk->is_integer()) {
      throw UserError(at(sdk ? sdk->source() : root_.source(), "sdk"),
                      "required integer key 'sdk' (the plugin SDK version) is missing");
    }
    m.sdk_version = static_cast<int>(*sdk->value<std::int64_t>());
    const std::string library = optional_string(root_, "library");
    if (library.find('/') != std::string::npos || library == "." || library == "..") {
      // Anything else could point at a library that sits where someone else may write.
      throw UserError(at(root_["library"].node()->source(), "library"),
                      fmt::format("'{}' must be a file name in the manifest's directory: a "
                                  "plugin's library sits beside its manifest",
                                  library));
    }
    m.library = file_.parent_path() / (library.empty() ? m.id + ".so" : library);

    for_each_table("commands", [&](const toml::table& t) {
      m.commands.push_back(
          {required_string(t, "name"), optional_string(t, "summary"), optional_bool(t, "list")});
    });
    for_each_table("documents", [&](const toml::table& t) {
      m.documents.push_back({required_string(t, "id"), optional_string(t, "title")});
    });
    if (const toml::node* config = root_.get("config")) {
      if (!config->is_table())
        throw UserError(at(config->source(), "config"), "expected [config.<key>] tables");
      m.config = read_config_schema(*config->as_table(), file_);
    }
    m.requirements = read_requirements("requires");
    m.uses = read_requirements("uses");
    if (const toml::node* web = root_.get("web"))
      read_web(*web, m);
    return m;
  }

 private:
  // `requires = [...]` or (SDK 2.4) `uses = [...]`: plugins by id, with a version when needed.
  std::vector<Requirement> read_requirements(const char* key) const {
    std::vector<Requirement> out;
    const toml::node* node = root_.get(key);
    if (!node)
      return out;
    const toml::array* list = node->as_array();
    if (!list) {
      throw UserError(at(node->source(), key),
                      fmt::format("expected a list such as [\"delegates >= 0.3\"]"));
    }
    for (const toml::node& item : *list) {
      auto requirement = parse_requirement(item.value_or(std::string()));
      if (!requirement) {
        throw UserError(at(item.source(), key),
                        "expected \"<plugin id>\", \"<plugin id> >= <version>\" or "
                        "\"<plugin id> = <version>\"");
      }
      out.push_back(std::move(*requirement));
    }
    return out;
  }

  // `[web]`: assets, title and `[[web.handlers]]`.
  void read_web(const toml::node& node, Manifest& m) const {
    const toml::table* web = node.as_table();
    if (!web)
      throw UserError(at(node.source(), "web"), "expected a [web] table");
    for (const auto& [key, value] : *web) {
      if (key != "assets" && key != "title" && key != "handlers") {
        throw UserError(
            at(value.source(), "web." + std::string(key.str())),
            fmt::format("unknown key '{}' in [web] (assets, title, handlers)", key.str()));
      }
    }
    const std::string assets = optional_string(*web, "assets");
    if (!assets.empty()) {
      if (assets.find('/') != std::string::npos || assets == "." || assets == "..") {
        throw UserError(at((*web)["assets"].node()->source(), "web.assets"),
                        fmt::format("'{}' must be a folder name beside the manifest", assets));
      }
      m.web_assets = file_.parent_path() / assets;
    }
    m.web_title = optional_string(*web, "title");
    const toml::node* handlers = web->get("handlers");
    if (!handlers)
      return;
    const toml::array* list = handlers->as_array();
    if (!list)
      throw UserError(at(handlers->source(), "web.handlers"), "expected [[web.handlers]] tables");
    for (const toml::node& item : *list) {
      const toml::table* t = item.as_table();
      if (!t)
        throw UserError(at(item.source(), "web.handlers"), "expected [[web.handlers]] tables");
      m.web_handlers.push_back(read_web_handler(*t, m.web_handlers));
    }
  }

  WebHandlerInfo read_web_handler(const toml::table& t,
                                  const std::vector<WebHandlerInfo>& before) const {
    WebHandlerInfo h;
    h.method = required_string(t, "method");
    if (h.method != "GET" && h.method != "POST" && h.method != "PUT" && h.method != "DELETE") {
      throw UserError(at(t["method"].node()->source(), "method"),
                      fmt::format("'{}' is not GET, POST, PUT or DELETE", h.method));
    }
    h.path = required_string(t, "path");
    if (!is_valid_web_path(h.path)) {
      throw UserError(at(t["path"].node()->source(), "path"),
                      fmt::format("'{}' is not a handler path: segments of a-z, 0-9, '-', '_', "
                                  "'.' or a {{name}}, separated by '/', no leading '/'",
                                  h.path));
    }
    const std::string access = required_string(t, "access");
    if (access != "read" && access != "write") {
      throw UserError(at(t["access"].node()->source(), "access"),
                      fmt::format("'{}' is not \"read\" or \"write\"", access));
    }
    h.write = access == "write";
    if (h.write && h.method == "GET") {
      // A GET can be sent by any page (a link, an image) without the CSRF token.
      throw UserError(at(t["access"].node()->source(), "access"),
                      "a GET handler may only read: use POST, PUT or DELETE to write");
    }
    for (const WebHandlerInfo& other : before) {
      if (other.method == h.method && other.path == h.path) {
        throw UserError(at(t.source(), "path"),
                        fmt::format("handler {} {} is declared twice", h.method, h.path));
      }
    }
    return h;
  }

  InputLocation at(const toml::source_region& src, std::string key) const {
    return {file_.string(), static_cast<int>(src.begin.line), static_cast<int>(src.begin.column),
            std::move(key)};
  }

  std::string required_string(const toml::table& t, const char* key) const {
    const toml::node* node = t.get(key);
    if (!node) {
      throw UserError(at(t.source(), key), fmt::format("required key '{}' is missing", key));
    }
    if (!node->is_string() || node->value<std::string>()->empty()) {
      throw UserError(at(node->source(), key), "expected a non-empty string");
    }
    return *node->value<std::string>();
  }

  std::string optional_string(const toml::table& t, const char* key) const {
    const toml::node* node = t.get(key);
    if (!node)
      return {};
    if (!node->is_string())
      throw UserError(at(node->source(), key), "expected a string");
    return *node->value<std::string>();
  }

  bool optional_bool(const toml::table& t, const char* key) const {
    const toml::node* node = t.get(key);
    if (!node)
      return false;
    if (!node->is_boolean())
      throw UserError(at(node->source(), key), "expected true or false");
    return *node->value<bool>();
  }

  template <class F>
  void for_each_table(const char* key, F&& each) const {
    const toml::node* node = root_.get(key);
    if (!node)
      return;
    const toml::array* array = node->as_array();
    if (!array) {
      throw UserError(at(node->source(), key), fmt::format("expected [[{}]] tables", key));
    }
    for (const toml::node& item : *array) {
      if (!item.is_table()) {
        throw UserError(at(item.source(), key), fmt::format("expected [[{}]] tables", key));
      }
      each(*item.as_table());
    }
  }

  std::filesystem::path file_;
  toml::table root_;
};

}  // namespace

bool is_valid_web_path(const std::string& path) {
  if (path.empty())
    return false;
  std::size_t start = 0;
  while (true) {
    const std::size_t end = std::min(path.find('/', start), path.size());
    const std::string_view segment(path.data() + start, end - start);
    const bool placeholder = segment.size() > 2 && segment.front() == '{' &&
                             segment.back() == '}' &&
                             std::all_of(segment.begin() + 1, segment.end() - 1,
                                         [](char c) { return (c >= 'a' && c <= 'z') || c == '_'; });
    const bool literal = !segment.empty() && segment != "." && segment != ".." &&
                         std::all_of(segment.begin(), segment.end(), [](char c) {
                           return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' ||
                                  c == '_' || c == '.';
                         });
    if (!placeholder && !literal)
      return false;
    if (end == path.size())
      return true;
    start = end + 1;
  }
}

bool is_valid_plugin_id(const std::string& id) {
  if (id.empty() || id.front() == '-')
    return false;
  return std::all_of(id.begin(), id.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-';
  });
}

Manifest read_manifest(const std::filesystem::path& file) {
  return ManifestReader(file).read();
}

}  // namespace thuky::host
