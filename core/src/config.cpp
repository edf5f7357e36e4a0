#include "config.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <fstream>
#include <functional>
#include <map>
#include <sstream>
#include <tuple>

#include "default_config.hpp"
#include "thuky/error.hpp"
#include "thuky/io.hpp"

namespace thuky::host {
namespace {

enum class Kind { kString, kNumber, kInteger, kBoolean, kStringArray, kTable };

const char* kind_name(Kind kind) {
  switch (kind) {
    case Kind::kString:
      return "a string";
    case Kind::kNumber:
      return "a number";
    case Kind::kInteger:
      return "an integer";
    case Kind::kBoolean:
      return "a boolean";
    case Kind::kStringArray:
      return "an array of strings";
    case Kind::kTable:
      return "a table";
  }
  return "?";
}

const char* node_kind_name(const toml::node& node) {
  switch (node.type()) {
    case toml::node_type::table:
      return "a table";
    case toml::node_type::array:
      return "an array";
    case toml::node_type::string:
      return "a string";
    case toml::node_type::integer:
      return "an integer";
    case toml::node_type::floating_point:
      return "a floating-point number";
    case toml::node_type::boolean:
      return "a boolean";
    default:
      return "a date or time";
  }
}

bool has_kind(const toml::node& node, Kind kind) {
  switch (kind) {
    case Kind::kString:
      return node.is_string();
    case Kind::kNumber:
      return node.is_integer() || node.is_floating_point();
    case Kind::kInteger:
      return node.is_integer();
    case Kind::kBoolean:
      return node.is_boolean();
    case Kind::kTable:
      return node.is_table();
    case Kind::kStringArray: {
      const toml::array* array = node.as_array();
      return array && std::all_of(array->begin(), array->end(),
                                  [](const toml::node& n) { return n.is_string(); });
    }
  }
  return false;
}

// Checks one file's keys against the schema and fills Settings.
class ConfigReader {
 public:
  ConfigReader(std::string source_name, std::filesystem::path base_dir)
      : source_(std::move(source_name)), base_dir_(std::move(base_dir)) {}

  LoadedConfig read(const toml::table& root) {
    result_.settings.config_file = source_;
    Settings& s = result_.settings;
    using K = Kind;
    const std::map<std::string, std::pair<Kind, std::function<void(const toml::node&)>>> schema = {
        {"organisation", {K::kTable, {}}},
        {"organisation.parent_body", {K::kString, text(s.organisation.parent_body)}},
        {"organisation.issuing_body", {K::kString, text(s.organisation.issuing_body)}},
        {"organisation.symbol", {K::kString, text(s.organisation.symbol)}},
        {"organisation.place", {K::kString, text(s.organisation.place)}},
        {"page", {K::kTable, {}}},
        {"page.paper", {K::kString, one_of(s.page.paper, {"A4", "A5"})}},
        {"page.orientation", {K::kString, orientation(s.page.landscape)}},
        {"page.margins", {K::kTable, {}}},
        {"page.margins.top", {K::kNumber, millimetres(s.page.margin_top_mm)}},
        {"page.margins.bottom", {K::kNumber, millimetres(s.page.margin_bottom_mm)}},
        {"page.margins.left", {K::kNumber, millimetres(s.page.margin_left_mm)}},
        {"page.margins.right", {K::kNumber, millimetres(s.page.margin_right_mm)}},
        {"fonts", {K::kTable, {}}},
        {"fonts.dir", {K::kString, path(s.fonts.dir)}},
        {"fonts.regular", {K::kString, text(s.fonts.regular)}},
        {"fonts.bold", {K::kString, text(s.fonts.bold)}},
        {"fonts.italic", {K::kString, text(s.fonts.italic)}},
        {"fonts.bold_italic", {K::kString, text(s.fonts.bold_italic)}},
        {"fonts.body_size", {K::kNumber, points(s.fonts.body_size)}},
        {"document", {K::kTable, {}}},
        {"document.tone_style",
         {K::kString, one_of(s.document.tone_style, {"new", "old", "as-entered"})}},
        {"document.signature_row_mm",
         {K::kNumber, ranged(s.document.signature_row_mm, 8, 40, "mm")}},
        {"document.fixed_terms", {K::kStringArray, strings(s.document.fixed_terms)}},
        {"document.units", {K::kStringArray, strings(s.document.units)}},
        {"document.multipliers", {K::kStringArray, strings(s.document.multipliers)}},
        {"document.weak_words", {K::kStringArray, strings(s.document.weak_words)}},
        {"document.abbreviations", {K::kTable, abbreviations(s.document.abbreviations)}},
        {"text", {K::kTable, {}}},
        {"text.name_order", {K::kString, name_order(s.text.name_order)}},
        {"output", {K::kTable, {}}},
        {"output.dir", {K::kString, path(s.output_dir)}},
        {"store", {K::kTable, {}}},
        {"store.path", {K::kString, path(s.store_path)}},
        {"store.busy_timeout_ms", {K::kInteger, timeout(s.busy_timeout_ms)}},
        {"store.allow_network_filesystem", {K::kBoolean, flag(s.allow_network_filesystem)}},
        {"serve", {K::kTable, {}}},
        {"serve.certificate", {K::kString, path(result_.serve.certificate)}},
        {"serve.key", {K::kString, path(result_.serve.key)}},
        {"plugins", {K::kTable, {}}},
        {"plugins.paths", {K::kStringArray, paths(s.plugin_paths)}},
        {"plugins.disabled", {K::kStringArray, strings(s.disabled_plugins)}},
    };
    s.output_dir = base_dir_ / s.output_dir;
    s.store_path = base_dir_ / s.store_path;
    walk(root, "", schema);
    // TOML++ iterates keys alphabetically; users read warnings in file order.
    std::sort(unknown_keys_.begin(), unknown_keys_.end());
    for (const auto& [line, column, key] : unknown_keys_) {
      result_.warnings.push_back(
          fmt::format("{}:{}:{}: unknown key '{}' is ignored", source_, line, column, key));
    }
    return std::move(result_);
  }

