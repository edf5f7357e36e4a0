#include "plugin_options.hpp"

#include <map>

namespace minutes {

DocumentOptions read_options(const toml::table& config) {
  // The host has checked both keys against the manifest's [config.*] and set their defaults.
  static const std::map<std::string, SheetColumn> kColumns = {
      {"stt", SheetColumn::kNumber},  {"name", SheetColumn::kName},
      {"title", SheetColumn::kTitle}, {"unit", SheetColumn::kUnit},
      {"phone", SheetColumn::kPhone}, {"signature", SheetColumn::kSignature}};
  DocumentOptions options;
  options.sheet_columns.clear();
  for (const auto& item : *config["sheet_columns"].as_array())
    options.sheet_columns.push_back(kColumns.at(*item.value<std::string>()));
  options.list_absentees = *config["list_absentees"].value<bool>();
  return options;
}

}  // namespace minutes
