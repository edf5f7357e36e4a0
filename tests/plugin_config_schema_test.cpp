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
  // The item at fault, not the list.
  EXPECT_EQ(check_error("sheet_columns = [\"stt\", \"chữ ký\"]\n"),
            "other.toml:1:25: field 'plugins.x.sheet_columns': \"chữ ký\" is not one of "
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
            "\"float\", \"boolean\", \"date\", \"string-list\" or \"integer-list\"");
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

TEST(PluginConfigSchema, FloatDefaultsPrintInTheirShortestExactForm) {
  const ConfigSchema s =
      read_config_schema(toml::parse("[threshold]\ntype = \"float\"\ndefault = 0.3\nhelp = \"h\"\n"
                                     "[ratio]\ntype = \"float\"\ndefault = 2.0\nhelp = \"h\"\n"),
                         "x.plugin.toml");
  EXPECT_EQ(default_text(s, *s.find("threshold")), "0.3");  // not 0.29999999999999999
  EXPECT_EQ(default_text(s, *s.find("ratio")), "2.0");      // still a TOML float
  const toml::table user = toml::parse("threshold = 0.35");
  EXPECT_EQ(value_text(*user.get("threshold")), "0.35");  // `plugins --config`'s "set to:"
}

// Groups ([config.targets.women]) and lists of whole numbers, as delegates declares them.
const char* kNestedSchema = R"(
[range]
type = "integer-list"
default = [300, 4000]
min = 0
max = 1000000
min_items = 2
max_items = 2
help = "Least and most"

[targets]
help = "Targets in percent"

[targets.women]
type = "float"
default = 35
min = 0
max = 100
help = "Women"

[targets.young]
type = "float"
default = 0
min = 0
max = 100
help = "Under 40"
)";

ConfigSchema nested_schema() {
  return read_config_schema(toml::parse(std::string_view(kNestedSchema)), "d.plugin.toml");
}

std::string nested_check_error(const std::string& user) {
  try {
    check_plugin_config(nested_schema(), toml::parse(user), "d", "other.toml");
  } catch (const UserError& e) {
    return e.what();
  }
  return "(no error)";
}

TEST(PluginConfigSchema, GroupsHoldDottedKeysWithNestedDefaults) {
  const ConfigSchema s = nested_schema();
  ASSERT_EQ(s.keys.size(), 3u);
  EXPECT_EQ(s.keys[1].name, "targets.women");
  ASSERT_NE(s.find_group("targets"), nullptr);
  EXPECT_EQ(s.find_group("targets")->help, "Targets in percent");
  EXPECT_EQ(default_text(s, *s.find("targets.women")), "35");
  EXPECT_EQ(default_text(s, *s.find("range")), "[ 300, 4000 ]");

  // A user's value in a group, written as a table or as a dotted key, wins over its default;
  // the group's other keys keep theirs.
  for (const char* user :
       {"[targets]\nwomen = 40\n", "targets.women = 40\n", "targets = { women = 40 }\n"}) {
    const CheckedConfig checked =
        check_plugin_config(s, toml::parse(std::string(user)), "d", "thuky.toml");
    EXPECT_EQ(checked.values.at_path("targets.women").value<double>(), 40.0) << user;
    EXPECT_EQ(checked.values.at_path("targets.young").value<double>(), 0.0) << user;
    EXPECT_EQ(checked.values.at_path("range[1]").value<std::int64_t>(), 4000) << user;
    EXPECT_TRUE(checked.warnings.empty()) << user;
  }
}

TEST(PluginConfigSchema, NestedAndListValuesAreCheckedAtTheirPlace) {
  EXPECT_EQ(nested_check_error("[targets]\nwomen = 140\n"),
            "other.toml:2:9: field 'plugins.d.targets.women': expected a number from 0 to 100");
  EXPECT_EQ(nested_check_error("targets = 35\n"),
            "other.toml:1:11: field 'plugins.d.targets': expected a table of settings (see "
            "'thuky plugins --config d')");
  EXPECT_EQ(nested_check_error("range = [300]\n"),
            "other.toml:1:9: field 'plugins.d.range': expected exactly 2 items");
  EXPECT_EQ(nested_check_error("range = [300, -5]\n"),
            "other.toml:1:15: field 'plugins.d.range': expected a number from 0 to 1000000");
  EXPECT_EQ(nested_check_error("range = [300, 4000.5]\n"),
            "other.toml:1:9: field 'plugins.d.range': expected a list of whole numbers such as "
            "[1, 2]");
  const CheckedConfig checked = check_plugin_config(
      nested_schema(), toml::parse("\n[targets]\nold = 1\n"), "d", "other.toml");
  ASSERT_EQ(checked.warnings.size(), 1u);
  EXPECT_EQ(checked.warnings[0],
            "other.toml:3:1: unknown key 'plugins.d.targets.old' is ignored (see 'thuky "
            "plugins --config d')");
}

TEST(PluginConfigSchema, ABadListDefaultOrGroupIsTheManifestsFault) {
  EXPECT_EQ(schema_error("[a]\ntype = \"integer-list\"\ndefault = [1, 200]\nmax = 100\n"
                         "help = \"h\"\n"),
            "x.plugin.toml:3:15: field 'config.a.default': expected a number from  to 100");
  EXPECT_EQ(schema_error("[g]\nhelp = 3\n[g.a]\ntype = \"integer\"\ndefault = 1\nhelp = \"h\"\n"),
            "x.plugin.toml:2:8: field 'config.g.help': expected a string");
}

}  // namespace
}  // namespace thuky::host
