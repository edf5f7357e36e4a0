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
  for (ConfigType t :
       {ConfigType::kString, ConfigType::kInteger, ConfigType::kFloat, ConfigType::kBoolean,
        ConfigType::kDate, ConfigType::kStringList, ConfigType::kIntegerList}) {
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
    case ConfigType::kIntegerList: {
      const toml::array* array = node.as_array();
      return array && std::all_of(array->begin(), array->end(),
                                  [](const toml::node& item) { return item.is_integer(); });
    }
  }
  return false;
}

bool is_list(ConfigType type) {
  return type == ConfigType::kStringList || type == ConfigType::kIntegerList;
}

// `value` at the dotted `name` in `root`, making the tables of the groups on the way.
void set_nested(toml::table& root, std::string_view name, const toml::node& value) {
  toml::table* table = &root;
  for (auto dot = name.find('.'); dot != std::string_view::npos; dot = name.find('.')) {
    const std::string group(name.substr(0, dot));
    if (!table->get_as<toml::table>(group))
      table->insert_or_assign(group, toml::table{});
    table = table->get_as<toml::table>(group);
    name.remove_prefix(dot + 1);
  }
  table->insert_or_assign(name, value);
}

std::string range_text(const ConfigKey& key) {
  return fmt::format("expected a number from {} to {}", key.min ? fmt::format("{}", *key.min) : "",
                     key.max ? fmt::format("{}", *key.max) : "");
}

std::string length_text(const ConfigKey& key) {
  const auto items = [](std::size_t n) { return fmt::format("{} item{}", n, n == 1 ? "" : "s"); };
  if (key.min_items && key.max_items && *key.min_items == *key.max_items)
    return "expected exactly " + items(*key.min_items);
  if (key.min_items && key.max_items)
    return fmt::format("expected {} to {} items", *key.min_items, *key.max_items);
  if (key.min_items)
    return "expected at least " + items(*key.min_items);
  return "expected at most " + items(key.max_items.value_or(0));
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
    case ConfigType::kIntegerList:
      return "a list of whole numbers such as [1, 2]";
  }
  return "";
}

std::string quoted_list(const std::vector<std::string>& items) {
  std::string out;
  for (const auto& item : items)
    out += (out.empty() ? "" : ", ") + fmt::format("\"{}\"", item);
  return out;
}

// Why a value is not allowed, and where: the value, or the item of a list at fault.
struct Problem {
  std::string text;  // empty: allowed
  const toml::node* node = nullptr;
};