 private:
  using Apply = std::function<void(const toml::node&)>;
  using Schema = std::map<std::string, std::pair<Kind, Apply>>;

  [[noreturn]] void fail(const toml::node& node, const std::string& key,
                         const std::string& message) const {
    const auto& src = node.source();
    throw UserError(InputLocation{source_, static_cast<int>(src.begin.line),
                                  static_cast<int>(src.begin.column), key},
                    message);
  }

  void walk(const toml::table& table, const std::string& prefix, const Schema& schema) {
    for (const auto& [raw_key, node] : table) {
      const std::string key = prefix + std::string(raw_key.str());
      if (prefix == "plugins." && node.is_table()) {
        result_.plugin_tables.insert_or_assign(raw_key.str(), *node.as_table());
        result_.plugin_table_positions[std::string(raw_key.str())] = {
            static_cast<int>(raw_key.source().begin.line),
            static_cast<int>(raw_key.source().begin.column)};
        continue;
      }
      const auto found = schema.find(key);
      if (found == schema.end()) {
        const auto& src = raw_key.source();
        unknown_keys_.emplace_back(src.begin.line, src.begin.column, key);
        continue;
      }
      const auto& [kind, apply] = found->second;
      if (!has_kind(node, kind)) {
        fail(node, key,
             fmt::format("expected {}, found {}", kind_name(kind), node_kind_name(node)));
      }
      if (kind == Kind::kTable && apply) {
        current_key_ = key;
        apply(node);  // a table of the user's own keys
      } else if (kind == Kind::kTable) {
        walk(*node.as_table(), key + ".", schema);
      } else {
        current_key_ = key;
        apply(node);
      }
    }
  }

