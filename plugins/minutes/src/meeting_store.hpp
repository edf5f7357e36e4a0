#pragma once
// Meetings in the shared store: import as an upsert by id (attendance and finished tasks are
// kept across re-imports), load for rendering, search, tasks.

#include <optional>
#include <string>
#include <vector>

#include "meeting.hpp"
#include "thuky/store.hpp"

namespace minutes {

class MeetingStore {
 public:
  explicit MeetingStore(thuky::Store& store) : store_(store) {}

  // Replaces the meeting with the same id; returns true when it was new.
  bool save(const Meeting& meeting);
  // Throws UserError when there is no such meeting.
  Meeting load(const std::string& id);

  struct Summary {
    std::string id, starts_at, title;
  };
  std::vector<Summary> list();
  // Meetings whose title, reports, speeches or conclusions contain `query`, accents ignored.
  std::vector<Summary> search(const std::string& query);

  struct TaskRow {
    std::int64_t id;
    std::string meeting_id, owner, task, deadline, done_at;
  };
  std::vector<TaskRow> tasks(bool open_only);
  void mark_done(std::int64_t task_id, const std::string& when);

  // Adds an invitee after the import (kept when the file is imported again).
  void add_guest(const std::string& meeting_id, const std::string& delegation,
                 const Participant& guest);

  // Records attendance of the participant named `who` (name or directory code).
  void set_attendance(const std::string& meeting_id, const std::string& who,
                      const std::string& status, const std::string& reason,
                      const std::string& represented_by);

 private:
  thuky::Store& store_;
};

}  // namespace minutes
