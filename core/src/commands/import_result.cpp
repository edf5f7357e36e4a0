#include "commands/builtin_commands.hpp"
#include "thuky/table/import_summary.hpp"

namespace thuky::host {

int print_import_result(HostSession& session, std::ostream& out, const std::filesystem::path& file,
                        std::size_t added, std::size_t updated, const table::ImportReport& report) {
  if (session.options().quiet)  // "print errors only": not that it went well
    return table::report_rejected_rows(out, session.audit(), report);
  return table::print_import_summary(out, session.audit(), file, added, updated, report);
}

}  // namespace thuky::host
