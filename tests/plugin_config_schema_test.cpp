// A plugin's declared settings: the manifest's [config.*] schema and the host's check of
// [plugins.<id>] against it, before any plugin code runs.
#include <gtest/gtest.h>

#include "plugin_config_schema.hpp"
#include "thuky/error.hpp"

namespace thuky::host {
namespace {

const char* kSchema = R"(
[sheet_columns]
type = "string-list"
default = ["stt", "name"]
choices = ["stt", "name", "phone"]
help = "Columns of the sheet"

[list_absentees]
type = "boolean"
default = true
help = "Name the absent"

[max_voters]
type = "integer"
default = 2500
min = 1
max = 5000
help = "Voters per polling area at most"
)";

ConfigSchema schema() {
  return read_config_schema(
      toml::parse(std::string_view(kSchema), std::string_view("x.plugin.toml")), "x.plugin.toml");
}

std::string schema_error(const std::string& text) {
  try {
    read_config_schema(toml::parse(text), "x.plugin.toml");
  } catch (const UserError& e) {
    return e.what();
  }
  return "(no error)";
}

std::string check_error(const std::string& user) {
  try {
    check_plugin_config(schema(), toml::parse(user), "x", "other.toml");
  } catch (const UserError& e) {
    return e.what();
  }
  return "(no error)";
}

TEST(PluginConfigSchema, DefaultsFillEveryKeyAndUserValuesWin) {
  const CheckedConfig checked =
      check_plugin_config(schema(), toml::parse("list_absentees = false\n"), "x", "thuky.toml");
  EXPECT_EQ(checked.values["list_absentees"].value<bool>(), false);
  EXPECT_EQ(checked.values["max_voters"].value<std::int64_t>(), 2500);
  ASSERT_TRUE(checked.values["sheet_columns"].is_array());
  EXPECT_EQ(checked.values["sheet_columns"].as_array()->size(), 2u);
  EXPECT_TRUE(checked.warnings.empty());
}

TEST(PluginConfigSchema, WrongValuesNameTheRealFileLineColumnAndKey) {
  EXPECT_EQ(check_error("\nlist_absentees = \"yes\"\n"),
            "other.toml:2:18: field 'plugins.x.list_absentees': expected true or false");
  EXPECT_EQ(check_error("sheet_columns = [\"stt\", \"chữ ký\"]\n"),
            "other.toml:1:17: field 'plugins.x.sheet_columns': \"chữ ký\" is not one of "
            "\"stt\", \"name\", \"phone\"");
  EXPECT_EQ(check_error("max_voters = 9000\n"),
            "other.toml:1:14: field 'plugins.x.max_voters': expected a number from 1 to 5000");
  EXPECT_EQ(check_error("max_voters = 2.5\n"),
            "other.toml:1:14: field 'plugins.x.max_voters': expected a whole number");
}

TEST(PluginConfigSchema, UnknownKeysAreWarnedWithTheirPlace) {
  const CheckedConfig checked =
      check_plugin_config(schema(), toml::parse("\n\ncolumns = []\n"), "x", "other.toml");
  ASSERT_EQ(checked.warnings.size(), 1u);
  EXPECT_EQ(checked.warnings[0],
            "other.toml:3:1: unknown key 'plugins.x.columns' is ignored (see 'thuky plugins "
            "--config x')");
  EXPECT_FALSE(checked.values.contains("columns"));
}

TEST(PluginConfigSchema, ABadSchemaIsTheManifestsFault) {
  EXPECT_EQ(schema_error("[a]\ntype = \"colour\"\ndefault = 1\nhelp = \"h\"\n"),
            "x.plugin.toml:1:1: field 'config.a.type': expected type = \"string\", \"integer\", "
            "\"float\", \"boolean\", \"date\" or \"string-list\"");
  EXPECT_EQ(schema_error("[a]\ntype = \"integer\"\ndefault = \"one\"\nhelp = \"h\"\n"),
            "x.plugin.toml:3:11: field 'config.a.default': expected a whole number");
  EXPECT_EQ(schema_error("[a]\ntype = \"integer\"\ndefault = 1\n"),
            "x.plugin.toml:1:1: field 'config.a.help': one line of help is required");
}

TEST(PluginConfigSchema, DefaultsPrintAsTheyAreWritten) {
  const ConfigSchema s = schema();
  EXPECT_EQ(default_text(s, *s.find("sheet_columns")), "[ 'stt', 'name' ]");
  EXPECT_EQ(default_text(s, *s.find("list_absentees")), "true");
  EXPECT_EQ(default_text(s, *s.find("max_voters")), "2500");
}

}  // namespace
}  // namespace thuky::host
