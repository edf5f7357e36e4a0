#include "web_records.hpp"

#include <SQLiteCpp/Statement.h>
#include <fmt/format.h>

#include "thuky/error.hpp"

namespace minutes {

namespace {

thuky::UserError no_meeting(const std::string& id) {
  return thuky::UserError(thuky::InputLocation{"", 0, 0, "id"},
                          fmt::format("Không có cuộc họp '{}'.", id));
}

Stamp stamp_at(SQLite::Statement& q, int first) {
  return {q.getColumn(first).getInt64(), q.getColumn(first + 1).getString(),
          q.getColumn(first + 2).getString()};
}

constexpr const char* kAttendeeColumns =
    "position, role, delegation, name, title, unit, attendance, reason, represented_by, "
    "version, changed_by, changed_at, coalesce(person_id, 0)";

Attendee attendee_at(SQLite::Statement& q) {
  Attendee a;
  a.position = q.getColumn(0).getInt();
  a.role = q.getColumn(1).getString();
  a.delegation = q.getColumn(2).getString();
  a.name = q.getColumn(3).getString();
  a.title = q.getColumn(4).getString();
  a.unit = q.getColumn(5).getString();
  a.attendance = q.getColumn(6).getString();
  a.reason = q.getColumn(7).getString();
  a.represented_by = q.getColumn(8).getString();
  a.stamp = stamp_at(q, 9);
  return a;
}

}  // namespace

Stamp WebRecords::meeting_stamp(const std::string& meeting_id) {
  SQLite::Statement q(store_.db(),
                      "SELECT version, changed_by, changed_at FROM minutes_meetings WHERE id = ?");
  q.bind(1, meeting_id);
  if (!q.executeStep())
    throw no_meeting(meeting_id);
  return stamp_at(q, 0);
}

void WebRecords::bump_meeting(const std::string& meeting_id, std::int64_t expected,
                              const std::string& author, const std::string& at) {
  const Stamp current = meeting_stamp(meeting_id);
  if (current.version != expected)
    throw VersionConflict(current);
  SQLite::Statement q(store_.db(),
                      "UPDATE minutes_meetings SET version = version + 1, changed_by = ?, "
                      "changed_at = ? WHERE id = ?");
  q.bind(1, author);
  q.bind(2, at);
  q.bind(3, meeting_id);
  q.exec();
}

std::vector<Attendee> WebRecords::attendees(const std::string& meeting_id) {
  meeting_stamp(meeting_id);  // the meeting exists
  SQLite::Statement q(store_.db(), fmt::format("SELECT {} FROM minutes_participants WHERE "
                                               "meeting_id = ? AND role <> 'group' ORDER BY "
                                               "position",
                                               kAttendeeColumns));
  q.bind(1, meeting_id);
  std::vector<Attendee> out;
  while (q.executeStep())
    out.push_back(attendee_at(q));
  return out;
}

Attendee WebRecords::set_attendance(const std::string& meeting_id, int position,
                                    const Attendee& change, std::int64_t expected,
                                    const std::string& author, const std::string& at) {
  meeting_stamp(meeting_id);
  SQLite::Statement q(store_.db(), fmt::format("SELECT {} FROM minutes_participants WHERE "
                                               "meeting_id = ? AND position = ? AND role <> "
                                               "'group'",
                                               kAttendeeColumns));
  q.bind(1, meeting_id);
  q.bind(2, position);
  if (!q.executeStep()) {
    throw thuky::UserError(thuky::InputLocation{"", 0, 0, "person"},
                           fmt::format("Người số {} không có trong danh sách mời.", position));
  }
  const Attendee current = attendee_at(q);
  if (current.stamp.version != expected)
    throw VersionConflict(current.stamp);
  SQLite::Statement update(store_.db(),
                           "UPDATE minutes_participants SET attendance = ?, reason = ?, "
                           "represented_by = ?, version = version + 1, changed_by = ?, "
                           "changed_at = ? WHERE meeting_id = ? AND position = ?");
  update.bind(1, change.attendance);
  update.bind(2, change.reason);
  update.bind(3, change.represented_by);
  update.bind(4, author);
  update.bind(5, at);
  update.bind(6, meeting_id);
  update.bind(7, position);
  update.exec();
  Attendee saved = current;
  saved.attendance = change.attendance;
  saved.reason = change.reason;
  saved.represented_by = change.represented_by;
  saved.stamp = {current.stamp.version + 1, author, at};
  return saved;
}

std::map<std::string, Stamp> WebRecords::participant_stamps(const std::string& meeting_id) {
  SQLite::Statement q(store_.db(),
                      "SELECT coalesce('#' || person_id, name), version, changed_by, changed_at "
                      "FROM minutes_participants WHERE meeting_id = ?");
  q.bind(1, meeting_id);
  std::map<std::string, Stamp> out;
  while (q.executeStep())
    out[q.getColumn(0).getString()] = stamp_at(q, 1);
  return out;
}

void WebRecords::restore_participant_stamps(const std::string& meeting_id,
                                            const std::map<std::string, Stamp>& stamps) {
  SQLite::Statement q(store_.db(),
                      "UPDATE minutes_participants SET version = ?, changed_by = ?, changed_at = "
                      "? WHERE meeting_id = ? AND coalesce('#' || person_id, name) = ?");
  for (const auto& [key, stamp] : stamps) {
    q.reset();
    q.bind(1, stamp.version);
    q.bind(2, stamp.changed_by);
    q.bind(3, stamp.changed_at);
    q.bind(4, meeting_id);
    q.bind(5, key);
    q.exec();
  }
}

}  // namespace minutes
