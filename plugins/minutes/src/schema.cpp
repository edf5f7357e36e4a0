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
)sql"},
          // Real columns for what version 2 kept as text to parse again: the organiser block
          // (TOML in `details`) and speakers ("@code|name|title" in `speaker`).
          {3, "organiser and speakers as columns", R"sql(
ALTER TABLE minutes_meetings ADD COLUMN organiser_name TEXT;  -- NULL: still in `details`
ALTER TABLE minutes_meetings ADD COLUMN parent_body TEXT NOT NULL DEFAULT '';   -- one a line
ALTER TABLE minutes_meetings ADD COLUMN issuing_body TEXT NOT NULL DEFAULT '';  -- one a line
ALTER TABLE minutes_meetings ADD COLUMN symbol TEXT NOT NULL DEFAULT '';
ALTER TABLE minutes_meetings ADD COLUMN signer_authority TEXT NOT NULL DEFAULT '';
ALTER TABLE minutes_meetings ADD COLUMN signer_title TEXT NOT NULL DEFAULT '';
ALTER TABLE minutes_meetings ADD COLUMN signer_name TEXT NOT NULL DEFAULT '';
ALTER TABLE minutes_meetings ADD COLUMN issued TEXT;  -- ISO date
ALTER TABLE minutes_meetings ADD COLUMN invitation_note TEXT NOT NULL DEFAULT '';
ALTER TABLE minutes_meetings ADD COLUMN invitation_note_for TEXT NOT NULL DEFAULT '';  -- lines
ALTER TABLE minutes_meetings ADD COLUMN number_minutes TEXT NOT NULL DEFAULT '';
ALTER TABLE minutes_meetings ADD COLUMN number_invitation TEXT NOT NULL DEFAULT '';
ALTER TABLE minutes_meetings ADD COLUMN number_agenda TEXT NOT NULL DEFAULT '';
ALTER TABLE minutes_meetings ADD COLUMN number_conclusion TEXT NOT NULL DEFAULT '';
ALTER TABLE minutes_items ADD COLUMN speaker_name TEXT NOT NULL DEFAULT '';
ALTER TABLE minutes_items ADD COLUMN speaker_title TEXT NOT NULL DEFAULT '';
-- Speakers from the directory: their person id (the one read of a core table, done once here).
UPDATE minutes_items
   SET speaker_person_id = (SELECT id FROM people WHERE code = substr(speaker, 2, instr(speaker, '|') - 2)),
       speaker = substr(speaker, instr(speaker, '|') + 1)
 WHERE kind IN ('report', 'speech') AND speaker LIKE '@%|%';
UPDATE minutes_items
   SET speaker_name = CASE WHEN instr(speaker, '|') > 0 THEN substr(speaker, 1, instr(speaker, '|') - 1) ELSE speaker END,
       speaker_title = CASE WHEN instr(speaker, '|') > 0 THEN substr(speaker, instr(speaker, '|') + 1) ELSE '' END,
       speaker = ''
 WHERE kind IN ('report', 'speech');
UPDATE minutes_items SET speaker_name = speaker, speaker = '' WHERE kind = 'agenda';
-- A task keeps its number across re-imports: it is found again by meeting and position.
CREATE INDEX minutes_tasks_meeting ON minutes_tasks(meeting_id, position);
)sql"},
          // The organiser may be named by code (ctx.organisations()): its seat comes with it.
          {4, "the organiser's seat for the date line", R"sql(
ALTER TABLE minutes_meetings ADD COLUMN organiser_place TEXT NOT NULL DEFAULT '';
)sql"},
          // Two people editing one record in the web pages: a save over a newer version is
          // refused with who changed it and when (web_records.hpp).
          {5, "a version per meeting and per attendance record", R"sql(
ALTER TABLE minutes_meetings ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE minutes_meetings ADD COLUMN changed_by TEXT NOT NULL DEFAULT '';
ALTER TABLE minutes_meetings ADD COLUMN changed_at TEXT NOT NULL DEFAULT '';
ALTER TABLE minutes_participants ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE minutes_participants ADD COLUMN changed_by TEXT NOT NULL DEFAULT '';
ALTER TABLE minutes_participants ADD COLUMN changed_at TEXT NOT NULL DEFAULT '';
)sql"}};
}

}  // namespace minutes
