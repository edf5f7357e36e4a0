// `thuky areas ...`: the administrative areas shared by all plugins.
#include <fmt/format.h>

#include <iostream>
#include <sstream>

#include "commands/builtin_commands.hpp"
#include "thuky/areas.hpp"
#include "thuky/table/import_summary.hpp"
#include "thuky/table/list_output.hpp"

namespace thuky::host {

int run_areas_import(HostSession& session, const std::filesystem::path& file,
                     const table::ImportOptions& options) {
  Store& store = session.store();
  WriteTransaction transaction(store);  // all rows or none; waits for other writers
  const auto result = AreaDirectory(store).import_file(file, options, &session.progress());
  // Said once the rows are committed; the rejects file goes into the entry the commit writes.
  std::ostringstream summary;
  const int code =
      print_import_result(session, summary, file, result.added, result.updated, result.table);
  session.commit_audited(transaction);  // with the rejects file, if any
  std::cout << summary.str();
  return code;
}

int run_areas_list(HostSession& session, const std::string& under,
                   const table::ListOptions& options) {
  AreaDirectory areas(session.store());
  std::optional<Area> top;
  if (!under.empty()) {
    top = areas.find_by_code(under);
    if (!top)
      throw UserError(
          fmt::format("no area with the code '{}'; 'thuky areas list' shows them", under));
  }
  table::ListOutput list("areas",
                         {{"code", "Mã"},
                          {"name", "Tên"},
                          {"kind", "Cấp"},
                          {"parent", "Mã cấp trên"},
                          {"valid_from", "Hiệu lực từ", table::ColumnType::kDate},
                          {"valid_to", "Hiệu lực đến", table::ColumnType::kDate}},
                         options, std::cout);
  std::vector<std::string> parent_codes;  // by depth
  const auto add = [&](const Area& a, int depth) {
    parent_codes.resize(static_cast<std::size_t>(depth) + 1);
    parent_codes[static_cast<std::size_t>(depth)] = a.code;
    const std::string parent = depth > 0 ? parent_codes[static_cast<std::size_t>(depth) - 1]
                                         : (top ? top->code : std::string());
    list.add({a.code, a.name, a.kind, parent, a.valid_from, a.valid_to});
  };
  if (top) {
    const std::function<void(std::int64_t, int)> walk = [&](std::int64_t id, int depth) {
      for (const Area& a : areas.children(id)) {
        add(a, depth);
        walk(a.id, depth + 1);
      }
    };
    walk(top->id, 0);
  } else {
    areas.for_each(add);
  }
  if (list.finish() == 0)
    session.log().warn("no areas in the store; 'thuky areas import FILE' adds the official list");
  return kExitOk;
}

}  // namespace thuky::host
