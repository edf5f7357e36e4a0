#include "plugin_options.hpp"

#include <fmt/format.h>

#include <map>

#include "thuky/error.hpp"

namespace minutes {

DocumentOptions read_options(const toml::table& table, thuky::Logger& log) {
  static const std::map<std::string, SheetColumn> kColumns = {
      {"stt", SheetColumn::kNumber},  {"name", SheetColumn::kName},
      {"title", SheetColumn::kTitle}, {"unit", SheetColumn::kUnit},
      {"phone", SheetColumn::kPhone}, {"signature", SheetColumn::kSignature}};
  DocumentOptions options;
  const auto where = [](const toml::node& n, const std::string& key) {
    return thuky::InputLocation{"thuky.toml", static_cast<int>(n.source().begin.line),
                                static_cast<int>(n.source().begin.column), key};
  };
  for (const auto& [key, node] : table) {
    const std::string k(key.str());
    if (k == "sheet_columns") {
      const toml::array* array = node.as_array();
      if (!array || array->empty()) {
        throw thuky::UserError(where(node, "plugins.minutes.sheet_columns"),
                               "expected a list such as [\"stt\", \"name\", \"signature\"]");
      }
      options.sheet_columns.clear();
      for (const auto& item : *array) {
        const auto found = kColumns.find(item.value_or(std::string()));
        if (found == kColumns.end()) {
          throw thuky::UserError(where(item, "plugins.minutes.sheet_columns"),
                                 "columns are stt, name, title, unit, phone, signature");
        }
        options.sheet_columns.push_back(found->second);
      }
    } else if (k == "list_absentees") {
      if (!node.is_boolean()) {
        throw thuky::UserError(where(node, "plugins.minutes.list_absentees"),
                               "expected true or false");
      }
      options.list_absentees = *node.value<bool>();
    } else {
      log.warn(fmt::format("thuky.toml:{}:{}: unknown key 'plugins.minutes.{}' is ignored",
                           key.source().begin.line, key.source().begin.column, k));
    }
  }
  return options;
}

}  // namespace minutes
