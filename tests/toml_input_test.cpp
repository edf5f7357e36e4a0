// The SDK's reader of user-written TOML files: typed values, errors at file:line:column with the
// dotted key, cleaned text, and the keys nobody read reported as typos.

#include "thuky/toml_input.hpp"

#include <gtest/gtest.h>

#include <string>

namespace {

using thuky::Need;
using thuky::TomlInput;
using thuky::TomlTable;
using thuky::UserError;

// The message of the UserError that `read` throws ("f.toml:3:9: field …").
template <class F>
std::string error_of(F&& read) {
  try {
    read();
  } catch (const UserError& e) {
    return e.what();
  }
  return "(no error)";
}

TEST(TomlInput, ReadsTypedValuesAndCleansText) {
  const auto in = TomlInput::from_text(
      "id = \"hop-1\"\n"
      "title = \"  Hội  nghị\\u0020 \"\n"
      "day = 2020-09-15\n"
      "starts = 2020-09-15T08:00:00\n"
      "seats = 3\n"
      "open = true\n"
      "holidays = [2020-09-02, 2020-01-01]\n"
      "[organiser]\n"
      "lines = [\"MTTQ\", \"BAN THƯỜNG TRỰC\"]\n",
      "f.toml");
  const TomlTable root = in.root();
  EXPECT_EQ(root.identifier("id", "hop-1"), "hop-1");
  EXPECT_EQ(root.text("title", Need::kRequired), "Hội nghị");
  EXPECT_EQ(root.date("day")->dmy(), "15/09/2020");
  EXPECT_EQ(root.date_time("starts")->time.hour, 8);
  EXPECT_EQ(*root.integer("seats", 1), 3);
  EXPECT_TRUE(*root.boolean("open"));
  const auto holidays = root.dates("holidays");
  ASSERT_EQ(holidays.size(), 2U);
  EXPECT_EQ(holidays[0].iso(), "2020-01-01");  // sorted
  EXPECT_EQ(root.table("organiser")->texts("lines").at(1), "BAN THƯỜNG TRỰC");
  EXPECT_EQ(root.text("absent"), "");
  EXPECT_FALSE(root.date("absent").has_value());
  EXPECT_TRUE(in.unknown_keys().empty());
}

TEST(TomlInput, StoresTextAsNfc) {
  // "Hà" with the grave accent as a combining mark (NFD), as some Mac keyboards type it.
  const auto in = TomlInput::from_text("name = \"Ha\\u0300 Ti\\u0303nh\"\n", "f.toml");
  EXPECT_EQ(in.root().text("name"), "Hà Tĩnh");
}

TEST(TomlInput, ErrorsNameFileLineColumnAndDottedKey) {
  const auto in = TomlInput::from_text(
      "id = \"Hop 1\"\n"
      "seats = -2\n"
      "[[tasks]]\n"
      "owner = \"a\"\n"
      "[[tasks]]\n"
      "deadline = \"2020-09-30\"\n"
      "note = 5\n",
      "m.toml");
  const TomlTable root = in.root();
  EXPECT_EQ(error_of([&] { root.identifier("id", "hop-1"); }),
            "m.toml:1:6: field 'id': use lower-case letters, digits and '-' (e.g. hop-1)");
  EXPECT_EQ(error_of([&] { root.integer("seats", 1); }),
            "m.toml:2:9: field 'seats': expected a whole number, 1 or more");
  EXPECT_EQ(error_of([&] { root.integer("seats", 0, 10); }),
            "m.toml:2:9: field 'seats': expected a whole number from 0 to 10");
  EXPECT_EQ(error_of([&] { root.text("missing", Need::kRequired); }),
            "m.toml:1:1: field 'missing': required key 'missing' is missing");
  std::vector<std::string> errors;
  root.each("tasks", [&](const TomlTable& t) {
    errors.push_back(error_of([&] { t.date("deadline"); }));
    errors.push_back(error_of([&] { t.text("note"); }));
    errors.push_back(error_of([&] { t.text("owner", Need::kRequired); }));
  });
  ASSERT_EQ(errors.size(), 6U);
  EXPECT_EQ(errors[0], "(no error)");
  EXPECT_EQ(errors[2], "(no error)");
  EXPECT_EQ(errors[3],
            "m.toml:6:12: field 'tasks[1].deadline': expected a date like 2026-03-15 "
            "(year-month-day, without quotes)");
  EXPECT_EQ(errors[4], "m.toml:7:8: field 'tasks[1].note': expected a string");
  EXPECT_EQ(errors[5],
            "m.toml:5:1: field 'tasks[1].owner': required key 'tasks[1].owner' is "
            "missing");
}

TEST(TomlInput, SyntaxErrorsAndBadEncodingNameTheirPlace) {
  EXPECT_EQ(error_of([] { TomlInput::from_text("a = 1\nb = = 2\n", "s.toml"); }).substr(0, 31),
            "s.toml:2:5: TOML syntax error: ");
  const std::string latin1 = "name = \"H\xe0\"\n";  // "Hà" saved as Windows-1258/Latin-1
  EXPECT_NE(error_of([&] { TomlInput::from_text(latin1, "l.toml"); }).find("l.toml"),
            std::string::npos);
  EXPECT_EQ(
      error_of([] { TomlInput::from_text("a = \"x\\u0000y\"\n", "n.toml").root().text("a"); }),
      "n.toml:1:5: field 'a': contains a NUL character (\\u0000); remove it");
}

TEST(TomlInput, ReportsKeysNobodyReadInFileOrder) {
  const auto in = TomlInput::from_text(
      "title = \"x\"\n"
      "colour = \"red\"\n"
      "[chair]\n"
      "name = \"A\"\n"
      "titel = \"B\"\n"
      "[[tasks]]\n"
      "dead_line = 2020-01-01\n"
      "[units]\n"
      "dbqh = 1\n"
      "[never]\n"
      "x = 1\n",
      "m.toml");
  const TomlTable root = in.root();
  root.text("title");
  root.table("chair")->text("name");
  root.each("tasks", [](const TomlTable& t) { t.date("deadline"); });
  int entries = 0;
  root.table("units")->each_entry([&](std::string_view, const toml::node&) { ++entries; });
  EXPECT_EQ(entries, 1);
  EXPECT_EQ(in.unknown_keys(),
            (std::vector<std::string>{"m.toml:2:1: unknown key 'colour' is ignored",
                                      "m.toml:5:1: unknown key 'chair.titel' is ignored",
                                      "m.toml:7:1: unknown key 'tasks[0].dead_line' is ignored",
                                      "m.toml:10:2: unknown key 'never' is ignored"}));
}

TEST(TomlInput, WrongShapesAreErrorsNotCrashes) {
  const auto in = TomlInput::from_text(
      "tasks = 3\n"
      "lines = [\"a\", 2]\n"
      "organiser = \"x\"\n"
      "dates = [2020-01-01, \"2020-01-02\"]\n",
      "w.toml");
  const TomlTable root = in.root();
  EXPECT_EQ(error_of([&] { root.each("tasks", [](const TomlTable&) {}); }),
            "w.toml:1:9: field 'tasks': expected [[tasks]] tables");
  EXPECT_EQ(error_of([&] { root.texts("lines"); }),
            "w.toml:2:15: field 'lines': expected an array of strings");
  EXPECT_EQ(error_of([&] { root.table("organiser"); }),
            "w.toml:3:13: field 'organiser': expected a table");
  EXPECT_EQ(error_of([&] { root.dates("dates"); }),
            "w.toml:4:22: field 'dates': expected an array of dates like [2026-03-15, "
            "2026-03-16]");
  EXPECT_EQ(error_of([&] {
              root.each(
                  "missing", [](const TomlTable&) {}, Need::kRequired);
            }),
            "w.toml:1:1: field 'missing': required [[missing]] tables are missing");
}

}  // namespace
