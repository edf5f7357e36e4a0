#include "host_cli.hpp"

#include "error_report.hpp"

#include <fmt/format.h>

#include <CLI/CLI.hpp>
#include <iostream>
#include <memory>
#include <optional>

#include "commands/builtin_commands.hpp"
#include "host_session.hpp"
#include "plugin_runner.hpp"
#include "store_failure.hpp"
#include "thuky/error.hpp"
#include "thuky/table/cli.hpp"
#include "thuky/text/terminal.hpp"
#include "thuky/version.hpp"

namespace thuky::host {
namespace {

using table::add_import_options;
using table::add_list_options;

void add_global_options(CLI::App& app, GlobalOptions& o) {
  app.add_option("--config", o.config_file,
                 "Configuration file (default: thuky.toml in this directory or a parent)");
  app.add_option("--db", o.db, "Store file (default: store.path of the configuration)");
  app.add_option("--plugin-path", o.plugin_paths,
                 "Extra plugin directory, searched first (repeatable)");
  app.add_flag("--safe-mode", o.safe_mode, "Load only the plugins bundled with thuky");
  app.add_flag("-v,--verbose", o.verbose, "Say more on stderr (repeatable)");
  app.add_flag("-q,--quiet", o.quiet, "Print errors only");
  app.add_flag("--json", o.json, "Print data as JSON (commands that print data)");
}

std::vector<std::string> reversed_args(int argc, char** argv) {
  std::vector<std::string> args;
  for (int i = argc - 1; i >= 1; --i)
    args.emplace_back(argv[i]);
  return args;
}

// Reads the global options that decide which plugins exist (--config, --plugin-path,
// --safe-mode) before the full command line, whose commands come from the plugins, is built.
GlobalOptions prescan_global_options(int argc, char** argv) {
  GlobalOptions options;
  CLI::App prescan;
  add_global_options(prescan, options);
  prescan.set_help_flag();
  prescan.allow_extras();
  prescan.prefix_command();
  try {
    auto args = reversed_args(argc, argv);
    prescan.parse(args);
  } catch (const CLI::ParseError&) {
    // The full parse below reports it.
  }
  return options;
}

struct Dispatch {
  CLI::App* init = nullptr;
  CLI::App* plugins = nullptr;
  CLI::App* plugins_trust = nullptr;
  CLI::App* plugins_untrust = nullptr;
  std::optional<std::filesystem::path> trust_dir;
  std::string settings_of;
  CLI::App* backup = nullptr;
  CLI::App* names_sort = nullptr;
  NamesSortOptions names;
  CLI::App* document_demo = nullptr;
  CLI::App* document_fonts = nullptr;
  CLI::App* register_next = nullptr;
  RegisterNextOptions register_next_options;
  CLI::App* people_import = nullptr;
  CLI::App* people_add = nullptr;
  CLI::App* people_edit = nullptr;
  std::string people_code;
  CLI::App* people_list = nullptr;
  CLI::App* areas_import = nullptr;
  CLI::App* areas_list = nullptr;
  std::filesystem::path areas_file;
  std::string areas_under;
  table::ListOptions areas_list_options;
  CLI::App* organisations_import = nullptr;
  CLI::App* organisations_list = nullptr;
  std::filesystem::path organisations_file;
  table::ListOptions organisations_list_options;
  std::filesystem::path people_file;
  table::ImportOptions import_options;
  std::filesystem::path list_out;
  CLI::App* log = nullptr;
  std::string log_since;
  PersonInput person;
  std::string birth;
  std::filesystem::path out_dir = "out";
  std::filesystem::path init_dir = ".";
  std::filesystem::path backup_file;
  bool check = false;
};

void add_builtin_commands(CLI::App& app, Dispatch& d, GlobalOptions& options) {
  d.init = app.add_subcommand("init", "Create a workspace (thuky.toml and the store) in DIR");
  d.init->add_option("dir", d.init_dir, "Directory of the new workspace (default: .)");

  d.plugins = app.add_subcommand("plugins", "List plugins: id, version, SDK, state, path");
  d.plugins->add_flag("--check", d.check,
                      "Also open every plugin library and verify it; exit 1 if any is disabled");
  d.plugins->add_flag("--json", options.json, "Print the list as JSON");
  d.plugins->add_option("--config", d.settings_of,
                        "Show the settings plugin ID declares ([plugins.ID] in thuky.toml)");
  d.plugins->require_subcommand(0, 1);
  d.plugins_trust = d.plugins->add_subcommand(
      "trust", "Allow the plugins.paths of workspace DIR (default: this one) to load plugins");
  d.plugins_trust->add_option("dir", d.trust_dir, "Workspace directory");
  d.plugins_untrust =
      d.plugins->add_subcommand("untrust", "Withdraw 'plugins trust' from workspace DIR");
  d.plugins_untrust->add_option("dir", d.trust_dir, "Workspace directory");

  d.backup = app.add_subcommand("backup", "Copy the store to FILE (SQLite online backup)");
  d.backup->add_option("file", d.backup_file, "The new backup file")->required();

  CLI::App* names = app.add_subcommand("names", "Vietnamese names: official list order");
  names->require_subcommand(1);
  d.names_sort = names->add_subcommand(
      "sort",
      "Sort one person a line (\"full name\" or \"full name<TAB>dd/mm/yyyy\") in official "
      "list order: given name, family name, middle name, then the earlier birth date");
  d.names_sort->add_option("file", d.names.file, "Input file (default: standard input)");
  d.names_sort->add_flag("--check", d.names.check,
                         "Do not sort: report the first line out of order and exit 1");
  d.names_sort
      ->add_option("--order", d.names.order,
                   "published (as election committees publish lists: the tone is part of the "
                   "letter) or dictionary (tones only break ties); default: [text] name_order")
      ->check(CLI::IsMember({"published", "dictionary"}));
  d.names_sort
      ->add_option("--explain", d.names.explain,
                   "Do not sort: say why one of two names (\"full name\" or \"full "
                   "name<TAB>dd/mm/yyyy\") comes before the other")
      ->expected(2);
  d.names_sort
      ->add_option("--memory", d.names.memory_mb,
                   "Megabytes sorted in memory; a longer list is sorted in runs of that size "
                   "in temporary files (TMPDIR) and merged (default: 64)")
      ->check(CLI::Range(1, 65536));

  CLI::App* document = app.add_subcommand("document", "The document engine");
  document->require_subcommand(1);
  d.document_demo = document->add_subcommand(
      "demo", "Render sample documents that use every building block of the engine");
  d.document_demo->add_option("--out", d.out_dir, "Output directory (default: out)");
  d.document_fonts = document->add_subcommand(
      "fonts",
      "List the configured fonts, their files, and whether they have every Vietnamese "
      "letter (exit 1 when one does not)");
  d.document_fonts->add_flag("--json", options.json, "Print as JSON");

  CLI::App* reg = app.add_subcommand("register", "The register of outgoing documents");
  reg->require_subcommand(1);
  d.register_next = reg->add_subcommand(
      "next", "Take the next number of TYPE (GM, BB, TB, ...) and print it: 13/GM-MTTQ-BTT");
  d.register_next->add_option("type", d.register_next_options.type, "Type symbol, e.g. GM")
      ->required();
  d.register_next->add_option("--date", d.register_next_options.date,
                              "The document's date, dd/mm/yyyy (default: today)");
  d.register_next->add_option("--issuer", d.register_next_options.issuer,
                              "The issuing body's symbol (default: [organisation] symbol)");

  CLI::App* people = app.add_subcommand("people", "The people directory shared by all plugins");
  people->require_subcommand(1);
  d.people_import = people->add_subcommand(
      "import",
      "Import a .csv (UTF-8) or .xlsx file with the columns Họ và tên and optionally Mã, Họ, "
      "Tên đệm, Tên, Chức vụ, Đơn vị, Giới tính, Ngày sinh, Điện thoại, Email; all rows or none");
  d.people_import->add_option("file", d.people_file, "The .csv or .xlsx file")->required();
  add_import_options(*d.people_import, d.import_options);
  const auto person_options = [&d](CLI::App* command) {
    command->add_option("--title", d.person.title, "Chức vụ");
    command->add_option("--unit", d.person.unit, "Đơn vị");
    command->add_option("--gender", d.person.gender, "nam or nữ")
        ->check(CLI::IsMember({"nam", "nữ"}));
    command->add_option("--birth", d.birth, "Birth date dd/mm/yyyy");
    command->add_option("--phone", d.person.phone, "Phone");
    command->add_option("--email", d.person.email, "Email");
  };
  d.people_add = people->add_subcommand("add", "Add a person, or update the one it duplicates");
  d.people_add->add_option("name", d.person.full_name, "Full name")->required();
  d.people_add->add_option("--code", d.person.code, "Key for references (default: from the name)");
  person_options(d.people_add);
  d.people_edit = people->add_subcommand("edit", "Change the fields given of the person CODE");
  d.people_edit->add_option("code", d.people_code, "The person's code (see 'people list')")
      ->required();
  d.people_edit->add_option("--name", d.person.full_name, "Full name");
  person_options(d.people_edit);
  d.people_list = people->add_subcommand("list", "Everyone, in official list order");
  d.people_list->add_flag("--json", options.json, "Print as JSON");
  d.people_list->add_option("--out", d.list_out, "Write the list to FILE.xlsx or FILE.csv");

  CLI::App* areas =
      app.add_subcommand("areas", "Administrative areas (tỉnh, xã, ...) shared by all plugins");
  areas->require_subcommand(1);
  d.areas_import = areas->add_subcommand(
      "import",
      "Import the official list: a .csv or .xlsx with the columns Mã, Tên, Cấp and optionally "
      "Mã cấp trên, Hiệu lực từ, Hiệu lực đến; rows in any order; all rows or none");
  d.areas_import->add_option("file", d.areas_file, "The .csv or .xlsx file")->required();
  add_import_options(*d.areas_import, d.import_options);
  d.areas_list = areas->add_subcommand("list", "The areas as a tree, parents first");
  d.areas_list->add_option("--under", d.areas_under, "Only the areas under this code");
  add_list_options(*d.areas_list, d.areas_list_options);

  CLI::App* organisations = app.add_subcommand(
      "organisations", "The bodies that issue documents: header, symbol, seat and signer");
  organisations->require_subcommand(1);
  d.organisations_import = organisations->add_subcommand(
      "import",
      "Import a .csv or .xlsx with the columns Mã, Tên, Cơ quan ban hành and optionally Tên gọi "
      "tắt, Mã cấp trên, Mã địa bàn, Cơ quan chủ quản, Ký hiệu, Địa danh, Thẩm quyền ký, Chức vụ "
      "người ký, Người ký (header lines separated by '|'); all rows or none");
  d.organisations_import->add_option("file", d.organisations_file, "The .csv or .xlsx file")
      ->required();
  add_import_options(*d.organisations_import, d.import_options);
  d.organisations_list = organisations->add_subcommand("list", "The organisations, by code");
  add_list_options(*d.organisations_list, d.organisations_list_options);
  d.log = app.add_subcommand(
      "log", "The audit log: what each command changed and printed, by whom and when");
  d.log->add_option("--since", d.log_since, "Only entries from this day (YYYY-MM-DD, UTC) on");
  d.log->add_flag("--json", options.json, "Print as JSON");
  d.log->add_option("--out", d.list_out, "Write the log to FILE.xlsx or FILE.csv");
}

// Adds every plugin's commands from the manifests, without loading any plugin library.
void add_plugin_commands(CLI::App& app, const PluginRegistry& registry) {
  for (const auto& record : registry.plugins()) {
    for (const auto& command : record.manifest.commands) {
      // Each command once, from the plugin that owns it (reserved names never get here).
      if (registry.owner_of_command(command.name) != &record)
        continue;
      const auto& reserved = builtin_command_names();
      if (std::find(reserved.begin(), reserved.end(), command.name) != reserved.end())
        continue;
      std::string summary = command.summary;
      if (record.state == PluginState::kDisabled)
        summary += " [disabled: see 'thuky plugins']";
      CLI::App* sub = app.add_subcommand(command.name, summary);
      sub->group(fmt::format("Plugin commands"));
      sub->prefix_command();
      sub->allow_extras();
      sub->set_help_flag();  // the plugin prints its own help
    }
  }
}

// The environment's failure behind `e` in words (the store busy, no space left, a file name too
// long ...): not a bug in thuky, so exit 1. nullopt for anything else.
std::optional<std::string> environment_cause(HostSession* session, const std::exception& e) {
  if (session) {
    if (auto cause = session->store_failure(e.what()))
      return cause;
  }
  if (const auto* fs = dynamic_cast<const std::filesystem::filesystem_error*>(&e)) {
    if (is_environment_errno(fs->code().value())) {
      const std::string cause = errno_text(fs->code().value());
      if (fs->path1().empty())
        return cause;
      return fmt::format("'{}': {}", fs->path1().string(), cause);
    }
  }
  return std::nullopt;
}

int dispatch(HostSession& session, CLI::App& app, const Dispatch& d, ExtraCommands* extra) {
  if (extra) {
    if (auto code = extra->run_parsed(session))
      return *code;
  }
  if (d.init->parsed())
    return run_init(session, d.init_dir);
  if (d.plugins_trust->parsed() || d.plugins_untrust->parsed())
    return run_plugins_trust(session, d.trust_dir, d.plugins_trust->parsed());
  if (d.plugins->parsed())
    return d.settings_of.empty() ? run_plugins(session, d.check)
                                 : run_plugin_settings(session, d.settings_of);
  if (d.backup->parsed())
    return run_backup(session, d.backup_file);
  if (d.names_sort->parsed())
    return run_names_sort(session, d.names);
  if (d.document_demo->parsed())
    return run_document_demo(session, d.out_dir);
  if (d.document_fonts->parsed())
    return run_document_fonts(session);
  if (d.register_next->parsed())
    return run_register_next(session, d.register_next_options);
  if (d.people_import->parsed())
    return run_people_import(session, d.people_file, d.import_options);
  if (d.people_add->parsed())
    return run_people_add(session, d.person, d.birth);
  if (d.people_edit->parsed())
    return run_people_edit(session, d.people_code, d.person, d.birth);
  if (d.people_list->parsed())
    return run_people_list(session, d.list_out);
  if (d.areas_import->parsed())
    return run_areas_import(session, d.areas_file, d.import_options);
  if (d.areas_list->parsed()) {
    table::ListOptions options = d.areas_list_options;
    options.json = options.json || session.options().json;
    return run_areas_list(session, d.areas_under, options);
  }
  if (d.organisations_import->parsed())
    return run_organisations_import(session, d.organisations_file, d.import_options);
  if (d.organisations_list->parsed()) {
    table::ListOptions options = d.organisations_list_options;
    options.json = options.json || session.options().json;
    return run_organisations_list(session, options);
  }
  if (d.log->parsed())
    return run_log(session, d.log_since, d.list_out);
  for (CLI::App* sub : app.get_subcommands()) {
    PluginRecord* record = session.registry().find_by_command(sub->get_name());
    if (!record) {
      const PluginRecord* owner = session.registry().owner_of_command(sub->get_name());
      throw UserError(fmt::format("command '{}' is unavailable: plugin '{}' is disabled: {}",
                                  sub->get_name(), owner ? owner->manifest.id : "?",
                                  owner ? owner->reason : "unknown"));
    }
    std::vector<std::string> args{sub->get_name()};
    for (auto& extra : sub->remaining())
      args.push_back(extra);
    return run_plugin_command(session, *record, args);
  }
  std::cout << app.help();
  return kExitUsage;
}

}  // namespace

int run_host(int argc, char** argv, ExtraCommands* extra) noexcept {
  std::unique_ptr<HostSession> session_owner;
  try {
    GlobalOptions options = prescan_global_options(argc, argv);
    session_owner = std::make_unique<HostSession>(options);
    HostSession& session = *session_owner;
    session.audit().set_command_line(command_line_text(argc, argv));

    CLI::App app{
        "thuky — the secretary: meetings and minutes, elections, voter contact, in the "
        "Vietnamese administrative format.",
        "thuky"};
    GlobalOptions parsed;  // the same options, read again by the full parse
    add_global_options(app, parsed);
    app.set_version_flag("--version", fmt::format("thuky {} (plugin SDK {}.{})", program_version(),
                                                  kSdkVersion, kSdkMinorVersion));
    app.require_subcommand(0, 1);
    app.footer(
        "Global options go before the command. 'thuky COMMAND --help' shows a command's "
        "options.\nExit codes: 0 ok, 1 wrong input, 2 usage error, 3 internal error.");
    Dispatch d;
    add_builtin_commands(app, d, parsed);
    if (extra)
      extra->add_to(app);
    add_plugin_commands(app, session.registry());
    try {
      auto args = reversed_args(argc, argv);
      app.parse(args);
    } catch (const CLI::ParseError& e) {
      return app.exit(e) == 0 ? kExitOk : kExitUsage;
    }
    if (parsed.json)
      session.set_json_output(true);  // --json may also follow `plugins`
    return dispatch(session, app, d, extra);
  } catch (const UserError& e) {
    // A store busy or a disk full, not the input file the message may name.
    const auto cause = session_owner ? session_owner->store_failure(e.what()) : std::nullopt;
    const bool json = session_owner && session_owner->options().json;
    report_error(std::cerr, kExitUserError, cause.value_or(e.what()),
                 cause ? InputLocation{} : e.location(), json);
    return kExitUserError;
  } catch (const std::exception& e) {
    if (auto cause = environment_cause(session_owner.get(), e)) {
      std::cerr << "error: " << *cause << '\n';
      return kExitUserError;
    }
    std::cerr << "internal error: " << text::escape_controls(e.what(), true) << '\n';
    return kExitInternal;
  } catch (...) {
    std::cerr << "internal error: unknown exception\n";
    return kExitInternal;
  }
}

}  // namespace thuky::host
