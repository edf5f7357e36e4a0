#include "schema.hpp"

namespace contact {

std::vector<thuky::Migration> schema_migrations() {
  return {{1, "sessions", R"sql(
CREATE TABLE voter_contact_sessions (
  id         INTEGER PRIMARY KEY,
  starts_at  TEXT NOT NULL,         -- ISO date-time
  venue      TEXT NOT NULL,
  area_id    INTEGER REFERENCES areas(id)
);
)sql"},
          // The skeleton's table never held a row: replaced by the plan's tables.
          {2, "plans, localities, venues, groups, schedule", R"sql(
DROP TABLE voter_contact_sessions;
-- Communes and wards, until the core has an areas tree (localities.hpp hides which).
CREATE TABLE voter_contact_localities (
  id    TEXT PRIMARY KEY,
  name  TEXT NOT NULL
);
CREATE TABLE voter_contact_plans (
  id              TEXT PRIMARY KEY,
  title           TEXT NOT NULL,
  council_session TEXT NOT NULL,
  timing          TEXT NOT NULL CHECK (timing IN ('before', 'after')),
  session_starts  TEXT NOT NULL,   -- ISO dates
  session_ends    TEXT NOT NULL,
  window_from     TEXT NOT NULL,
  window_to       TEXT NOT NULL,
  weekends        INTEGER NOT NULL DEFAULT 0,
  holidays        TEXT NOT NULL DEFAULT '',  -- ISO dates, comma-separated
  document        TEXT NOT NULL DEFAULT ''   -- number, header, signer, recipients: TOML
);
CREATE TABLE voter_contact_slots (
  plan_id   TEXT NOT NULL REFERENCES voter_contact_plans(id) ON DELETE CASCADE,
  id        TEXT NOT NULL,
  position  INTEGER NOT NULL,
  name      TEXT NOT NULL,
  starts    TEXT NOT NULL,  -- 'HH:MM'
  ends      TEXT NOT NULL,
  cost      INTEGER NOT NULL DEFAULT 0,
  PRIMARY KEY (plan_id, id)
);
CREATE TABLE voter_contact_plan_localities (
  plan_id     TEXT NOT NULL REFERENCES voter_contact_plans(id) ON DELETE CASCADE,
  locality_id TEXT NOT NULL REFERENCES voter_contact_localities(id),
  position    INTEGER NOT NULL,
  closed      TEXT NOT NULL DEFAULT '',  -- ISO dates, comma-separated
  preferred   TEXT NOT NULL DEFAULT '',
  voters      INTEGER NOT NULL DEFAULT 0,
  chair       TEXT NOT NULL DEFAULT '',
  PRIMARY KEY (plan_id, locality_id)
);
CREATE TABLE voter_contact_venues (
  plan_id     TEXT NOT NULL REFERENCES voter_contact_plans(id) ON DELETE CASCADE,
  id          TEXT NOT NULL,
  position    INTEGER NOT NULL,
  locality_id TEXT NOT NULL REFERENCES voter_contact_localities(id),
  name        TEXT NOT NULL,
  address     TEXT NOT NULL DEFAULT '',
  capacity    INTEGER NOT NULL DEFAULT 0,
  PRIMARY KEY (plan_id, id)
);
CREATE TABLE voter_contact_groups (
  plan_id     TEXT NOT NULL REFERENCES voter_contact_plans(id) ON DELETE CASCADE,
  id          TEXT NOT NULL,
  position    INTEGER NOT NULL,
  name        TEXT NOT NULL,
  max_per_day INTEGER NOT NULL DEFAULT 2,
  PRIMARY KEY (plan_id, id)
);
CREATE TABLE voter_contact_members (
  plan_id   TEXT NOT NULL,
  group_id  TEXT NOT NULL,
  person_id INTEGER NOT NULL REFERENCES people(id),
  position  INTEGER NOT NULL,
  PRIMARY KEY (plan_id, group_id, person_id),
  FOREIGN KEY (plan_id, group_id) REFERENCES voter_contact_groups(plan_id, id) ON DELETE CASCADE
);
CREATE TABLE voter_contact_absences (
  plan_id   TEXT NOT NULL REFERENCES voter_contact_plans(id) ON DELETE CASCADE,
  person_id INTEGER NOT NULL REFERENCES people(id),
  dates     TEXT NOT NULL,  -- ISO dates, comma-separated
  PRIMARY KEY (plan_id, person_id)
);
CREATE TABLE voter_contact_travel (
  plan_id   TEXT NOT NULL REFERENCES voter_contact_plans(id) ON DELETE CASCADE,
  from_id   TEXT NOT NULL,
  to_id     TEXT NOT NULL,
  minutes   INTEGER NOT NULL,
  PRIMARY KEY (plan_id, from_id, to_id)
);
-- One session per group and locality: the stored schedule (date NULL until scheduled).
CREATE TABLE voter_contact_visits (
  plan_id     TEXT NOT NULL,
  group_id    TEXT NOT NULL,
  locality_id TEXT NOT NULL REFERENCES voter_contact_localities(id),
  position    INTEGER NOT NULL,
  date        TEXT,
  slot_id     TEXT,
  venue_id    TEXT,
  pinned      INTEGER NOT NULL DEFAULT 0,
  PRIMARY KEY (plan_id, group_id, locality_id),
  FOREIGN KEY (plan_id, group_id) REFERENCES voter_contact_groups(plan_id, id) ON DELETE CASCADE
);
)sql"},
          {3, "opinions of voters", R"sql(
-- What voters said at a session. `id` is the opinion's number: AUTOINCREMENT so a number is
-- never given twice, even after a removal.
CREATE TABLE voter_contact_opinions (
  id           INTEGER PRIMARY KEY AUTOINCREMENT,
  plan_id      TEXT NOT NULL REFERENCES voter_contact_plans(id) ON DELETE CASCADE,
  group_id     TEXT NOT NULL,
  locality_id  TEXT NOT NULL,
  match_key    TEXT NOT NULL,  -- voter and content folded: finds the row a re-import updates
  voter        TEXT NOT NULL DEFAULT '',
  address      TEXT NOT NULL DEFAULT '',
  content      TEXT NOT NULL,
  field        TEXT NOT NULL DEFAULT '',
  committee    TEXT NOT NULL DEFAULT '',
  agency       TEXT NOT NULL DEFAULT '',
  competence   TEXT NOT NULL DEFAULT '',
  urgent       INTEGER NOT NULL DEFAULT 0,
  answered     INTEGER NOT NULL DEFAULT 0,
  answered_by  TEXT NOT NULL DEFAULT '',
  UNIQUE (plan_id, group_id, locality_id, match_key)
);
-- Accent-insensitive search: the content, voter and address folded by thuky's search key.
CREATE VIRTUAL TABLE voter_contact_opinion_search USING fts5(folded);
)sql"},
          {4, "groups of alike opinions", R"sql(
-- The same request raised in several places: suggested by similarity, then confirmed or split
-- by the user. A confirmed group no longer changes when opinions are added or regrouped.
CREATE TABLE voter_contact_opinion_groups (
  id         INTEGER PRIMARY KEY AUTOINCREMENT,
  plan_id    TEXT NOT NULL REFERENCES voter_contact_plans(id) ON DELETE CASCADE,
  confirmed  INTEGER NOT NULL DEFAULT 0,
  -- The answer of the agency in charge (recording one confirms the group).
  status     TEXT NOT NULL DEFAULT '' CHECK (status IN ('', 'answered', 'in-progress')),
  answer_agency TEXT NOT NULL DEFAULT '',
  answer     TEXT NOT NULL DEFAULT '',
  answered_on TEXT  -- ISO date
);
ALTER TABLE voter_contact_opinions ADD COLUMN opinion_group INTEGER
  REFERENCES voter_contact_opinion_groups(id);
CREATE INDEX voter_contact_opinions_by_group ON voter_contact_opinions(opinion_group);
)sql"},
          {5, "localities are core areas; who keeps a session's minutes", R"sql(
-- Each locality is an area of the core tree. A plan imported from now on keys its rows by the
-- area's code; a locality stored before gets its area when exactly one area prints as its name
-- ("xã Kỳ Hoa"), and keeps its rows under its old key until the plan is imported again (then
-- they move to the area's code: Localities::adopt_older_keys). Nothing is removed.
ALTER TABLE voter_contact_localities ADD COLUMN area_id INTEGER REFERENCES areas(id);
UPDATE voter_contact_localities SET area_id = (
  SELECT CASE WHEN count(*) = 1 THEN min(a.id) END FROM areas a
  WHERE a.kind || ' ' || a.name = voter_contact_localities.name);
CREATE INDEX voter_contact_localities_by_area ON voter_contact_localities(area_id);
-- The organisation (core organisations code) whose header the session's minutes carry.
ALTER TABLE voter_contact_plan_localities ADD COLUMN organiser TEXT NOT NULL DEFAULT '';
)sql"},
          {6, "invited officials of the round and of each locality's session", R"sql(
-- Thành phần mời, one per line: for every session of the plan, and for a locality's own.
ALTER TABLE voter_contact_plans ADD COLUMN invited TEXT NOT NULL DEFAULT '';
ALTER TABLE voter_contact_plan_localities ADD COLUMN invited TEXT NOT NULL DEFAULT '';
)sql"}};
}

}  // namespace contact
