// The tasks a meeting assigns. A task's number is what a user types ('thuky meeting done 2'),
// so a re-import keeps it: the same task is found again by its owner and text, or, when the
// text was edited, by its place between the tasks found; only tasks gone from the file lose
// their numbers.
#include <SQLiteCpp/Statement.h>
#include <fmt/format.h>

#include <limits>

#include "meeting_store.hpp"

namespace minutes {
namespace {

struct StoredTask {
  std::int64_t id;
  int position;
  std::string owner, text;
  bool taken = false;
};

}  // namespace

std::vector<std::int64_t> MeetingStore::save_tasks(const Meeting& m) {
  auto& db = store_.db();
  std::vector<StoredTask> stored;
  {
    SQLite::Statement q(db,
                        "SELECT id, position, owner, task FROM minutes_tasks WHERE meeting_id = "
                        "? ORDER BY position");
    q.bind(1, m.id);
    while (q.executeStep()) {
      stored.push_back({q.getColumn(0).getInt64(), q.getColumn(1).getInt(),
                        q.getColumn(2).getString(), q.getColumn(3).getString()});
    }
  }
  std::vector<std::optional<std::int64_t>> ids(m.tasks.size());
  const auto take = [&](std::size_t i, auto&& same) {
    for (auto& s : stored) {
      if (!s.taken && same(s)) {
        s.taken = true;
        ids[i] = s.id;
        return;
      }
    }
  };
  for (std::size_t i = 0; i < m.tasks.size(); ++i)
    take(i, [&](const StoredTask& st) {
      return st.owner == m.tasks[i].owner && st.text == m.tasks[i].text;
    });
  // An edited task sits between the same neighbours as before: an unmatched task takes the
  // first unmatched stored task between the stored places of its matched neighbours.
  const auto position_of = [&](std::int64_t id) {
    for (const auto& st : stored) {
      if (st.id == id)
        return st.position;
    }
    return 0;
  };
  for (std::size_t i = 0; i < m.tasks.size(); ++i) {
    if (ids[i])
      continue;
    int after = 0, before = std::numeric_limits<int>::max();
    for (std::size_t j = i; j-- > 0;) {
      if (ids[j]) {
        after = position_of(*ids[j]);
        break;
      }
    }
    for (std::size_t j = i + 1; j < m.tasks.size(); ++j) {
      if (ids[j]) {
        before = position_of(*ids[j]);
        break;
      }
    }
    take(i, [&](const StoredTask& st) { return st.position > after && st.position < before; });
  }

  SQLite::Statement update(db,
                           "UPDATE minutes_tasks SET position = ?, owner = ?, task = ?, deadline "
                           "= ? WHERE id = ?");
  SQLite::Statement insert(db,
                           "INSERT INTO minutes_tasks(position, owner, task, deadline, "
                           "meeting_id) VALUES (?, ?, ?, ?, ?)");
  for (std::size_t i = 0; i < m.tasks.size(); ++i) {
    const Task& t = m.tasks[i];
    SQLite::Statement& q = ids[i] ? update : insert;
    q.reset();
    q.bind(1, static_cast<int>(i) + 1);
    q.bind(2, t.owner);
    q.bind(3, t.text);
    if (t.deadline) {
      q.bind(4, t.deadline->iso());
    } else {
      q.bind(4);
    }
    if (ids[i]) {
      q.bind(5, *ids[i]);
    } else {
      q.bind(5, m.id);
    }
    q.exec();
  }
  std::vector<std::int64_t> removed;
  SQLite::Statement remove(db, "DELETE FROM minutes_tasks WHERE id = ?");
  for (const auto& s : stored) {
    if (s.taken)
      continue;
    remove.reset();
    remove.bind(1, s.id);
    remove.exec();
    removed.push_back(s.id);
  }
  return removed;
}

std::vector<Task> MeetingStore::load_tasks(const std::string& meeting_id) {
  SQLite::Statement t(store_.db(),
                      "SELECT owner, task, coalesce(deadline, ''), done_at IS NOT NULL FROM "
                      "minutes_tasks WHERE meeting_id = ? ORDER BY position");
  t.bind(1, meeting_id);
  std::vector<Task> tasks;
  while (t.executeStep()) {
    tasks.push_back({t.getColumn(0).getString(), t.getColumn(1).getString(),
                     thuky::text::Date::parse_iso(t.getColumn(2).getString()),
                     t.getColumn(3).getInt() != 0});
  }
  return tasks;
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
    throw thuky::UserError(
        fmt::format("no task {}; 'thuky meeting tasks --all' lists them", task_id));
}

}  // namespace minutes
