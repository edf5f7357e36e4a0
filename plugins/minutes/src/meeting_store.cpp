#include "meeting_store.hpp"

#include <SQLiteCpp/Statement.h>
#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <sstream>

#include "legacy_details.hpp"
#include "minutes_messages.hpp"
#include "thuky/error.hpp"
#include "thuky/people.hpp"
#include "thuky/text/lines.hpp"
#include "thuky/text/names.hpp"

namespace minutes {
namespace {

using thuky::text::join_lines;
using thuky::text::split_lines;

Participant named(const std::string& name) {
  Participant p;
  p.name = name;
  return p;
}

void bind_text_or_null(SQLite::Statement& q, int index, const std::string& text) {
  if (text.empty()) {
    q.bind(index);
  } else {
    q.bind(index, text);
  }
}

}  // namespace

bool MeetingStore::exists(const std::string& meeting_id) {
  SQLite::Statement q(store_.db(), "SELECT 1 FROM minutes_meetings WHERE id = ?");
  q.bind(1, meeting_id);
  return q.executeStep();
}

thuky::MessageError MeetingStore::no_meeting(const std::string& meeting_id) {
  return thuky::MessageError(thuky::Message(msg::kNoMeeting, {{"id", meeting_id}}));
}

std::optional<std::int64_t> MeetingStore::person_id(const std::string& code) {
  if (code.empty())
    return std::nullopt;
  if (const auto found = person_ids_.find(code); found != person_ids_.end())
    return found->second;
  const auto person = people_.find_by_code(code);
  if (!person)
    return std::nullopt;
  person_ids_[code] = person->id;
  return person->id;
}

std::string MeetingStore::key_of(const Participant& p) {
  const auto id = person_id(p.code);
  return id ? "#" + std::to_string(*id) : p.name;
}

void MeetingStore::insert_participant(const std::string& meeting_id, int position, const char* role,
                                      const std::string& delegation, const Participant& p) {
  SQLite::Statement add(store_.db(),
                        "INSERT INTO minutes_participants(meeting_id, position, role, delegation, "
                        "person_id, name, title, unit, attendance, reason, represented_by, "
                        "added_late) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
  add.bind(1, meeting_id);
  add.bind(2, position);
  add.bind(3, role);
  add.bind(4, delegation);
  if (const auto id = person_id(p.code)) {
    add.bind(5, *id);
  } else {
    add.bind(5);
  }
  add.bind(6, p.name);
  add.bind(7, p.title);
  add.bind(8, p.unit);
  add.bind(9, p.attendance);
  add.bind(10, p.reason);
  add.bind(11, p.represented_by);
  add.bind(12, p.added_late ? 1 : 0);
  add.exec();
}

std::vector<std::pair<std::string, Participant>> MeetingStore::participant_rows(
    const std::string& meeting_id, bool late_only) {
  SQLite::Statement q(store_.db(),
                      std::string("SELECT role, delegation, person_id, name, title, unit, "
                                  "attendance, reason, represented_by, added_late FROM "
                                  "minutes_participants WHERE meeting_id = ?") +
                          (late_only ? " AND added_late = 1" : "") + " ORDER BY position");
  q.bind(1, meeting_id);
  std::vector<std::pair<std::string, Participant>> rows;  // role + delegation, participant
  std::vector<std::int64_t> ids;
  std::vector<std::optional<std::int64_t>> row_ids;
  while (q.executeStep()) {
    Participant p{"",
                  q.getColumn(3).getString(),
                  q.getColumn(4).getString(),
                  q.getColumn(5).getString(),
                  q.getColumn(6).getString(),
                  q.getColumn(7).getString(),
                  q.getColumn(8).getString(),
                  q.getColumn(9).getInt() != 0};
    row_ids.push_back(q.getColumn(2).isNull() ? std::nullopt
                                              : std::optional(q.getColumn(2).getInt64()));
    if (row_ids.back())
      ids.push_back(*row_ids.back());
    rows.emplace_back(q.getColumn(0).getString() + '\x1f' + q.getColumn(1).getString(), p);
  }
  const auto people = people_.find_many(ids);
  for (std::size_t i = 0; i < rows.size(); ++i) {
    if (!row_ids[i])
      continue;
    if (const auto found = people.find(*row_ids[i]); found != people.end()) {
      rows[i].second.code = found->second.code;
      person_ids_[found->second.code] = found->first;
    }
  }
  return rows;
}

MeetingStore::Saved MeetingStore::save(const Meeting& m) {
  // Reads, upserts and inserts: one unit under the write lock, whoever calls.
  thuky::WriteTransaction transaction(store_);
  auto& db = store_.db();
  // What the secretary recorded since the last import survives a re-import.
  std::map<std::string, Participant> attendance;
  std::vector<std::pair<std::string, Participant>> late;  // delegation, guest
  for (auto& [role_delegation, p] : participant_rows(m.id, false)) {
    attendance[key_of(p)] = p;
    if (p.added_late)
      late.emplace_back(role_delegation.substr(role_delegation.find('\x1f') + 1), p);
  }
  SQLite::Statement existed(db, "SELECT count(*) FROM minutes_meetings WHERE id = ?");
  existed.bind(1, m.id);
  existed.executeStep();
  Saved saved;
  saved.added = existed.getColumn(0).getInt() == 0;

  // An upsert, never delete-and-insert: the tasks keep their numbers.
  SQLite::Statement upsert(
      db,
      "INSERT INTO minutes_meetings(id, kind, title, number, place, place_name, starts_at, "
      "ends_at, details, recipients, organiser_name, parent_body, issuing_body, symbol, "
      "signer_authority, signer_title, signer_name, issued, invitation_note, number_minutes, "
      "number_invitation, number_agenda, number_conclusion, invitation_note_for, organiser_place) "
      "VALUES (?, ?, ?, ?, ?, ?, ?, ?, '', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON "
      "CONFLICT(id) DO UPDATE "
      "SET kind = "
      "excluded.kind, title = excluded.title, number = excluded.number, place = excluded.place, "
      "place_name = excluded.place_name, starts_at = excluded.starts_at, ends_at = "
      "excluded.ends_at, details = '', recipients = excluded.recipients, organiser_name = "
      "excluded.organiser_name, parent_body = excluded.parent_body, issuing_body = "
      "excluded.issuing_body, symbol = excluded.symbol, signer_authority = "
      "excluded.signer_authority, signer_title = excluded.signer_title, signer_name = "
      "excluded.signer_name, issued = excluded.issued, invitation_note = "
      "excluded.invitation_note, number_minutes = excluded.number_minutes, number_invitation = "
      "excluded.number_invitation, number_agenda = excluded.number_agenda, number_conclusion = "
      "excluded.number_conclusion, invitation_note_for = excluded.invitation_note_for, "
      "organiser_place = excluded.organiser_place");
  int column = 0;
  for (const std::string* value : {&m.id, &m.kind, &m.title, &m.number, &m.place, &m.place_name}) {
    upsert.bind(++column, *value);
  }
  upsert.bind(++column, m.starts.iso());
  upsert.bind(++column, m.ends.iso());
  upsert.bind(++column, join_lines(m.recipients));
  upsert.bind(++column, m.organiser.name);
  upsert.bind(++column, join_lines(m.organiser.parent_body));
  upsert.bind(++column, join_lines(m.organiser.issuing_body));
  for (const std::string* value : {&m.organiser.symbol, &m.organiser.signer_authority,
                                   &m.organiser.signer_title, &m.organiser.signer_name}) {
    upsert.bind(++column, *value);
  }
  bind_text_or_null(upsert, ++column, m.issued ? m.issued->iso() : std::string());
  for (const std::string* value : {&m.invitation_note, &m.numbers.minutes, &m.numbers.invitation,
                                   &m.numbers.agenda, &m.numbers.conclusion}) {
    upsert.bind(++column, *value);
  }
  upsert.bind(++column, join_lines(m.invitation_note_for));
  upsert.bind(++column, m.organiser.place);
  upsert.exec();

  // Participants and items follow the file: written again in its order.
  for (const char* table : {"minutes_participants", "minutes_items", "minutes_search"}) {
    SQLite::Statement clear(db, fmt::format("DELETE FROM {} WHERE meeting_id = ?", table));
    clear.bind(1, m.id);
    clear.exec();
  }
  int position = 0;
  const auto participant = [&](const Participant& p, const char* role,
                               const std::string& delegation) {
    Participant row = p;
    if (const auto previous = attendance.find(key_of(p)); previous != attendance.end()) {
      row.attendance = previous->second.attendance;
      row.reason = previous->second.reason;
      row.represented_by = previous->second.represented_by;
    }
    insert_participant(m.id, ++position, role, delegation, row);
  };
  participant(m.chair, "chair", "");
  participant(m.secretary, "secretary", "");
  for (const auto& d : m.delegations) {
    for (const auto& member : d.members)
      participant(member, "member", d.name);
    for (const auto& group : d.groups)
      participant({"", group, "", "", "", "", "", false}, "group", d.name);
  }
  for (const auto& [delegation, guest] : late) {
    bool in_file = false;
    for (const auto& d : m.delegations) {
      for (const auto& member : d.members)
        in_file = in_file || key_of(member) == key_of(guest);
    }
    if (!in_file)
      participant(guest, "member", delegation);  // now in the file: the file wins
  }

  std::string folded = thuky::text::search_key(m.title);
  position = 0;
  SQLite::Statement item(db,
                         "INSERT INTO minutes_items(meeting_id, position, kind, title, "
                         "speaker_person_id, speaker_name, speaker_title, time, body) VALUES (?, "
                         "?, ?, ?, ?, ?, ?, ?, ?)");
  const auto add_item = [&](const char* kind, const std::string& title, const Participant& speaker,
                            const std::string& time, const std::string& body) {
    item.reset();
    item.bind(1, m.id);
    item.bind(2, ++position);
    item.bind(3, kind);
    item.bind(4, title);
    if (const auto id = person_id(speaker.code)) {
      item.bind(5, *id);
    } else {
      item.bind(5);
    }
    item.bind(6, speaker.name);
    item.bind(7, speaker.title);
    item.bind(8, time);
    item.bind(9, body);
    item.exec();
    folded += " " + thuky::text::search_key(title + " " + body);
  };
  for (const auto& a : m.agenda)
    add_item("agenda", a.title, named(a.presenter), a.time, "");
  for (const auto& r : m.reports)
    add_item("report", r.title, r.presenter, "", r.summary);
  for (const auto& s : m.speeches)
    add_item("speech", "", s.speaker, "", s.summary);
  for (const auto& c : m.conclusions)
    add_item("conclusion", "", {}, "", c);

  saved.removed_tasks = save_tasks(m);
  for (const auto& t : m.tasks)
    folded += " " + thuky::text::search_key(t.text);
  SQLite::Statement search(db, "INSERT INTO minutes_search(meeting_id, folded) VALUES (?, ?)");
  search.bind(1, m.id);
  search.bind(2, folded);
  search.exec();
  transaction.commit();
  return saved;
}

Meeting MeetingStore::load(const std::string& id) {
  auto& db = store_.db();
  SQLite::Statement q(
      db,
      "SELECT kind, title, number, place, place_name, starts_at, ends_at, "
      "details, recipients, organiser_name, parent_body, issuing_body, symbol, "
      "signer_authority, signer_title, signer_name, coalesce(issued, ''), "
      "invitation_note, number_minutes, number_invitation, number_agenda, "
      "number_conclusion, invitation_note_for, organiser_place FROM minutes_meetings WHERE "
      "id = ?");
  q.bind(1, id);
  if (!q.executeStep())
    throw no_meeting(id);
  Meeting m;
  m.id = id;
  m.kind = q.getColumn(0).getString();
  m.title = q.getColumn(1).getString();
  m.number = q.getColumn(2).getString();
  m.place = q.getColumn(3).getString();
  m.place_name = q.getColumn(4).getString();
  m.starts = *DateTime::parse_iso(q.getColumn(5).getString());
  m.ends = *DateTime::parse_iso(q.getColumn(6).getString());
  m.recipients = split_lines(q.getColumn(8).getString());
  if (q.getColumn(9).isNull()) {
    read_legacy_details(q.getColumn(7).getString(), m);  // imported by minutes 0.2
  } else {
    m.organiser.name = q.getColumn(9).getString();
    m.organiser.parent_body = split_lines(q.getColumn(10).getString());
    m.organiser.issuing_body = split_lines(q.getColumn(11).getString());
    m.organiser.symbol = q.getColumn(12).getString();
    m.organiser.signer_authority = q.getColumn(13).getString();
    m.organiser.signer_title = q.getColumn(14).getString();
    m.organiser.signer_name = q.getColumn(15).getString();
    m.organiser.place = q.getColumn(23).getString();
    m.issued = thuky::text::Date::parse_iso(q.getColumn(16).getString());
    m.invitation_note = q.getColumn(17).getString();
    m.numbers = {q.getColumn(18).getString(), q.getColumn(19).getString(),
                 q.getColumn(20).getString(), q.getColumn(21).getString()};
    m.invitation_note_for = split_lines(q.getColumn(22).getString());
  }

  for (auto& [role_delegation, person] : participant_rows(id, false)) {
    const auto bar = role_delegation.find('\x1f');
    const std::string role = role_delegation.substr(0, bar);
    const std::string delegation = role_delegation.substr(bar + 1);
    if (role == "chair") {
      m.chair = person;
      continue;
    }
    if (role == "secretary") {
      m.secretary = person;
      continue;
    }
    auto group = std::find_if(m.delegations.begin(), m.delegations.end(),
                              [&](const Delegation& d) { return d.name == delegation; });
    if (group == m.delegations.end()) {
      m.delegations.push_back({delegation, {}, {}});
      group = m.delegations.end() - 1;
    }
    if (role == "group") {
      group->groups.push_back(person.name);
    } else {
      group->members.push_back(person);
    }
  }
  SQLite::Statement items(db,
                          "SELECT kind, title, speaker_person_id, speaker_name, speaker_title, "
                          "time, body FROM minutes_items WHERE meeting_id = ? ORDER BY position");
  items.bind(1, id);
  // Speakers from the directory get their code back through the people service.
  std::vector<std::pair<Participant*, std::int64_t>> directory_speakers;
  std::vector<std::pair<std::string, std::int64_t>> speaker_refs;  // kind, person id; by item
  while (items.executeStep()) {
    const std::string kind = items.getColumn(0).getString();
    const std::string title = items.getColumn(1).getString();
    Participant speaker = named(items.getColumn(3).getString());
    speaker.title = items.getColumn(4).getString();
    const std::string body = items.getColumn(6).getString();
    if (kind == "agenda")
      m.agenda.push_back({items.getColumn(5).getString(), title, speaker.name});
    if (kind == "report")
      m.reports.push_back({title, speaker, body});
    if (kind == "speech")
      m.speeches.push_back({speaker, body});
    if (kind == "conclusion")
      m.conclusions.push_back(body);
    if (kind == "report" || kind == "speech")
      speaker_refs.emplace_back(kind,
                                items.getColumn(2).isNull() ? 0 : items.getColumn(2).getInt64());
  }
  std::vector<std::int64_t> ids;
  for (const auto& ref : speaker_refs) {
    if (ref.second != 0)
      ids.push_back(ref.second);
  }
  const auto people = people_.find_many(ids);
  std::size_t report = 0, speech = 0;
  for (const auto& [kind, person] : speaker_refs) {
    Participant& p =
        kind == "report" ? m.reports[report++].presenter : m.speeches[speech++].speaker;
    if (const auto found = people.find(person); person != 0 && found != people.end())
      p.code = found->second.code;
  }
  m.tasks = load_tasks(id);
  return m;
}

std::vector<MeetingStore::Summary> MeetingStore::list() {
  SQLite::Statement q(
      store_.db(), "SELECT id, starts_at, title FROM minutes_meetings ORDER BY starts_at DESC, id");
  std::vector<Summary> out;
  while (q.executeStep()) {
    out.push_back(
        {q.getColumn(0).getString(), q.getColumn(1).getString(), q.getColumn(2).getString()});
  }
  return out;
}

std::vector<MeetingStore::Summary> MeetingStore::search(const std::string& query) {
  // Each folded word must appear; quoting keeps FTS5 from reading words as operators.
  std::string match;
  std::istringstream words(thuky::text::search_key(query));
  for (std::string w; words >> w;) {
    std::string quoted = "\"";
    for (char c : w)
      quoted += c == '"' ? std::string("\"\"") : std::string(1, c);
    match += (match.empty() ? "" : " ") + quoted + "\"";
  }
  if (match.empty())
    return {};
  SQLite::Statement q(store_.db(),
                      "SELECT m.id, m.starts_at, m.title FROM minutes_search s JOIN "
                      "minutes_meetings m ON m.id = s.meeting_id WHERE minutes_search MATCH ? "
                      "ORDER BY m.starts_at DESC");
  q.bind(1, match);
  std::vector<Summary> out;
  while (q.executeStep()) {
    out.push_back(
        {q.getColumn(0).getString(), q.getColumn(1).getString(), q.getColumn(2).getString()});
  }
  return out;
}

void MeetingStore::add_guest(const std::string& meeting_id, const std::string& delegation,
                             const Participant& guest) {
  SQLite::Statement last(store_.db(),
                         "SELECT max(position) FROM minutes_participants WHERE meeting_id = ?");
  last.bind(1, meeting_id);
  if (!last.executeStep() || last.getColumn(0).isNull())
    throw no_meeting(meeting_id);
  Participant row = guest;
  row.added_late = true;
  insert_participant(meeting_id, last.getColumn(0).getInt() + 1, "member", delegation, row);
}

void MeetingStore::set_attendance(const std::string& meeting_id, const std::string& who,
                                  const std::string& status, const std::string& reason,
                                  const std::string& represented_by) {
  if (!exists(meeting_id))
    throw no_meeting(meeting_id);
  SQLite::Statement q(store_.db(),
                      "UPDATE minutes_participants SET attendance = ?, reason = ?, "
                      "represented_by = ?, version = version + 1, changed_by = '', changed_at = "
                      "strftime('%Y-%m-%dT%H:%M:%SZ', 'now') WHERE meeting_id = ? AND role <> "
                      "'group' AND (name = ? OR person_id = ?)");
  q.bind(1, status);
  q.bind(2, reason);
  q.bind(3, represented_by);
  q.bind(4, meeting_id);
  q.bind(5, who);
  q.bind(6, person_id(who).value_or(0));
  if (q.exec() == 0)
    throw thuky::UserError(fmt::format("'{}' is not invited to meeting '{}'", who, meeting_id));
}

}  // namespace minutes
