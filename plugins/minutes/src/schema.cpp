#include "schema.hpp"

namespace minutes {

std::vector<thuky::Migration> schema_migrations() {
  return {{1, "meetings, participants, items, tasks, search", R"sql(
CREATE TABLE minutes_meetings (
  id           TEXT PRIMARY KEY,       -- the meeting file's id
  kind         TEXT NOT NULL,
  title        TEXT NOT NULL,
  number       TEXT NOT NULL,          -- document number, '05'
  place        TEXT NOT NULL,
  place_name   TEXT NOT NULL,          -- for the date line
  starts_at    TEXT NOT NULL,          -- ISO 'yyyy-mm-ddThh:mm'
  ends_at      TEXT NOT NULL,
  details      TEXT NOT NULL DEFAULT '',  -- organiser, signer, numbers, issue date: TOML
  recipients   TEXT NOT NULL DEFAULT ''     -- "Nơi nhận" lines, one a line
);
-- Everyone who takes part, in the order of the file: the chair, the secretary, then each
-- delegation's members and groups.
CREATE TABLE minutes_participants (
  meeting_id     TEXT NOT NULL REFERENCES minutes_meetings(id) ON DELETE CASCADE,
  position       INTEGER NOT NULL,
  role           TEXT NOT NULL CHECK (role IN ('chair', 'secretary', 'member', 'group')),
  delegation     TEXT NOT NULL DEFAULT '',
  person_id      INTEGER REFERENCES people(id),
  name           TEXT NOT NULL,
  title          TEXT NOT NULL DEFAULT '',
  unit           TEXT NOT NULL DEFAULT '',
  attendance     TEXT NOT NULL DEFAULT '' CHECK (attendance IN ('', 'present', 'absent', 'represented')),
  reason         TEXT NOT NULL DEFAULT '',
  represented_by TEXT NOT NULL DEFAULT '',
  PRIMARY KEY (meeting_id, position)
);
CREATE TABLE minutes_items (
  meeting_id TEXT NOT NULL REFERENCES minutes_meetings(id) ON DELETE CASCADE,
  position   INTEGER NOT NULL,
  kind       TEXT NOT NULL CHECK (kind IN ('agenda', 'report', 'speech', 'conclusion')),
  title      TEXT NOT NULL DEFAULT '',
  speaker    TEXT NOT NULL DEFAULT '',  -- as printed: name, title
  speaker_person_id INTEGER REFERENCES people(id),
  time       TEXT NOT NULL DEFAULT '',
  body       TEXT NOT NULL DEFAULT '',
  PRIMARY KEY (meeting_id, position)
);
CREATE TABLE minutes_tasks (
  id         INTEGER PRIMARY KEY,
  meeting_id TEXT NOT NULL REFERENCES minutes_meetings(id) ON DELETE CASCADE,
  position   INTEGER NOT NULL,
  owner      TEXT NOT NULL,
  task       TEXT NOT NULL,
  deadline   TEXT,
  done_at    TEXT
);
-- Accent-insensitive search: the text folded by thuky's search key ("giai phong mat bang").
CREATE VIRTUAL TABLE minutes_search USING fts5(meeting_id UNINDEXED, folded);
)sql"},
          // A later change is a new numbered migration, never an edit of an applied one.
          {2, "late additions to the invitees", R"sql(
ALTER TABLE minutes_participants ADD COLUMN added_late INTEGER NOT NULL DEFAULT 0;
)sql"}};
}

}  // namespace minutes
