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
)sql"}};
}

}  // namespace contact
