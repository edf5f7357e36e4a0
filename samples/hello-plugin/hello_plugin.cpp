// The smallest plugin that shows every service of the SDK in a few lines each: commands with
// options, its own table through a migration, a declared setting (hello.plugin.toml), the
// people directory, the clock, the audit log, a table import (.csv or .xlsx) declared as a
// schema, a list with --json/--out, a PDF through the document context, and a web handler
// (`thuky serve` answers GET /api/p/hello/greetings from it).
#include <SQLiteCpp/Statement.h>
#include <fmt/format.h>
#include <thuky/entry.hpp>
#include <thuky/output.hpp>
#include <thuky/table/cli.hpp>
#include <thuky/table/import.hpp>
#include <thuky/table/list_output.hpp>
#include <thuky/text/format.hpp>

#include <iostream>

namespace {

class HelloPlugin final : public thuky::Plugin {
 public:
  static constexpr const char* kId = "hello";
  static constexpr const char* kVersion = "1.1.0";

  std::vector<thuky::Migration> migrations() const override {
    return {{1, "greetings", "CREATE TABLE hello_greetings (name TEXT NOT NULL)"},
            {2, "the day of each greeting", "ALTER TABLE hello_greetings ADD COLUMN day TEXT"}};
  }

  void add_commands(CLI::App& thuky, thuky::PluginContext& ctx) override {
    CLI::App* hello = thuky.add_subcommand("hello", "Greet someone and remember it");
    hello->add_option("name", name_, "Who to greet: a name, or a code of 'thuky people'")
        ->required();
    hello->callback([this, &ctx] { greet(ctx); });

    // `thuky hello-import names.xlsx`: one greeting per row; errors by row and column, all
    // rows or none (or --skip-invalid), all from the SDK.
    CLI::App* import_list =
        thuky.add_subcommand("hello-import", "Greet everyone in a .csv or .xlsx");
    import_list->add_option("file", file_, "The list")->required();
    thuky::table::add_import_options(*import_list, import_options_);
    import_list->callback([this, &ctx] { import_names(ctx); });

    CLI::App* list = thuky.add_subcommand("hello-list", "Everyone greeted, with the day");
    thuky::table::add_list_options(*list, list_options_);
    list->callback([this, &ctx] { list_greetings(ctx); });

    CLI::App* card = thuky.add_subcommand("hello-card", "A greeting card as PDF");
    card->add_option("name", name_, "Who the card is for")->required();
    card->callback([this, &ctx] { write_card(ctx); });
  }

 private:
  // ctx.people(): a code of the directory greets the person by name and title.
  static std::string who(thuky::PluginContext& ctx, const std::string& name_or_code) {
    if (const auto person = ctx.people().find_by_code(name_or_code))
      return person->title.empty() ? person->full_name : person->title + " " + person->full_name;
    return name_or_code;
  }

  void greet(thuky::PluginContext& ctx) {
    // Declared in hello.plugin.toml ([config.greeting], default "Xin chào"): the host has
    // checked `[plugins.hello] greeting` and filled in the default before this runs.
    const std::string greeting = *ctx.plugin_config()["greeting"].value<std::string>();
    const std::string name = who(ctx, name_);
    SQLite::Statement insert(ctx.store().db(),
                             "INSERT INTO hello_greetings(name, day) VALUES (?, ?)");
    insert.bind(1, name);
    insert.bind(2, ctx.clock().today().iso());  // THUKY_NOW fixes it in tests
    insert.exec();
    ctx.audit().row("hello_greetings", "added", name);  // `thuky log` shows it
    const int count = ctx.store().db().execAndGet("SELECT count(*) FROM hello_greetings").getInt();
    ctx.log().debug(fmt::format("greeting number {}", count));
    std::cout << fmt::format("{} {}! ({} lời chào)\n", greeting, name, count);
  }

  void import_names(thuky::PluginContext& ctx) {
    static const thuky::table::TableSchema schema{
        "greetings", {{.key = "name", .label = "Họ và tên", .required = true}}};
    SQLite::Statement insert(ctx.store().db(),
                             "INSERT INTO hello_greetings(name, day) VALUES (?, ?)");
    const auto report = thuky::table::TableImport(schema, file_, import_options_)
                            .run(
                                [&](const thuky::table::Record& row) {
                                  insert.reset();
                                  insert.bind(1, row.text("name"));
                                  insert.bind(2, ctx.clock().today().iso());
                                  insert.exec();
                                },
                                &ctx.progress());
    ctx.audit().rows("hello_greetings", "imported", static_cast<std::int64_t>(report.imported));
    std::cout << fmt::format("{} lời chào từ '{}'\n", report.imported, file_);
  }

  // One list, three outputs: terminal lines, --json, --out FILE.xlsx|.csv.
  void list_greetings(thuky::PluginContext& ctx) {
    ctx.declare_read_only();  // SDK 2.3: a snapshot without the write lock; never waits
    thuky::table::ListOptions options = list_options_;
    options.json = options.json || ctx.json_output();
    thuky::table::ListOutput out(
        "greetings", {{"name", "Họ và tên"}, {"day", "Ngày", thuky::table::ColumnType::kDate}},
        options, std::cout);
    SQLite::Statement q(ctx.store().db(),
                        "SELECT name, coalesce(day, '') FROM hello_greetings ORDER BY rowid");
    while (q.executeStep())
      out.add({q.getColumn(0).getString(), q.getColumn(1).getString()});
    out.finish();
  }

 public:
  // SDK 2.3: the `[[web.handlers]]` of hello.plugin.toml. The host has checked the session
  // (and, for a "write" handler, the role and CSRF token) before this runs; request.path is
  // the declared path, request.params its {placeholders} and the query string.
  void web_request(thuky::PluginContext& ctx, const thuky::WebRequest& request,
                   thuky::WebResponse& response) override {
    if (request.method != "GET" || request.path != "greetings")
      return Plugin::web_request(ctx, request, response);  // 404
    SQLite::Statement q(ctx.store().db(),
                        "SELECT name, coalesce(day, '') FROM hello_greetings ORDER BY rowid");
    std::string rows;
    while (q.executeStep()) {
      rows += fmt::format("{}{{\"name\": {}, \"day\": {}}}", rows.empty() ? "" : ", ",
                          thuky::json_string(q.getColumn(0).getString()),
                          thuky::json_string(q.getColumn(1).getString()));
    }
    response.json = "{\"greetings\": [" + rows + "]}";
  }

 private:
  // ctx.documents(): a Decree 30 page with the configured fonts, margins and typography.
  void write_card(thuky::PluginContext& ctx) {
    const auto dir = ctx.settings().output_dir;
    thuky::make_output_dir(dir);
    const std::string name = who(ctx, name_);
    auto doc = ctx.documents().make(
        {.title = "Lời chào", .author = "hello", .subject = "", .created_epoch = {}});
    doc.title({"LỜI CHÀO", {"gửi " + name}});
    doc.paragraph(
        fmt::format("{} {}!", *ctx.plugin_config()["greeting"].value<std::string>(), name));
    doc.paragraph("Hôm nay, " + thuky::text::format_date_long(ctx.clock().today()) + ".");
    const auto file = dir / "loi-chao.pdf";
    doc.save(file);
    std::cout << file.string() << '\n';
  }

  std::string name_;
  std::string file_;
  thuky::table::ImportOptions import_options_;
  thuky::table::ListOptions list_options_;
};

}  // namespace

THUKY_PLUGIN(HelloPlugin)
