// `thuky log`: the store's audit log, oldest first.
#include <SQLiteCpp/Statement.h>
#include <fmt/format.h>

#include <chrono>
#include <iostream>
#include <regex>

#include "audit/audit_outbox.hpp"
#include "commands/builtin_commands.hpp"
#include "thuky/error.hpp"
#include "thuky/table/list_output.hpp"

namespace thuky::host {
namespace {

// YYYY-MM-DD, a day that exists (any year: the log has no plausible range).
bool is_iso_date(const std::string& text) {
  static const std::regex form(R"(\d{4}-\d\d-\d\d)");
  if (!std::regex_match(text, form))
    return false;
  const std::chrono::year_month_day day{std::chrono::year{std::stoi(text.substr(0, 4))},
                                        std::chrono::month{unsigned(std::stoi(text.substr(5, 2)))},
                                        std::chrono::day{unsigned(std::stoi(text.substr(8, 2)))}};
  return day.ok();
}

}  // namespace

int run_log(HostSession& session, const std::string& since, const std::filesystem::path& out) {
  if (!since.empty() && !is_iso_date(since)) {
    throw UserError(fmt::format("--since: '{}' is not a date like 2026-09-15 (YYYY-MM-DD)", since));
  }
  using table::ColumnType;
  table::ListOutput list("log",
                         {{"id", "Số", ColumnType::kInteger},
                          {"at", "Thời điểm (UTC)"},
                          {"user", "Người dùng"},
                          {"component", "Thành phần"},
                          {"command", "Lệnh"},
                          {"rows", "Số dòng", ColumnType::kInteger},
                          {"changes", "Thay đổi"},
                          {"documents", "Văn bản (SHA-256)"}},
                         {session.options().json, out}, std::cout);
  // Exports that did not wait for a writer join the log first, if no one is writing now.
  std::error_code ec;
  if (std::filesystem::is_directory(AuditOutbox(session.store().path()).directory(), ec))
    write_entry_without_waiting(session.store(), session.audit(), "core");
  // Entries on or after the day `since` begins (UTC): ISO text compares as time does.
  SQLite::Statement entries(
      session.store().db(),
      "SELECT l.id, l.at, l.os_user, l.component, l.command, l.rows_touched, l.changes,"
      " (SELECT group_concat(d.path || ' ' || d.sha256, '; ') FROM audit_documents d"
      "  WHERE d.entry_id = l.id)"
      " FROM audit_log l WHERE l.at >= ? ORDER BY l.id");
  entries.bind(1, since);
  while (entries.executeStep()) {
    list.add({entries.getColumn(0).getString(), entries.getColumn(1).getString(),
              entries.getColumn(2).getString(), entries.getColumn(3).getString(),
              entries.getColumn(4).getString(), entries.getColumn(5).getString(),
              entries.getColumn(6).getString(), entries.getColumn(7).getString()});
  }
  if (list.finish() == 0)
    session.log().warn(since.empty() ? "the audit log is empty"
                                     : fmt::format("no audit log entries since {}", since));
  return 0;
}

}  // namespace thuky::host
