#include <gtest/gtest.h>

#include "config.hpp"
#include "support/test_support.hpp"
#include "thuky/error.hpp"

namespace thuky::host {
namespace {

std::string error_of(const std::string& text) {
  try {
    parse_config(text, "thuky.toml", "/ws");
  } catch (const UserError& e) {
    return e.what();
  }
  return "(no error)";
}

TEST(Config, DefaultsFollowDecree30) {
  const LoadedConfig c = parse_config("", "thuky.toml", "/ws");
  EXPECT_EQ(c.settings.page.paper, "A4");
  EXPECT_FALSE(c.settings.page.landscape);
  EXPECT_EQ(c.settings.page.margin_top_mm, 20);
  EXPECT_EQ(c.settings.page.margin_left_mm, 30);
  EXPECT_EQ(c.settings.page.margin_right_mm, 15);
  EXPECT_EQ(c.settings.fonts.body_size, 14);
  EXPECT_EQ(c.settings.store_path, std::filesystem::path("/ws/thuky.db"));
  EXPECT_EQ(c.settings.output_dir, std::filesystem::path("/ws/out"));
  EXPECT_TRUE(c.warnings.empty());
}

TEST(Config, ShippedDefaultFileIsValidAndWarnsNothing) {
  const LoadedConfig c = parse_config(default_config_text(), "thuky.toml", "/ws");
  EXPECT_TRUE(c.warnings.empty());
  EXPECT_EQ(c.settings.fonts.regular, "LiberationSerif-Regular.ttf");
}

TEST(Config, ReadsEveryKind) {
  const LoadedConfig c = parse_config(R"(
[organisation]
parent_body = "ỦY BAN MTTQ VIỆT NAM\nTỈNH HÀ TĨNH"
issuing_body = "BAN THƯỜNG TRỰC"
symbol = "MTTQ-BTT"
place = "Hà Tĩnh"
[page]
paper = "A5"
orientation = "landscape"
margins = { top = 25, bottom = 22.5, left = 35, right = 20 }
[output]
dir = "pdf"
[store]
path = "data/s.db"
busy_timeout_ms = 100
[plugins]
paths = ["extra"]
disabled = ["voter-contact"]
[plugins.minutes]
columns = ["stt", "name"]
)",
                                      "thuky.toml", "/ws");
  const Settings& s = c.settings;
  EXPECT_EQ(s.organisation.parent_body, "ỦY BAN MTTQ VIỆT NAM\nTỈNH HÀ TĨNH");
  EXPECT_EQ(s.organisation.symbol, "MTTQ-BTT");
  EXPECT_EQ(s.page.paper, "A5");
  EXPECT_TRUE(s.page.landscape);
  EXPECT_EQ(s.page.margin_bottom_mm, 22.5);
  EXPECT_EQ(s.output_dir, std::filesystem::path("/ws/pdf"));
  EXPECT_EQ(s.store_path, std::filesystem::path("/ws/data/s.db"));
  EXPECT_EQ(s.busy_timeout_ms, 100);
  ASSERT_EQ(s.plugin_paths.size(), 1u);
  EXPECT_EQ(s.plugin_paths[0], std::filesystem::path("/ws/extra"));
  EXPECT_EQ(s.disabled_plugins, std::vector<std::string>{"voter-contact"});
  ASSERT_TRUE(c.plugin_tables.get("minutes"));
  EXPECT_TRUE(c.plugin_tables["minutes"]["columns"].is_array());
  EXPECT_TRUE(c.warnings.empty());
}

TEST(Config, SyntaxErrorNamesFileLineAndColumn) {
  const std::string message = error_of("[page]\npaper = \"A4\nmargins = 3\n");
  EXPECT_EQ(message.rfind("thuky.toml:2:", 0), 0u) << message;
  EXPECT_NE(message.find("TOML syntax error"), std::string::npos) << message;
}

TEST(Config, WrongTypeNamesTheKey) {
  EXPECT_EQ(error_of("[page.margins]\ntop = \"20mm\"\n"),
            "thuky.toml:2:7: field 'page.margins.top': expected a number, found a string");
  EXPECT_EQ(error_of("[plugins]\npaths = \"extra\"\n"),
            "thuky.toml:2:9: field 'plugins.paths': expected an array of strings, found a string");
  EXPECT_EQ(error_of("organisation = 3\n"),
            "thuky.toml:1:16: field 'organisation': expected a table, found an integer");
}

TEST(Config, ServeCertificateAndKeyAreFilesBesideTheConfiguration) {
  EXPECT_TRUE(parse_config("", "thuky.toml", "/ws").serve.certificate.empty());
  const LoadedConfig c =
      parse_config("[serve]\ncertificate = \"tls/office.crt\"\nkey = \"/etc/thuky/office.key\"\n",
                   "thuky.toml", "/ws");
  EXPECT_EQ(c.serve.certificate, std::filesystem::path("/ws/tls/office.crt"));
  EXPECT_EQ(c.serve.key, std::filesystem::path("/etc/thuky/office.key"));
  EXPECT_TRUE(c.warnings.empty());
  const std::string expected =
      "thuky.toml:2:7: field 'serve.key': expected a string, found an integer";
  EXPECT_EQ(error_of("[serve]\nkey = 5\n"), expected);
}

TEST(Config, ValuesOutOfRangeAreRefused) {
  EXPECT_EQ(error_of("[page]\npaper = \"Letter\"\n"),
            "thuky.toml:2:9: field 'page.paper': 'Letter' is not one of: A4, A5");
  EXPECT_EQ(error_of("[fonts]\nbody_size = 3\n"),
            "thuky.toml:2:13: field 'fonts.body_size': 3 pt is outside 6–30 pt");
}

TEST(Config, NameOrderIsPublishedUnlessSetToDictionary) {
  EXPECT_EQ(parse_config("", "thuky.toml", "/ws").settings.text.name_order,
            text::NameOrderKind::kPublished);
  EXPECT_EQ(parse_config(default_config_text(), "thuky.toml", "/ws").settings.text.name_order,
            text::NameOrderKind::kPublished);
  EXPECT_EQ(parse_config("[text]\nname_order = \"dictionary\"\n", "thuky.toml", "/ws")
                .settings.text.name_order,
            text::NameOrderKind::kDictionary);
  EXPECT_EQ(error_of("[text]\nname_order = \"vi\"\n"),
            "thuky.toml:2:14: field 'text.name_order': 'vi' is not one of: published, dictionary");
}

TEST(Config, TypographyListsAreSettingsWithTodaysListsAsDefaults) {
  const Settings defaults = parse_config("", "thuky.toml", "/ws").settings;
  EXPECT_EQ(defaults.document.weak_words.front(), "về");
  EXPECT_EQ(defaults.document.multipliers,
            (std::vector<std::string>{"tỷ", "triệu", "nghìn", "ngàn"}));
  EXPECT_EQ(defaults.document.units.size(), 27u);
  const Settings set = parse_config(
                           "[document]\nunits = [\"nhà\"]\nmultipliers = []\n"
                           "weak_words = [\"về\", \"tại\"]\nfixed_terms = [\"Kỳ Anh\"]\n",
                           "thuky.toml", "/ws")
                           .settings;
  EXPECT_EQ(set.document.units, std::vector<std::string>{"nhà"});
  EXPECT_EQ(set.document.multipliers, std::vector<std::string>{});
  EXPECT_EQ(set.document.weak_words, (std::vector<std::string>{"về", "tại"}));
  EXPECT_EQ(set.document.fixed_terms, std::vector<std::string>{"Kỳ Anh"});
  EXPECT_THROW(parse_config("[document]\nweak_words = \"về\"\n", "thuky.toml", "/ws"), UserError);
}

TEST(Config, UnknownKeysAreWarnedWithTheirPlace) {
  const LoadedConfig c =
      parse_config("[page]\npaper = \"A4\"\ncolour = \"red\"\n[extra]\n", "thuky.toml", "/ws");
  EXPECT_EQ(c.warnings, (std::vector<std::string>{
                            "thuky.toml:3:1: unknown key 'page.colour' is ignored",
                            "thuky.toml:4:2: unknown key 'extra' is ignored",
                        }));
}

TEST(Config, LoadConfigResolvesPathsAgainstTheFile) {
  test::TempDir dir;
  test::write_file(dir / "thuky.toml", "[output]\ndir = \"pdf\"\n");
  const LoadedConfig c = load_config(dir / "thuky.toml");
  EXPECT_EQ(c.settings.output_dir, dir / "pdf");
  EXPECT_THROW(load_config(dir / "missing.toml"), UserError);
}

}  // namespace
}  // namespace thuky::host
