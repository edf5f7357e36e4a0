#pragma once
// The versions of the records the web pages edit (a meeting, one invitee's attendance): a save
// carries the version its form was loaded at, and one over a newer version is refused with
// who changed the record and when, never overwriting silently.

#include <cstdint>
#include <map>
#include <stdexcept>
#include <string>
#include <vector>

#include "thuky/store.hpp"

namespace minutes {

struct Stamp {
  std::int64_t version = 1;
  std::string changed_by;  // the account, empty before any web change
  std::string changed_at;  // UTC, "2026-11-30T01:52:00Z"
};

// The record was saved by someone else since the form was loaded.
class VersionConflict : public std::runtime_error {
 public:
  explicit VersionConflict(Stamp current)
      : std::runtime_error("changed meanwhile"), current_(std::move(current)) {}
  const Stamp& current() const noexcept { return current_; }

 private:
  Stamp current_;
};

// One invitee of a meeting as the attendance page shows it.
struct Attendee {
  int position = 0;  // its row in the meeting: the record's identity
  std::string role, delegation, code, name, title, unit;
  std::string attendance, reason, represented_by;
  Stamp stamp;
};

class WebRecords {
 public:
  explicit WebRecords(thuky::Store& store) : store_(store) {}

  // Throws UserError when there is no such meeting.
  Stamp meeting_stamp(const std::string& meeting_id);
  // Raises the meeting's version when it is still `expected`; else throws VersionConflict.
  void bump_meeting(const std::string& meeting_id, std::int64_t expected, const std::string& author,
                    const std::string& at);

  // Everyone invited except groups, in the meeting's order; codes are left to the caller.
  std::vector<Attendee> attendees(const std::string& meeting_id);
  // Records one invitee's attendance at `position` when its version is still `expected`.
  Attendee set_attendance(const std::string& meeting_id, int position, const Attendee& change,
                          std::int64_t expected, const std::string& author, const std::string& at);

  // A meeting's save writes its invitees again: their stamps are kept by person or name.
  std::map<std::string, Stamp> participant_stamps(const std::string& meeting_id);
  void restore_participant_stamps(const std::string& meeting_id,
                                  const std::map<std::string, Stamp>& stamps);

 private:
  thuky::Store& store_;
};

}  // namespace minutes
