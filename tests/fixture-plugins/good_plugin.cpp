// Fixture: a well-behaved plugin. When THUKY_TEST_LOAD_MARKER names a file, loading the library
// creates it, so a test can prove whether the host opened the library at all.
#include <SQLiteCpp/Statement.h>
#include <thuky/entry.hpp>

#include <cstdlib>
#include <fstream>
#include <iostream>

namespace {

const bool kLoadMarked = [] {
  if (const char* marker = std::getenv("THUKY_TEST_LOAD_MARKER"))
    std::ofstream(marker) << "loaded";
  return true;
}();

class GoodPlugin final : public thuky::Plugin {
 public:
  static constexpr const char* kId = "good";
  static constexpr const char* kVersion = "1.2.3";

  std::vector<thuky::Migration> migrations() const override {
    return {{1, "notes", "CREATE TABLE good_notes (text TEXT NOT NULL)"},
            {2, "note time", "ALTER TABLE good_notes ADD COLUMN at TEXT"}};
  }

  void add_commands(CLI::App& thuky, thuky::PluginContext& ctx) override {
    CLI::App* good = thuky.add_subcommand("good", "Fixture command");
    good->require_subcommand(1);
    CLI::App* note = good->add_subcommand("note", "Store a note; --fail stores it, then fails");
    note->add_option("text", text_)->required();
    note->add_flag("--fail", fail_);
    note->callback([this, &ctx] {
      SQLite::Statement insert(ctx.store().db(), "INSERT INTO good_notes(text) VALUES (?)");
      insert.bind(1, text_);
      insert.exec();
      if (fail_)
        throw thuky::UserError("failing after the insert, as asked");
      std::cout << "noted: " << text_ << '\n';
    });
    good->add_subcommand("count", "Print the number of notes")->callback([&ctx] {
      SQLite::Statement count(ctx.store().db(), "SELECT count(*) FROM good_notes");
      count.executeStep();
      std::cout << count.getColumn(0).getInt() << '\n';
    });
    good->add_subcommand("crash", "Throw a non-user exception")->callback([] {
      throw std::runtime_error("fixture bug");
    });
  }

 private:
  std::string text_;
  bool fail_ = false;
};

}  // namespace

THUKY_PLUGIN(GoodPlugin)
