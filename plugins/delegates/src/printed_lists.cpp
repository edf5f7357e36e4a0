#include "printed_lists.hpp"

#include <SQLiteCpp/Statement.h>

namespace delegates {

void record_printed(thuky::Store& store, const PrintedList& list, const std::string& now) {
  SQLite::Statement insert(
      store.db(),
      "INSERT INTO delegates_printed_lists (code, kind, day_id, election_id, unit_number, "
      "polling_area, heading, rows, row_count, printed_at, last_printed_at) VALUES (?1, ?2, ?3, "
      "?4, ?5, ?6, ?7, ?8, ?9, ?10, ?10) ON CONFLICT (code) DO UPDATE SET last_printed_at = "
      "excluded.last_printed_at");
  insert.bind(1, list.code);
  insert.bind(2, list.kind);
  insert.bind(3, list.day_id);
  insert.bind(4, list.election_id);
  insert.bind(5, list.unit);
  insert.bind(6, list.area);
  insert.bind(7, list.heading);
  insert.bind(8, list.rows);
  insert.bind(9, static_cast<std::int64_t>(list.row_count));
  insert.bind(10, now);
  insert.exec();
}

std::optional<PrintedList> find_printed(thuky::Store& store, const std::string& code) {
  SQLite::Statement q(store.db(),
                      "SELECT kind, day_id, election_id, unit_number, polling_area, heading, rows, "
                      "row_count, printed_at, last_printed_at FROM delegates_printed_lists WHERE "
                      "code = ?");
  q.bind(1, code);
  if (!q.executeStep())
    return std::nullopt;
  PrintedList out;
  out.code = code;
  out.kind = q.getColumn(0).getString();
  out.day_id = q.getColumn(1).getString();
  out.election_id = q.getColumn(2).getString();
  out.unit = q.getColumn(3).getInt();
  out.area = q.getColumn(4).getString();
  out.heading = q.getColumn(5).getString();
  out.rows = q.getColumn(6).getString();
  out.row_count = static_cast<std::size_t>(q.getColumn(7).getInt64());
  out.printed_at = q.getColumn(8).getString();
  out.last_printed_at = q.getColumn(9).getString();
  return out;
}

}  // namespace delegates