  Apply text(std::string& out) {
    return [&out](const toml::node& n) { out = *n.value<std::string>(); };
  }
  Apply flag(bool& out) {
    return [&out](const toml::node& n) { out = *n.value<bool>(); };
  }
  Apply strings(std::vector<std::string>& out) {
    return [&out](const toml::node& n) {
      out.clear();
      for (const auto& item : *n.as_array())
        out.push_back(*item.value<std::string>());
    };
  }
  Apply abbreviations(std::vector<std::pair<std::string, std::string>>& out) {
    return [this, &out](const toml::node& n) {
      out.clear();
      for (const auto& [short_form, long_form] : *n.as_table()) {
        if (!long_form.is_string()) {
          fail(long_form, current_key_ + "." + std::string(short_form.str()),
               "expected a string, the words the abbreviation stands for");
        }
        out.emplace_back(std::string(short_form.str()), *long_form.value<std::string>());
      }
    };
  }
  Apply path(std::filesystem::path& out) {
    return [this, &out](const toml::node& n) { out = base_dir_ / *n.value<std::string>(); };
  }
  Apply paths(std::vector<std::filesystem::path>& out) {
    return [this, &out](const toml::node& n) {
      out.clear();
      for (const auto& item : *n.as_array())
        out.push_back(base_dir_ / *item.value<std::string>());
    };
  }
  Apply one_of(std::string& out, std::vector<std::string> allowed) {
    return [this, &out, allowed](const toml::node& n) {
      const std::string value = *n.value<std::string>();
      if (std::find(allowed.begin(), allowed.end(), value) == allowed.end()) {
        fail(n, current_key_,
             fmt::format("'{}' is not one of: {}", value, fmt::join(allowed, ", ")));
      }
      out = value;
    };
  }
  Apply name_order(text::NameOrderKind& out) {
    return [this, &out](const toml::node& n) {
      const std::string value = *n.value<std::string>();
      const auto kind = text::parse_name_order(value);
      if (!kind)
        fail(n, current_key_, fmt::format("'{}' is not one of: published, dictionary", value));
      out = *kind;
    };
  }
  Apply orientation(bool& landscape) {
    return [this, &landscape](const toml::node& n) {
      const std::string value = *n.value<std::string>();
      if (value != "portrait" && value != "landscape") {
        fail(n, current_key_, fmt::format("'{}' is not one of: portrait, landscape", value));
      }
      landscape = value == "landscape";
    };
  }
  Apply ranged(double& out, double low, double high, const char* unit) {
    return [this, &out, low, high, unit](const toml::node& n) {
      const double value = *n.value<double>();
      if (value < low || value > high) {
        fail(n, current_key_,
             fmt::format("{} {} is outside {}–{} {}", value, unit, low, high, unit));
      }
      out = value;
    };
  }
  Apply millimetres(double& out) { return ranged(out, 0, 100, "mm"); }
  Apply points(double& out) { return ranged(out, 6, 30, "pt"); }
  Apply timeout(int& out) {
    return [this, &out](const toml::node& n) {
      const auto value = *n.value<std::int64_t>();
      if (value < 0 || value > 600000) {
        fail(n, current_key_, fmt::format("{} ms is outside 0–600000 ms", value));
      }
      out = static_cast<int>(value);
    };
  }

  std::string source_;
  std::filesystem::path base_dir_;
  std::string current_key_;
  std::vector<std::tuple<std::uint32_t, std::uint32_t, std::string>> unknown_keys_;
  LoadedConfig result_;
};

}  // namespace

LoadedConfig parse_config(std::string_view text, const std::string& source_name,
                          const std::filesystem::path& base_dir) {
  toml::table root;
  try {
    root = toml::parse(text, source_name);
  } catch (const toml::parse_error& e) {
    const auto& src = e.source();
    throw UserError(InputLocation{source_name, static_cast<int>(src.begin.line),
                                  static_cast<int>(src.begin.column), ""},
                    fmt::format("TOML syntax error: {}", e.description()));
  }
  LoadedConfig config = ConfigReader(source_name, base_dir).read(root);
  // Moved, not copied: a toml++ copy drops the source positions that messages about a
  // plugin's settings need.
  if (toml::table* plugins = root["plugins"].as_table()) {
    for (auto&& [id, node] : *plugins) {
      if (toml::table* table = node.as_table())
        config.plugin_tables.insert_or_assign(id, std::move(*table));
    }
  }
  return config;
}

LoadedConfig load_config(const std::filesystem::path& file) {
  return parse_config(read_input_file(file), file.string(), file.parent_path());
}

std::string_view default_config_text() {
  return kDefaultConfigText;
}

}  // namespace thuky::host
