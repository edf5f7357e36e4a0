#include "plugin_config_schema.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <sstream>

#include "thuky/error.hpp"

namespace thuky::host {
namespace {

InputLocation at(const std::string& file, const toml::source_region& src, std::string key) {
  return {file, static_cast<int>(src.begin.line), static_cast<int>(src.begin.column),
          std::move(key)};
}

std::optional<ConfigType> type_named(std::string_view name) {
  for (ConfigType t : {ConfigType::kString, ConfigType::kInteger, ConfigType::kFloat,
                       ConfigType::kBoolean, ConfigType::kDate, ConfigType::kStringList}) {
    if (name == to_string(t))
      return t;
  }
  return std::nullopt;
}

bool has_type(const toml::node& node, ConfigType type) {
  switch (type) {
    case ConfigType::kString:
      return node.is_string();
    case ConfigType::kInteger:
      return node.is_integer();
    case ConfigType::kFloat:
      return node.is_floating_point() || node.is_integer();
    case ConfigType::kBoolean:
      return node.is_boolean();
    case ConfigType::kDate:
      return node.is_date();
    case ConfigType::kStringList: {
      const toml::array* array = node.as_array();
      return array && std::all_of(array->begin(), array->end(),
                                  [](const toml::node& item) { return item.is_string(); });
    }
  }
  return false;
}

const char* expected_text(ConfigType type) {
  switch (type) {
    case ConfigType::kString:
      return "a string";
    case ConfigType::kInteger:
      return "a whole number";
    case ConfigType::kFloat:
      return "a number";
    case ConfigType::kBoolean:
      return "true or false";
    case ConfigType::kDate:
      return "a date such as 2026-03-15";
    case ConfigType::kStringList:
      return "a list of strings such as [\"a\", \"b\"]";
  }
  return "";
}

std::string quoted_list(const std::vector<std::string>& items) {
  std::string out;
  for (const auto& item : items)
    out += (out.empty() ? "" : ", ") + fmt::format("\"{}\"", item);
  return out;
}

// The first reason `value` is not allowed for `key`, or "" when it is.
std::string value_problem(const ConfigKey& key, const toml::node& value) {
  if (!has_type(value, key.type))
    return fmt::format("expected {}", expected_text(key.type));
  const auto allowed = [&](const std::string& s) {
    return key.choices.empty() ||
           std::find(key.choices.begin(), key.choices.end(), s) != key.choices.end();
  };
  if (key.type == ConfigType::kString && !allowed(*value.value<std::string>()))
    return fmt::format("expected one of {}", quoted_list(key.choices));
  if (key.type == ConfigType::kStringList) {
    for (const toml::node& item : *value.as_array()) {
      if (!allowed(*item.value<std::string>())) {
        return fmt::format("\"{}\" is not one of {}", *item.value<std::string>(),
                           quoted_list(key.choices));
      }
    }
  }
  if (key.type == ConfigType::kInteger || key.type == ConfigType::kFloat) {
    const double number = *value.value<double>();
    if ((key.min && number < *key.min) || (key.max && number > *key.max)) {
      return fmt::format("expected a number from {} to {}",
                         key.min ? fmt::format("{}", *key.min) : "",
                         key.max ? fmt::format("{}", *key.max) : "");
    }
  }
  return {};
}

class SchemaReader {
 public:
  SchemaReader(const toml::table& config, const std::filesystem::path& manifest)
      : config_(config), file_(manifest.string()) {}

  ConfigSchema read() {
    ConfigSchema schema;
    for (const auto& [name, node] : config_) {
      const std::string key = "config." + std::string(name.str());
      const toml::table* table = node.as_table();
      if (!table)
        throw UserError(at(file_, node.source(), key), "expected a [" + key + "] table");
      ConfigKey k;
      k.name = std::string(name.str());
      const std::string type_name =
          table->get("type") ? table->get("type")->value_or(std::string()) : "";
      const auto type = type_named(type_name);
      if (!type) {
        throw UserError(at(file_, table->source(), key + ".type"),
                        "expected type = \"string\", \"integer\", \"float\", \"boolean\", "
                        "\"date\" or \"string-list\"");
      }
      k.type = *type;
      k.help = table->get("help") ? table->get("help")->value_or(std::string()) : "";
      if (k.help.empty())
        throw UserError(at(file_, table->source(), key + ".help"), "one line of help is required");
      if (const toml::node* choices = table->get("choices")) {
        if (!has_type(*choices, ConfigType::kStringList))
          throw UserError(at(file_, choices->source(), key + ".choices"),
                          "expected a list of strings");
        for (const toml::node& item : *choices->as_array())
          k.choices.push_back(*item.value<std::string>());
      }
      if (const toml::node* min = table->get("min"))
        k.min = number(*min, key + ".min");
      if (const toml::node* max = table->get("max"))
        k.max = number(*max, key + ".max");
      const toml::node* value = table->get("default");
      if (!value)
        throw UserError(at(file_, table->source(), key + ".default"), "a default is required");
      if (const std::string problem = value_problem(k, *value); !problem.empty())
        throw UserError(at(file_, value->source(), key + ".default"), problem);
      schema.defaults.insert(k.name, *value);
      schema.keys.push_back(std::move(k));
    }
    return schema;
  }

 private:
  double number(const toml::node& node, const std::string& key) const {
    if (!node.is_number())
      throw UserError(at(file_, node.source(), key), "expected a number");
    return *node.value<double>();
  }

  const toml::table& config_;
  std::string file_;
};

}  // namespace

const char* to_string(ConfigType type) {
  switch (type) {
    case ConfigType::kString:
      return "string";
    case ConfigType::kInteger:
      return "integer";
    case ConfigType::kFloat:
      return "float";
    case ConfigType::kBoolean:
      return "boolean";
    case ConfigType::kDate:
      return "date";
    case ConfigType::kStringList:
      return "string-list";
  }
  return "";
}

const ConfigKey* ConfigSchema::find(std::string_view name) const {
  for (const auto& key : keys) {
    if (key.name == name)
      return &key;
  }
  return nullptr;
}

ConfigSchema read_config_schema(const toml::table& config, const std::filesystem::path& manifest) {
  return SchemaReader(config, manifest).read();
}

CheckedConfig check_plugin_config(const ConfigSchema& schema, const toml::table& user,
                                  const std::string& plugin_id, const std::string& source) {
  CheckedConfig checked;
  checked.values = schema.defaults;
  for (const auto& [name, node] : user) {
    const std::string full = fmt::format("plugins.{}.{}", plugin_id, name.str());
    const ConfigKey* key = schema.find(name.str());
    if (!key) {
      checked.warnings.push_back(fmt::format(
          "{}:{}:{}: unknown key '{}' is ignored (see 'thuky plugins --config {}')", source,
          name.source().begin.line, name.source().begin.column, full, plugin_id));
      continue;
    }
    if (const std::string problem = value_problem(*key, node); !problem.empty())
      throw UserError(at(source, node.source(), full), problem);
    checked.values.insert_or_assign(name.str(), node);
  }
  return checked;
}

std::string default_text(const ConfigSchema& schema, const ConfigKey& key) {
  std::ostringstream out;
  if (const toml::node* value = schema.defaults.get(key.name)) {
    // As the user would write it in thuky.toml.
    value->visit([&](const auto& v) { out << toml::toml_formatter(v); });
  }
  return out.str();
}

}  // namespace thuky::host
