// `thuky organisations ...`: the bodies that issue documents, shared by all plugins.
#include <fmt/format.h>

#include <algorithm>
#include <iostream>
#include <sstream>

#include "commands/builtin_commands.hpp"
#include "thuky/organisations.hpp"
#include "thuky/table/import_summary.hpp"
#include "thuky/table/list_output.hpp"
#include "thuky/text/lines.hpp"

namespace thuky::host {
namespace {

// Header lines as the import reads them back: "ỦY BAN MTTQ VIỆT NAM | TỈNH HÀ TĨNH".
std::string bar_joined(const std::vector<std::string>& lines) {
  std::string out;
  for (const auto& line : lines)
    out += (out.empty() ? "" : " | ") + line;
  return out;
}

}  // namespace

int run_organisations_import(HostSession& session, const std::filesystem::path& file,
                             const table::ImportOptions& options) {
  Store& store = session.store();
  WriteTransaction transaction(store);  // all rows or none; waits for other writers
  const auto result = OrganisationDirectory(store).import_file(file, options, &session.progress());
  // Said once the rows are committed; the rejects file goes into the entry the commit writes.
  std::ostringstream summary;
  const int code =
      print_import_result(session, summary, file, result.added, result.updated, result.table);
  session.commit_audited(transaction);  // with the rejects file, if any
  std::cout << summary.str();
  return code;
}

int run_organisations_list(HostSession& session, const table::ListOptions& options) {
  std::vector<table::ListColumn> columns;
  // The terminal shows what tells them apart; --json and --out carry every column.
  const std::vector<std::string> short_list = {"code", "short_name", "parent", "symbol", "place"};
  for (const auto& field : organisations_schema().fields) {
    const bool shown =
        std::find(short_list.begin(), short_list.end(), field.key) != short_list.end();
    columns.push_back({field.key, field.label, table::ColumnType::kText, shown});
  }
  table::ListOutput list("organisations", columns, options, std::cout);
  for (const Organisation& o : OrganisationDirectory(session.store()).all()) {
    list.add({o.code, o.name, o.short_name, o.parent_code, o.area_code, bar_joined(o.parent_body),
              bar_joined(o.issuing_body), o.symbol, o.place, o.signer_authority, o.signer_title,
              o.signer_name});
  }
  if (list.finish() == 0) {
    session.log().warn(
        "no organisations in the store; 'thuky organisations import FILE' adds them");
  }
  return kExitOk;
}

}  // namespace thuky::host
