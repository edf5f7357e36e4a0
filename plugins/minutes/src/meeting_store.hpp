#pragma once
// Meetings in the shared store: import as an upsert by id (attendance, late guests, finished
// tasks and task numbers are kept across re-imports), load for rendering, search, tasks.
// People are read through the directory service, never by joining core tables.

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "meeting.hpp"
#include "thuky/error.hpp"
#include "thuky/message.hpp"
#include "thuky/people.hpp"
#include "thuky/store.hpp"

namespace minutes {

class MeetingStore {
 public:
  MeetingStore(thuky::Store& store, thuky::PeopleDirectory& people)
      : store_(store), people_(people) {}

  struct Saved {
    bool added = false;                       // a new meeting
    std::vector<std::int64_t> removed_tasks;  // tasks no longer in the file
  };
  // Adds the meeting, or updates the one with the same id.
  Saved save(const Meeting& meeting);
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
  bool exists(const std::string& meeting_id);
  static thuky::MessageError no_meeting(const std::string& meeting_id);
  std::optional<std::int64_t> person_id(const std::string& code);
  // A participant's identity across imports: the directory person, else the name.
  std::string key_of(const Participant& p);
  void insert_participant(const std::string& meeting_id, int position, const char* role,
                          const std::string& delegation, const Participant& p);
  // ("role\x1fdelegation", participant) in order, codes filled in from the directory.
  std::vector<std::pair<std::string, Participant>> participant_rows(const std::string& meeting_id,
                                                                    bool late_only);
  // Tasks (meeting_tasks.cpp): upsert keeping numbers; returns those no longer in the file.
  std::vector<std::int64_t> save_tasks(const Meeting& meeting);
  std::vector<Task> load_tasks(const std::string& meeting_id);

  thuky::Store& store_;
  thuky::PeopleDirectory& people_;
  std::map<std::string, std::int64_t> person_ids_;  // code → people.id, read once
};

}  // namespace minutes
