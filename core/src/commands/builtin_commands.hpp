#pragma once
// The host's own commands. Each returns an exit code and throws UserError for bad input.

#include <filesystem>
#include <optional>
#include <ostream>
#include <string>
#include <vector>

#include "host_session.hpp"
#include "thuky/export.hpp"
#include "thuky/people.hpp"
#include "thuky/table/import.hpp"
#include "thuky/table/list_output.hpp"

namespace thuky::host {

int run_init(HostSession& session, const std::filesystem::path& dir);
// table::print_import_summary as the host's imports end, without the "Imported …" line under
// --quiet (the rows left out are still said).
int print_import_result(HostSession& session, std::ostream& out, const std::filesystem::path& file,
                        std::size_t added, std::size_t updated, const table::ImportReport& report);
int run_plugins(HostSession& session, bool check);
// `thuky plugins --config ID`
int run_plugin_settings(HostSession& session, const std::string& id);
// `plugins trust [DIR]` (trusted = true) and `plugins untrust [DIR]`.
int run_plugins_trust(HostSession& session, const std::optional<std::filesystem::path>& dir,
                      bool trusted);
int run_backup(HostSession& session, const std::filesystem::path& target);
struct NamesSortOptions {
  std::string file;                  // "" or "-": standard input
  bool check = false;                // report the first line out of order (exit 1)
  std::string order;                 // "published" or "dictionary"; "" for [text] name_order
  std::vector<std::string> explain;  // two names: say why one comes first
  std::size_t memory_mb = 64;        // sorted in memory up to this much, then in temp files
};
// Reads one person a line and prints them in official list order, or checks the order, or
// explains the order of two names.
int run_names_sort(HostSession& session, const NamesSortOptions& options);
// Renders the engine's sample documents (every building block) into `out_dir`.
int run_document_demo(HostSession& session, const std::filesystem::path& out_dir);
int run_document_fonts(HostSession& session);
struct RegisterNextOptions {
  std::string type;    // "GM"
  std::string date;    // dd/mm/yyyy; "" for today
  std::string issuer;  // "" for [organisation] symbol
};
// Takes the next number of a type in the document register and prints it.
int run_register_next(HostSession& session, const RegisterNextOptions& options);
int run_people_import(HostSession& session, const std::filesystem::path& file,
                      const table::ImportOptions& options);
int run_people_add(HostSession& session, PersonInput person, const std::string& birth);
int run_people_edit(HostSession& session, const std::string& code, PersonInput changes,
                    const std::string& birth);
// Also `thuky serve`'s export (out: a temporary .xlsx it sends).
THUKY_API int run_people_list(HostSession& session, const std::filesystem::path& out);
int run_areas_import(HostSession& session, const std::filesystem::path& file,
                     const table::ImportOptions& options);
int run_areas_list(HostSession& session, const std::string& under,
                   const table::ListOptions& options);
int run_organisations_import(HostSession& session, const std::filesystem::path& file,
                             const table::ImportOptions& options);
int run_organisations_list(HostSession& session, const table::ListOptions& options);
// The audit log from the day `since` (YYYY-MM-DD; "" for all) on, as a list.
int run_log(HostSession& session, const std::string& since, const std::filesystem::path& out);

}  // namespace thuky::host
