#include "meeting_store.hpp"

#include <SQLiteCpp/Statement.h>
#include <fmt/format.h>
#include <toml++/toml.h>

#include <algorithm>
#include <map>
#include <sstream>

#include "thuky/error.hpp"
#include "thuky/people.hpp"
#include "thuky/text/names.hpp"

namespace minutes {
namespace {

std::string join_lines(const std::vector<std::string>& lines) {
  std::string out;
  for (const auto& l : lines)
    out += (out.empty() ? "" : "\n") + l;
  return out;
}

std::vector<std::string> split_lines(const std::string& text) {
  std::vector<std::string> out;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);)
    out.push_back(line);
  return out;
}

toml::array to_array(const std::vector<std::string>& lines) {
  toml::array a;
  for (const auto& l : lines)
    a.push_back(l);
  return a;
}

std::vector<std::string> from_array(const toml::node_view<const toml::node>& node) {
  std::vector<std::string> out;
  if (const toml::array* a = node.as_array()) {
    for (const auto& item : *a)
      out.push_back(item.value_or(std::string()));
  }
  return out;
}

std::string key_of(const Participant& p) {
  return p.code.empty() ? p.name : p.code;
}

// One row of minutes_participants; `p` carries the attendance to record.
void insert_participant(thuky::Store& store, const std::string& meeting_id, int position,
                        const char* role, const std::string& delegation, const Participant& p) {
  SQLite::Statement add(store.db(),
                        "INSERT INTO minutes_participants(meeting_id, position, role, delegation, "
                        "person_id, name, title, unit, attendance, reason, represented_by, "
                        "added_late) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
  add.bind(1, meeting_id);
  add.bind(2, position);
  add.bind(3, role);
  add.bind(4, delegation);
  if (const auto person =
          p.code.empty() ? std::nullopt : thuky::PeopleDirectory(store).find_by_code(p.code)) {
    add.bind(5, person->id);
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

}  // namespace

bool MeetingStore::save(const Meeting& m) {
  // Reads, deletes and inserts: one unit under the write lock, whoever calls.
  thuky::WriteTransaction transaction(store_);
  auto& db = store_.db();
  // What the secretary recorded since the last import survives a re-import.
  std::map<std::string, Participant> attendance;
  {
    SQLite::Statement q(db,
                        "SELECT coalesce(p.code, ''), mp.name, mp.attendance, mp.reason, "
                        "mp.represented_by FROM minutes_participants mp LEFT JOIN people p ON "
                        "p.id = mp.person_id WHERE meeting_id = ?");
    q.bind(1, m.id);
    while (q.executeStep()) {
      Participant p{q.getColumn(0).getString(),
                    q.getColumn(1).getString(),
                    "",
                    "",
                    q.getColumn(2).getString(),
                    q.getColumn(3).getString(),
                    q.getColumn(4).getString()};
      attendance[key_of(p)] = p;
    }
  }
  std::vector<std::pair<std::string, Participant>> late;  // delegation, guest
  {
    SQLite::Statement q(db,
                        "SELECT mp.delegation, coalesce(p.code, ''), mp.name, mp.title, mp.unit, "
                        "mp.attendance, mp.reason, mp.represented_by FROM minutes_participants mp "
                        "LEFT JOIN people p ON p.id = mp.person_id WHERE meeting_id = ? AND "
                        "added_late = 1 ORDER BY position");
    q.bind(1, m.id);
    while (q.executeStep()) {
      late.push_back({q.getColumn(0).getString(),
                      Participant{q.getColumn(1).getString(), q.getColumn(2).getString(),
                                  q.getColumn(3).getString(), q.getColumn(4).getString(),
                                  q.getColumn(5).getString(), q.getColumn(6).getString(),
                                  q.getColumn(7).getString(), true}});
    }
  }
  std::map<std::string, std::string> done;
  {
    SQLite::Statement q(db,
                        "SELECT owner || char(31) || task, done_at FROM minutes_tasks WHERE "
                        "meeting_id = ? AND done_at IS NOT NULL");
    q.bind(1, m.id);
    while (q.executeStep())
      done[q.getColumn(0).getString()] = q.getColumn(1).getString();
  }
  SQLite::Statement existed(db, "SELECT count(*) FROM minutes_meetings WHERE id = ?");
  existed.bind(1, m.id);
  existed.executeStep();
  const bool is_new = existed.getColumn(0).getInt() == 0;

  SQLite::Statement remove(db, "DELETE FROM minutes_meetings WHERE id = ?");
  remove.bind(1, m.id);
  remove.exec();
  SQLite::Statement unsearch(db, "DELETE FROM minutes_search WHERE meeting_id = ?");
  unsearch.bind(1, m.id);
  unsearch.exec();

  toml::table organiser{{"name", m.organiser.name},
                        {"parent_body", to_array(m.organiser.parent_body)},
                        {"issuing_body", to_array(m.organiser.issuing_body)},
                        {"symbol", m.organiser.symbol},
                        {"signer_authority", m.organiser.signer_authority},
                        {"signer_title", m.organiser.signer_title},
                        {"signer_name", m.organiser.signer_name},
                        {"issued", m.issued ? m.issued->iso() : std::string()},
                        {"invitation_note", m.invitation_note},
                        {"numbers", toml::table{{"minutes", m.numbers.minutes},
                                                {"invitation", m.numbers.invitation},
                                                {"agenda", m.numbers.agenda},
                                                {"conclusion", m.numbers.conclusion}}}};
  std::ostringstream organiser_text;
  organiser_text << organiser;
  SQLite::Statement insert(db,
                           "INSERT INTO minutes_meetings(id, kind, title, number, place, "
                           "place_name, starts_at, ends_at, details, recipients) VALUES (?, ?, "
                           "?, ?, ?, ?, ?, ?, ?, ?)");
  insert.bind(1, m.id);
  insert.bind(2, m.kind);
  insert.bind(3, m.title);
  insert.bind(4, m.number);
  insert.bind(5, m.place);
  insert.bind(6, m.place_name);
  insert.bind(7, m.starts.iso());
  insert.bind(8, m.ends.iso());
  insert.bind(9, organiser_text.str());
  insert.bind(10, join_lines(m.recipients));
  insert.exec();

  int position = 0;
  const auto participant = [&](const Participant& p, const char* role,
                               const std::string& delegation) {
    Participant row = p;
    if (const auto previous = attendance.find(key_of(p)); previous != attendance.end()) {
      row.attendance = previous->second.attendance;
      row.reason = previous->second.reason;
      row.represented_by = previous->second.represented_by;
    }
    insert_participant(store_, m.id, ++position, role, delegation, row);
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
                         "INSERT INTO minutes_items(meeting_id, position, kind, title, speaker, "
                         "time, body) VALUES (?, ?, ?, ?, ?, ?, ?)");
  const auto add_item = [&](const char* kind, const std::string& title, const std::string& speaker,
                            const std::string& time, const std::string& body) {
    item.reset();
    item.bind(1, m.id);
    item.bind(2, ++position);
    item.bind(3, kind);
    item.bind(4, title);
    item.bind(5, speaker);
    item.bind(6, time);
    item.bind(7, body);
    item.exec();
    folded += " " + thuky::text::search_key(title + " " + body);
  };
  const auto speaker_key = [](const Participant& p) {
    return p.code.empty() ? p.name + "|" + p.title : "@" + p.code + "|" + p.name + "|" + p.title;
  };
  for (const auto& a : m.agenda)
    add_item("agenda", a.title, a.presenter, a.time, "");
  for (const auto& r : m.reports)
    add_item("report", r.title, speaker_key(r.presenter), "", r.summary);
  for (const auto& s : m.speeches)
    add_item("speech", "", speaker_key(s.speaker), "", s.summary);
  for (const auto& c : m.conclusions)
    add_item("conclusion", "", "", "", c);

  SQLite::Statement task(db,
                         "INSERT INTO minutes_tasks(meeting_id, position, owner, task, deadline, "
                         "done_at) VALUES (?, ?, ?, ?, ?, ?)");
  position = 0;
  for (const auto& t : m.tasks) {
    task.reset();
    task.bind(1, m.id);
    task.bind(2, ++position);
    task.bind(3, t.owner);
    task.bind(4, t.text);
    if (t.deadline) {
      task.bind(5, t.deadline->iso());
    } else {
      task.bind(5);
    }
    if (const auto d = done.find(t.owner + '\x1f' + t.text); d != done.end()) {
      task.bind(6, d->second);
    } else {
      task.bind(6);
    }
    task.exec();
    folded += " " + thuky::text::search_key(t.text);
  }
  SQLite::Statement search(db, "INSERT INTO minutes_search(meeting_id, folded) VALUES (?, ?)");
  search.bind(1, m.id);
  search.bind(2, folded);
  search.exec();
  transaction.commit();
  return is_new;
}

Meeting MeetingStore::load(const std::string& id) {
  auto& db = store_.db();
  SQLite::Statement q(db,
                      "SELECT kind, title, number, place, place_name, starts_at, ends_at, "
                      "details, recipients FROM minutes_meetings WHERE id = ?");
  q.bind(1, id);
  if (!q.executeStep()) {
    throw thuky::UserError(
        fmt::format("no meeting '{}' in the store; 'thuky meeting list' shows "
                    "the meetings there",
                    id));
  }
  Meeting m;
  m.id = id;
  m.kind = q.getColumn(0).getString();
  m.title = q.getColumn(1).getString();
  m.number = q.getColumn(2).getString();
  m.place = q.getColumn(3).getString();
  m.place_name = q.getColumn(4).getString();
  m.starts = *DateTime::parse_iso(q.getColumn(5).getString());
  m.ends = *DateTime::parse_iso(q.getColumn(6).getString());
  const toml::table organiser = toml::parse(q.getColumn(7).getString());
  m.organiser.name = organiser["name"].value_or(std::string());
  m.organiser.signer_name = organiser["signer_name"].value_or(std::string());
  m.issued = thuky::text::Date::parse_iso(organiser["issued"].value_or(std::string()));
  m.invitation_note = organiser["invitation_note"].value_or(std::string());
  m.numbers = {organiser["numbers"]["minutes"].value_or(std::string()),
               organiser["numbers"]["invitation"].value_or(std::string()),
               organiser["numbers"]["agenda"].value_or(std::string()),
               organiser["numbers"]["conclusion"].value_or(std::string())};
  m.organiser.parent_body = from_array(organiser["parent_body"]);
  m.organiser.issuing_body = from_array(organiser["issuing_body"]);
  m.organiser.symbol = organiser["symbol"].value_or(std::string());
  m.organiser.signer_authority = organiser["signer_authority"].value_or(std::string());
  m.organiser.signer_title = organiser["signer_title"].value_or(std::string());
  m.recipients = split_lines(q.getColumn(8).getString());

  SQLite::Statement p(db,
                      "SELECT mp.role, mp.delegation, coalesce(pe.code, ''), mp.name, mp.title, "
                      "mp.unit, mp.attendance, mp.reason, mp.represented_by, mp.added_late FROM "
                      "minutes_participants mp LEFT JOIN people pe ON pe.id = mp.person_id "
                      "WHERE meeting_id = ? ORDER BY position");
  p.bind(1, id);
  while (p.executeStep()) {
    const std::string role = p.getColumn(0).getString();
    const std::string delegation = p.getColumn(1).getString();
    Participant person{p.getColumn(2).getString(), p.getColumn(3).getString(),
                       p.getColumn(4).getString(), p.getColumn(5).getString(),
                       p.getColumn(6).getString(), p.getColumn(7).getString(),
                       p.getColumn(8).getString(), p.getColumn(9).getInt() != 0};
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
  const auto speaker_of = [](const std::string& key) {
    Participant s;
    std::string rest = key;
    if (!rest.empty() && rest[0] == '@') {
      const auto bar = rest.find('|');
      s.code = rest.substr(1, bar - 1);
      rest = rest.substr(bar + 1);
    }
    const auto bar = rest.find('|');
    s.name = rest.substr(0, bar);
    if (bar != std::string::npos)
      s.title = rest.substr(bar + 1);
    return s;
  };
  SQLite::Statement items(db,
                          "SELECT kind, title, speaker, time, body FROM minutes_items WHERE "
                          "meeting_id = ? ORDER BY position");
  items.bind(1, id);
  while (items.executeStep()) {
    const std::string kind = items.getColumn(0).getString();
    const std::string title = items.getColumn(1).getString();
    const std::string speaker = items.getColumn(2).getString();
    const std::string body = items.getColumn(4).getString();
    if (kind == "agenda")
      m.agenda.push_back({items.getColumn(3).getString(), title, speaker});
    if (kind == "report")
      m.reports.push_back({title, speaker_of(speaker), body});
    if (kind == "speech")
      m.speeches.push_back({speaker_of(speaker), body});
    if (kind == "conclusion")
      m.conclusions.push_back(body);
  }
  SQLite::Statement t(db,
                      "SELECT owner, task, coalesce(deadline, ''), done_at IS NOT NULL FROM "
                      "minutes_tasks WHERE meeting_id = ? ORDER BY position");
  t.bind(1, id);
  while (t.executeStep()) {
    m.tasks.push_back({t.getColumn(0).getString(), t.getColumn(1).getString(),
                       thuky::text::Date::parse_iso(t.getColumn(2).getString()),
                       t.getColumn(3).getInt() != 0});
  }
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

std::vector<MeetingStore::TaskRow> MeetingStore::tasks(bool open_only) {
  SQLite::Statement q(store_.db(),
                      std::string("SELECT id, meeting_id, owner, task, coalesce(deadline, ''), "
                                  "coalesce(done_at, '') FROM minutes_tasks") +
                          (open_only ? " WHERE done_at IS NULL" : "") +
                          " ORDER BY deadline IS NULL, deadline, id");
  std::vector<TaskRow> out;
  while (q.executeStep()) {
    out.push_back({q.getColumn(0).getInt64(), q.getColumn(1).getString(),
                   q.getColumn(2).getString(), q.getColumn(3).getString(),
                   q.getColumn(4).getString(), q.getColumn(5).getString()});
  }
  return out;
}

void MeetingStore::mark_done(std::int64_t task_id, const std::string& when) {
  SQLite::Statement q(store_.db(), "UPDATE minutes_tasks SET done_at = ? WHERE id = ?");
  q.bind(1, when);
  q.bind(2, task_id);
  if (q.exec() == 0)
    throw thuky::UserError(fmt::format("no task {}", task_id));
}

void MeetingStore::add_guest(const std::string& meeting_id, const std::string& delegation,
                             const Participant& guest) {
  SQLite::Statement last(store_.db(),
                         "SELECT max(position) FROM minutes_participants WHERE meeting_id = ?");
  last.bind(1, meeting_id);
  if (!last.executeStep() || last.getColumn(0).isNull()) {
    throw thuky::UserError(
        fmt::format("no meeting '{}' in the store; 'thuky meeting list' shows "
                    "the meetings there",
                    meeting_id));
  }
  Participant row = guest;
  row.added_late = true;
  insert_participant(store_, meeting_id, last.getColumn(0).getInt() + 1, "member", delegation, row);
}

void MeetingStore::set_attendance(const std::string& meeting_id, const std::string& who,
                                  const std::string& status, const std::string& reason,
                                  const std::string& represented_by) {
  SQLite::Statement q(store_.db(),
                      "UPDATE minutes_participants SET attendance = ?, reason = ?, "
                      "represented_by = ? WHERE meeting_id = ? AND role <> 'group' AND (name = ? "
                      "OR person_id = (SELECT id FROM people WHERE code = ?))");
  q.bind(1, status);
  q.bind(2, reason);
  q.bind(3, represented_by);
  q.bind(4, meeting_id);
  q.bind(5, who);
  q.bind(6, who);
  if (q.exec() == 0) {
    SQLite::Statement meeting(store_.db(), "SELECT 1 FROM minutes_meetings WHERE id = ?");
    meeting.bind(1, meeting_id);
    if (!meeting.executeStep()) {
      throw thuky::UserError(
          fmt::format("no meeting '{}' in the store; 'thuky meeting list' shows the meetings there",
                      meeting_id));
    }
    throw thuky::UserError(fmt::format("'{}' is not invited to meeting '{}'", who, meeting_id));
  }
}

}  // namespace minutes
