// The smallest plugin that shows every part of the SDK a plugin author needs: a command with an
// option, its own table through a migration, its own configuration table, the logger, and a
// table import (.csv or .xlsx) declared as a schema.
#include <SQLiteCpp/Statement.h>
#include <fmt/format.h>
#include <thuky/entry.hpp>
#include <thuky/table/cli.hpp>
#include <thuky/table/import.hpp>

#include <iostream>

namespace {

class HelloPlugin final : public thuky::Plugin {
 public:
  static constexpr const char* kId = "hello";
  static constexpr const char* kVersion = "1.0.0";

  std::vector<thuky::Migration> migrations() const override {
    return {{1, "greetings", "CREATE TABLE hello_greetings (name TEXT NOT NULL)"}};
  }

  void add_commands(CLI::App& thuky, thuky::PluginContext& ctx) override {
    CLI::App* hello = thuky.add_subcommand("hello", "Greet someone and remember it");
    hello->add_option("name", name_, "Who to greet")->required();
    hello->callback([this, &ctx] { greet(ctx); });

    // `thuky hello-import names.xlsx`: one greeting per row; errors by row and column, all
    // rows or none (or --skip-invalid), all from the SDK.
    CLI::App* import_list =
        thuky.add_subcommand("hello-import", "Greet everyone in a .csv or .xlsx");
    import_list->add_option("file", file_, "The list")->required();
    thuky::table::add_import_options(*import_list, import_options_);
    import_list->callback([this, &ctx] { import_names(ctx); });
  }

 private:
  void greet(thuky::PluginContext& ctx) {
    // [plugins.hello] greeting = "Kính chào" in thuky.toml changes the word.
    const std::string greeting = ctx.plugin_config()["greeting"].value_or(std::string("Xin chào"));
    SQLite::Statement insert(ctx.store().db(), "INSERT INTO hello_greetings(name) VALUES (?)");
    insert.bind(1, name_);
    insert.exec();
    const int count = ctx.store().db().execAndGet("SELECT count(*) FROM hello_greetings").getInt();
    ctx.log().debug(fmt::format("greeting number {}", count));
    std::cout << fmt::format("{} {}! ({} lời chào)\n", greeting, name_, count);
  }

  void import_names(thuky::PluginContext& ctx) {
    static const thuky::table::TableSchema schema{
        "greetings", {{.key = "name", .label = "Họ và tên", .required = true}}};
    SQLite::Statement insert(ctx.store().db(), "INSERT INTO hello_greetings(name) VALUES (?)");
    const auto report = thuky::table::TableImport(schema, file_, import_options_)
                            .run(
                                [&](const thuky::table::Record& row) {
                                  insert.reset();
                                  insert.bind(1, row.text("name"));
                                  insert.exec();
                                },
                                &ctx.progress());
    std::cout << fmt::format("{} lời chào từ '{}'\n", report.imported, file_);
  }

  std::string name_;
  std::string file_;
  thuky::table::ImportOptions import_options_;
};

}  // namespace

THUKY_PLUGIN(HelloPlugin)
