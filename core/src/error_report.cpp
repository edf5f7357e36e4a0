#include "error_report.hpp"

#include <fmt/format.h>

#include <ostream>

#include "thuky/table/list_output.hpp"
#include "thuky/text/terminal.hpp"

namespace thuky::host {

void report_error(std::ostream& out, int code, const std::string& message,
                  const InputLocation& where, bool json) {
  const std::string shown = text::escape_controls(message, true);
  if (!json) {
    out << (code == kExitInternal ? "internal error: " : "error: ") << shown << '\n';
    return;
  }
  // The message without the location it starts with: the location comes as members.
  std::string detail = message;
  const std::string prefix = where.describe() + ": ";
  if (!where.describe().empty() && detail.rfind(prefix, 0) == 0)
    detail = detail.substr(prefix.size());
  std::string object = fmt::format("{{\"error\": {{\"exit_code\": {}, \"message\": {}", code,
                                   table::json_string(detail));
  if (!where.file.empty())
    object += ", \"file\": " + table::json_string(where.file);
  if (where.line > 0)
    object += fmt::format(", \"line\": {}", where.line);
  if (where.column > 0)
    object += fmt::format(", \"column\": {}", where.column);
  if (!where.field.empty())
    object += ", \"field\": " + table::json_string(where.field);
  out << object << "}}\n";
}

}  // namespace thuky::host