Problem value_problem(const ConfigKey& key, const toml::node& value) {
  if (!has_type(value, key.type))
    return {fmt::format("expected {}", expected_text(key.type)), &value};
  const auto allowed = [&](const std::string& s) {
    return key.choices.empty() ||
           std::find(key.choices.begin(), key.choices.end(), s) != key.choices.end();
  };
  if (key.type == ConfigType::kString && !allowed(*value.value<std::string>()))
    return {fmt::format("expected one of {}", quoted_list(key.choices)), &value};
  if (key.type == ConfigType::kStringList) {
    for (const toml::node& item : *value.as_array()) {
      if (!allowed(*item.value<std::string>())) {
        return {fmt::format("\"{}\" is not one of {}", *item.value<std::string>(),
                            quoted_list(key.choices)),
                &item};
      }
    }
  }
  const auto out_of_range = [&](const toml::node& n) {
    const double number = *n.value<double>();
    return (key.min && number < *key.min) || (key.max && number > *key.max);
  };
  if ((key.type == ConfigType::kInteger || key.type == ConfigType::kFloat) && out_of_range(value))
    return {range_text(key), &value};
  if (is_list(key.type)) {
    const std::size_t size = value.as_array()->size();
    if ((key.min_items && size < *key.min_items) || (key.max_items && size > *key.max_items))
      return {length_text(key), &value};
  }
  if (key.type == ConfigType::kIntegerList) {
    for (const toml::node& item : *value.as_array()) {
      if (out_of_range(item))
        return {range_text(key), &item};
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
    read_entries(config_, "", schema);
    // toml++ iterates a table by key; `thuky plugins --config` shows them as the manifest does.
    std::stable_sort(found_.begin(), found_.end(),
                     [](const auto& a, const auto& b) { return a.first < b.first; });
    for (auto& [position, key] : found_)
      schema.keys.push_back(std::move(key));
    return schema;
  }

 private:
  // The keys and groups of `table`, whose dotted name is `prefix` ("" at the top).
  void read_entries(const toml::table& table, const std::string& prefix, ConfigSchema& schema) {
    for (const auto& [name, node] : table) {
      if (!prefix.empty() && name.str() == "help")
        continue;  // the group's own line, read with the group
      const std::string dotted =
          prefix.empty() ? std::string(name.str()) : prefix + "." + std::string(name.str());
      const std::string key = "config." + dotted;
      const toml::table* entry = node.as_table();
      if (!entry)
        throw UserError(at(file_, node.source(), key), "expected a [" + key + "] table");
      if (!entry->contains("type") && has_table(*entry)) {
        ConfigGroup group{dotted, {}};
        if (const toml::node* help = entry->get("help")) {
          if (!help->is_string())
            throw UserError(at(file_, help->source(), key + ".help"), "expected a string");
          group.help = *help->value<std::string>();
        }
        schema.groups.push_back(std::move(group));
        read_entries(*entry, dotted, schema);
        continue;
      }
      read_key(*entry, dotted, key, schema);
    }
  }

  static bool has_table(const toml::table& table) {
    return std::any_of(table.begin(), table.end(),
                       [](const auto& entry) { return entry.second.is_table(); });
  }

  void read_key(const toml::table& table, const std::string& dotted, const std::string& key,
                ConfigSchema& schema) {
    ConfigKey k;
    k.name = dotted;
    const std::string type_name =
        table.get("type") ? table.get("type")->value_or(std::string()) : "";
    const auto type = type_named(type_name);
    if (!type) {
      throw UserError(at(file_, table.source(), key + ".type"),
                      "expected type = \"string\", \"integer\", \"float\", \"boolean\", "
                      "\"date\", \"string-list\" or \"integer-list\"");
    }
    k.type = *type;
    k.help = table.get("help") ? table.get("help")->value_or(std::string()) : "";
    if (k.help.empty())
      throw UserError(at(file_, table.source(), key + ".help"), "one line of help is required");
    if (const toml::node* choices = table.get("choices")) {
      if (!has_type(*choices, ConfigType::kStringList))
        throw UserError(at(file_, choices->source(), key + ".choices"),
                        "expected a list of strings");
      for (const toml::node& item : *choices->as_array())
        k.choices.push_back(*item.value<std::string>());
    }
    if (const toml::node* min = table.get("min"))
      k.min = number(*min, key + ".min");
    if (const toml::node* max = table.get("max"))
      k.max = number(*max, key + ".max");
    if (const toml::node* n = table.get("min_items"))
      k.min_items = count(*n, key + ".min_items");
    if (const toml::node* n = table.get("max_items"))
      k.max_items = count(*n, key + ".max_items");
    const toml::node* value = table.get("default");
    if (!value)
      throw UserError(at(file_, table.source(), key + ".default"), "a default is required");
    if (const Problem problem = value_problem(k, *value); !problem.text.empty())
      throw UserError(at(file_, problem.node->source(), key + ".default"), problem.text);
    set_nested(schema.defaults, k.name, *value);
    found_.emplace_back(std::pair{table.source().begin.line, table.source().begin.column},
                        std::move(k));
  }

  std::size_t count(const toml::node& node, const std::string& key) const {
    const auto n = node.value<std::int64_t>();
    if (!node.is_integer() || *n < 0)
      throw UserError(at(file_, node.source(), key), "expected a whole number, 0 or more");
    return static_cast<std::size_t>(*n);
  }

  double number(const toml::node& node, const std::string& key) const {
    if (!node.is_number())
      throw UserError(at(file_, node.source(), key), "expected a number");
    return *node.value<double>();
  }

  const toml::table& config_;
  std::string file_;
  // The keys read, with where their table begins in the manifest (line, column).
  std::vector<std::pair<std::pair<toml::source_index, toml::source_index>, ConfigKey>> found_;
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
    case ConfigType::kIntegerList:
      return "integer-list";
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

const ConfigGroup* ConfigSchema::find_group(std::string_view name) const {
  for (const auto& group : groups) {
    if (group.name == name)
      return &group;
  }
  return nullptr;
}

ConfigSchema read_config_schema(const toml::table& config, const std::filesystem::path& manifest) {
  return SchemaReader(config, manifest).read();
}

namespace {

// Checks the user's `table` (the group `prefix`, "" at the top) into `checked`.
void check_entries(const ConfigSchema& schema, const toml::table& table, const std::string& prefix,
                   const std::string& plugin_id, const std::string& source,
                   CheckedConfig& checked) {
  for (const auto& [name, node] : table) {
    const std::string dotted =
        prefix.empty() ? std::string(name.str()) : prefix + "." + std::string(name.str());
    const std::string full = fmt::format("plugins.{}.{}", plugin_id, dotted);
    if (const ConfigKey* key = schema.find(dotted)) {
      if (const Problem problem = value_problem(*key, node); !problem.text.empty())
        throw UserError(at(source, problem.node->source(), full), problem.text);
      set_nested(checked.values, dotted, node);
    } else if (schema.find_group(dotted)) {
      const toml::table* group = node.as_table();
      if (!group) {
        throw UserError(at(source, node.source(), full),
                        fmt::format("expected a table of settings (see 'thuky plugins --config "
                                    "{}')",
                                    plugin_id));
      }
      check_entries(schema, *group, dotted, plugin_id, source, checked);
    } else {
      checked.warnings.push_back(fmt::format(
          "{}:{}:{}: unknown key '{}' is ignored (see 'thuky plugins --config {}')", source,
          name.source().begin.line, name.source().begin.column, full, plugin_id));
    }
  }
}

}  // namespace

CheckedConfig check_plugin_config(const ConfigSchema& schema, const toml::table& user,
                                  const std::string& plugin_id, const std::string& source) {
  CheckedConfig checked;
  checked.values = schema.defaults;
  check_entries(schema, user, "", plugin_id, source, checked);
  return checked;
}

std::string value_text(const toml::node& value) {
  // A float in its shortest exact form ("0.3", not toml++'s "0.29999999999999999"), still a
  // TOML float ("2.0", not "2").
  if (const auto number = value.value_exact<double>()) {
    std::string text = fmt::format("{}", *number);
    if (text.find_first_of(".eEn") == std::string::npos)
      text += ".0";
    return text;
  }
  std::ostringstream out;
  value.visit([&](const auto& v) { out << toml::toml_formatter(v); });
  return out.str();
}

std::string default_text(const ConfigSchema& schema, const ConfigKey& key) {
  const toml::node* value = schema.defaults.at_path(key.name).node();
  return value ? value_text(*value) : std::string();
}

}  // namespace thuky::host
