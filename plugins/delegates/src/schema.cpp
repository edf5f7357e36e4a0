#include "schema.hpp"

namespace delegates {

std::vector<thuky::Migration> schema_migrations() {
  return {{1, "elections", R"sql(
CREATE TABLE delegates_elections (
  id            TEXT PRIMARY KEY,   -- e.g. 'hdnd-ha-tinh-2026'
  body          TEXT NOT NULL,      -- e.g. 'Hội đồng nhân dân tỉnh Hà Tĩnh'
  term          TEXT NOT NULL,      -- e.g. 'khóa XIX, nhiệm kỳ 2026–2031'
  election_day  TEXT NOT NULL       -- ISO date
);
)sql"},
          // A later change is a new numbered migration, never an edit of an applied one.
          {2, "election days, units, polling areas, candidates, voters", R"sql(
CREATE TABLE delegates_days (
  id     TEXT PRIMARY KEY,            -- the election file's id: 'bau-cu-2026'
  date   TEXT NOT NULL,               -- ISO
  name   TEXT NOT NULL,
  place  TEXT NOT NULL DEFAULT '',    -- the committee's seat, for date lines
  committee TEXT NOT NULL DEFAULT ''  -- the issuing committee: 'Ủy ban bầu cử tỉnh Hà Tĩnh'
);
ALTER TABLE delegates_elections ADD COLUMN day_id TEXT REFERENCES delegates_days(id);
ALTER TABLE delegates_elections ADD COLUMN level TEXT NOT NULL DEFAULT '';   -- 'HĐND tỉnh'
ALTER TABLE delegates_elections ADD COLUMN kind TEXT NOT NULL DEFAULT 'council'
  CHECK (kind IN ('national_assembly', 'council'));
-- Order within the day; bit `position` of delegates_voters.levels.
ALTER TABLE delegates_elections ADD COLUMN position INTEGER NOT NULL DEFAULT 0;

-- Administrative areas by code, until the core areas tree serves plugins (area_names.hpp).
CREATE TABLE delegates_areas (
  code  TEXT PRIMARY KEY,
  name  TEXT NOT NULL
);
CREATE TABLE delegates_units (
  election_id  TEXT NOT NULL REFERENCES delegates_elections(id),
  number       INTEGER NOT NULL,
  seats        INTEGER NOT NULL CHECK (seats > 0),
  areas        TEXT NOT NULL DEFAULT '',   -- area codes, one a line, in the file's order
  PRIMARY KEY (election_id, number)
);
CREATE TABLE delegates_polling_areas (
  day_id    TEXT NOT NULL REFERENCES delegates_days(id),
  code      TEXT NOT NULL,
  name      TEXT NOT NULL,
  position  INTEGER NOT NULL,
  areas     TEXT NOT NULL DEFAULT '',
  PRIMARY KEY (day_id, code)
);
-- The unit a polling area belongs to, at each level it votes in.
CREATE TABLE delegates_polling_units (
  day_id        TEXT NOT NULL,
  polling_area  TEXT NOT NULL,
  election_id   TEXT NOT NULL,
  unit_number   INTEGER NOT NULL,
  PRIMARY KEY (day_id, polling_area, election_id),
  FOREIGN KEY (day_id, polling_area) REFERENCES delegates_polling_areas(day_id, code)
    ON DELETE CASCADE,
  FOREIGN KEY (election_id, unit_number) REFERENCES delegates_units(election_id, number)
);
CREATE TABLE delegates_candidates (
  id                INTEGER PRIMARY KEY,
  election_id       TEXT NOT NULL,
  unit_number       INTEGER NOT NULL,
  person_id         INTEGER NOT NULL REFERENCES people(id),
  full_name         TEXT NOT NULL,
  family_name       TEXT NOT NULL,
  middle_name       TEXT NOT NULL,
  given_name        TEXT NOT NULL,
  birth_date        TEXT NOT NULL,    -- ISO, or '1970-09' / '1970' when partial
  gender            TEXT NOT NULL CHECK (gender IN ('nam', 'nữ')),
  hometown          TEXT NOT NULL DEFAULT '',
  residence         TEXT NOT NULL DEFAULT '',
  ethnicity         TEXT NOT NULL DEFAULT '',
  religion          TEXT NOT NULL DEFAULT '',
  general_education TEXT NOT NULL DEFAULT '',
  professional      TEXT NOT NULL DEFAULT '',
  academic          TEXT NOT NULL DEFAULT '',
  political_theory  TEXT NOT NULL DEFAULT '',
  foreign_language  TEXT NOT NULL DEFAULT '',
  occupation        TEXT NOT NULL DEFAULT '',
  workplace         TEXT NOT NULL DEFAULT '',
  party_date        TEXT NOT NULL DEFAULT '',
  delegate_of       TEXT NOT NULL DEFAULT '',  -- "Đại biểu HĐND tỉnh khóa XVIII" (re-nominated)
  self_nominated    INTEGER NOT NULL DEFAULT 0,
  sort_key          BLOB NOT NULL,    -- text::NameOrder::sort_key: the official order
  UNIQUE (election_id, person_id),    -- one unit per level
  FOREIGN KEY (election_id, unit_number) REFERENCES delegates_units(election_id, number)
);
CREATE INDEX delegates_candidates_order ON delegates_candidates(election_id, unit_number, sort_key);
-- Voters are not people of the directory: a million of them stay out of `people` commands.
CREATE TABLE delegates_voters (
  id              INTEGER PRIMARY KEY,
  day_id          TEXT NOT NULL,
  polling_area    TEXT NOT NULL,
  card            INTEGER NOT NULL,   -- STT on the list = the voter-card number, never reused
  full_name       TEXT NOT NULL,
  family_name     TEXT NOT NULL,
  middle_name     TEXT NOT NULL,
  given_name      TEXT NOT NULL,
  match_key       TEXT NOT NULL,
  birth_date      TEXT NOT NULL,
  gender          TEXT NOT NULL CHECK (gender IN ('nam', 'nữ')),
  ethnicity       TEXT NOT NULL DEFAULT '',
  occupation      TEXT NOT NULL DEFAULT '',
  residence       TEXT NOT NULL DEFAULT '',
  residence_kind  TEXT NOT NULL DEFAULT 'thường trú' CHECK (residence_kind IN ('thường trú', 'tạm trú')),
  household       TEXT NOT NULL DEFAULT '',
  citizen_id      TEXT,
  levels          INTEGER NOT NULL,   -- bit i: votes in the day's election at position i
  added_late      INTEGER NOT NULL DEFAULT 0,
  removed_reason  TEXT,               -- struck off the list, with the reason; NULL when on it
  UNIQUE (day_id, polling_area, card),
  FOREIGN KEY (day_id, polling_area) REFERENCES delegates_polling_areas(day_id, code)
);
CREATE UNIQUE INDEX delegates_voters_citizen ON delegates_voters(day_id, citizen_id)
  WHERE citizen_id IS NOT NULL;
)sql"},
          {3, "tallies per polling area and level, official results", R"sql(
-- The counts of one polling team for one level (biên bản kết quả kiểm phiếu).
CREATE TABLE delegates_tallies (
  day_id        TEXT NOT NULL,
  polling_area  TEXT NOT NULL,
  election_id   TEXT NOT NULL REFERENCES delegates_elections(id),
  listed        INTEGER NOT NULL CHECK (listed >= 0),
  voted         INTEGER NOT NULL CHECK (voted >= 0),
  issued        INTEGER NOT NULL CHECK (issued >= 0),
  returned      INTEGER NOT NULL CHECK (returned >= 0),
  valid         INTEGER NOT NULL CHECK (valid >= 0),
  invalid       INTEGER NOT NULL CHECK (invalid >= 0),
  PRIMARY KEY (day_id, polling_area, election_id),
  FOREIGN KEY (day_id, polling_area) REFERENCES delegates_polling_areas(day_id, code)
);
CREATE TABLE delegates_tally_votes (
  day_id        TEXT NOT NULL,
  polling_area  TEXT NOT NULL,
  election_id   TEXT NOT NULL,
  candidate_id  INTEGER NOT NULL REFERENCES delegates_candidates(id),
  votes         INTEGER NOT NULL CHECK (votes >= 0),
  PRIMARY KEY (day_id, polling_area, candidate_id),
  FOREIGN KEY (day_id, polling_area, election_id)
    REFERENCES delegates_tallies(day_id, polling_area, election_id) ON DELETE CASCADE
);
-- Results marked official: tallies of the election cannot change until reopened.
CREATE TABLE delegates_results_locks (
  election_id  TEXT PRIMARY KEY REFERENCES delegates_elections(id),
  locked_at    TEXT NOT NULL
);
-- Every reopening, with its reason (also in the audit log).
CREATE TABLE delegates_results_reopenings (
  id           INTEGER PRIMARY KEY,
  election_id  TEXT NOT NULL,
  locked_at    TEXT NOT NULL,
  reopened_at  TEXT NOT NULL,
  reason       TEXT NOT NULL
);
)sql"},
          {4, "printed lists and their verification codes", R"sql(
-- Every list printed with a verification code in its footer, and what the code covers, so
-- `election verify CODE` can name the list and check a posted paper against the store.
CREATE TABLE delegates_printed_lists (
  code             TEXT PRIMARY KEY,              -- '7KQ2-MX4D-9TBA'
  kind             TEXT NOT NULL CHECK (kind IN ('candidates', 'voters')),
  day_id           TEXT NOT NULL,
  election_id      TEXT NOT NULL DEFAULT '',      -- candidate lists
  unit_number      INTEGER NOT NULL DEFAULT 0,    -- candidate lists
  polling_area     TEXT NOT NULL DEFAULT '',      -- voter lists
  heading          TEXT NOT NULL,                 -- SHA-256 of the heading as printed
  rows             TEXT NOT NULL,                 -- 'key<TAB>row digest' lines, in list order
  row_count        INTEGER NOT NULL,
  printed_at       TEXT NOT NULL,                 -- first printed (ISO, local time)
  last_printed_at  TEXT NOT NULL
);
)sql"},
          {5, "areas are core areas", R"sql(
-- Units and polling areas name areas of the core tree (`thuky areas import`) by code. The rows
-- stored before the tree are kept, read only for a code the tree lacks (area_names.hpp), until
-- the election file is imported again with the tree's codes. Each is linked to the area that
-- prints as its name when exactly one does ("xã Kỳ Hoa"), as voter-contact's localities are,
-- so it follows the tree's name. Nothing is copied into the tree: these codes were made up
-- ("xa-ky-hoa") and would stand beside the official ones.
ALTER TABLE delegates_areas ADD COLUMN area_id INTEGER REFERENCES areas(id);
UPDATE delegates_areas SET area_id = (
  SELECT CASE WHEN count(*) = 1 THEN min(a.id) END FROM areas a
  WHERE a.kind || ' ' || a.name = delegates_areas.name);
)sql"},
          {6, "elected delegates, published to other plugins", R"sql(
-- The winners of each unit, recorded when an election's results are locked (`election results
-- --lock`) and removed when they are reopened (elected.hpp).
CREATE TABLE delegates_elected (
  election_id   TEXT NOT NULL REFERENCES delegates_elections(id),
  unit_number   INTEGER NOT NULL,
  place         INTEGER NOT NULL,     -- 1: the most votes
  candidate_id  INTEGER NOT NULL,
  person_id     INTEGER NOT NULL REFERENCES people(id),
  votes         INTEGER NOT NULL,
  PRIMARY KEY (election_id, unit_number, place)
);
-- The contract other plugins read (README.md, "Published views"): one row per delegate elected
-- in official results. It stays as it is while the plugin's major version lasts; a change is
-- a new `_v2` beside it.
CREATE VIEW delegates_elected_v1 AS
SELECT d.person_id, d.election_id, e.day_id, e.level, e.body, e.term, e.election_day,
       d.unit_number, u.areas AS unit_areas, d.place, d.votes, l.locked_at
FROM delegates_elected d
JOIN delegates_results_locks l ON l.election_id = d.election_id
JOIN delegates_elections e ON e.id = d.election_id
JOIN delegates_units u ON u.election_id = d.election_id AND u.number = d.unit_number;
)sql"},
          // Two people entering one count in the web pages: a save carries the version it was
          // loaded at, and one over a newer version is refused (409) with who saved it and
          // when. Beside the count, since a count is stored again (deleted, inserted) on every
          // change: the trigger raises the version whatever stored it (the page, `election tally
          // set`, an import); the page then writes its account over the empty `changed_by`.
          {7, "a version per tally", R"sql(
CREATE TABLE delegates_tally_versions (
  day_id        TEXT NOT NULL,
  polling_area  TEXT NOT NULL,
  election_id   TEXT NOT NULL,
  version       INTEGER NOT NULL,
  changed_by    TEXT NOT NULL DEFAULT '',   -- the account; '' for a command
  changed_at    TEXT NOT NULL,              -- UTC, '2026-03-16T02:00:00Z'
  PRIMARY KEY (day_id, polling_area, election_id)
);
INSERT INTO delegates_tally_versions
  SELECT day_id, polling_area, election_id, 1, '', strftime('%Y-%m-%dT%H:%M:%SZ', 'now')
  FROM delegates_tallies;
CREATE TRIGGER delegates_tally_stored AFTER INSERT ON delegates_tallies BEGIN
  INSERT INTO delegates_tally_versions
    VALUES (new.day_id, new.polling_area, new.election_id, 1, '',
            strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
    ON CONFLICT (day_id, polling_area, election_id) DO UPDATE
    SET version = version + 1, changed_by = '', changed_at = excluded.changed_at;
END;
)sql"},
          {8, "polling teams", R"sql(
-- The team of a polling area, one member a line: 'role<TAB>Ông/Bà name', in the form's order
-- (polling_team.hpp); '' when the election file names nobody.
ALTER TABLE delegates_polling_areas ADD COLUMN team TEXT NOT NULL DEFAULT '';
)sql"},
          // `election check` on a million voters in under a second: the voters listed twice
          // found by walking an index in key order (listed_twice.hpp; a first list loads without
          // it and builds it at the end), and the voters per polling area counted from the
          // (day, area, card) index less the few struck off.
          {9, "indexes for the election check", R"sql(
CREATE INDEX delegates_voters_twice ON delegates_voters(day_id, match_key, birth_date,
  polling_area, card) WHERE removed_reason IS NULL AND length(birth_date) = 10;
CREATE INDEX delegates_voters_removed ON delegates_voters(day_id, polling_area)
  WHERE removed_reason IS NOT NULL;
)sql"}};
}

}  // namespace delegates
