#include "core_schema.hpp"

namespace thuky::host {

const std::vector<Migration>& core_migrations() {
  static const std::vector<Migration> migrations = {
      {1, "core tables: areas, organisations, people, positions", R"sql(
-- Administrative areas form a tree of any depth (province > district > commune before 2025,
-- province > commune after), so levels are data (`kind`), never columns.
CREATE TABLE areas (
  id         INTEGER PRIMARY KEY,
  parent_id  INTEGER REFERENCES areas(id) ON DELETE RESTRICT,
  kind       TEXT NOT NULL,            -- e.g. 'tỉnh', 'thị xã', 'phường', 'thôn'
  name       TEXT NOT NULL,            -- NFC, as printed: 'Kỳ Anh'
  code       TEXT UNIQUE,              -- official code when known
  valid_from TEXT,                     -- ISO dates; areas merge and split over time
  valid_to   TEXT
);
CREATE INDEX areas_parent ON areas(parent_id);

CREATE TABLE organisations (
  id         INTEGER PRIMARY KEY,
  parent_id  INTEGER REFERENCES organisations(id) ON DELETE RESTRICT,
  area_id    INTEGER REFERENCES areas(id) ON DELETE RESTRICT,
  name       TEXT NOT NULL,            -- 'Ủy ban MTTQ Việt Nam thị xã Kỳ Anh'
  short_name TEXT                      -- 'MTTQ thị xã Kỳ Anh'
);
CREATE INDEX organisations_parent ON organisations(parent_id);

CREATE TABLE people (
  id          INTEGER PRIMARY KEY,
  full_name   TEXT NOT NULL,           -- NFC, exactly as entered
  family_name TEXT NOT NULL,           -- họ
  middle_name TEXT NOT NULL DEFAULT '',-- đệm (may be empty or several words)
  given_name  TEXT NOT NULL,           -- tên
  gender      TEXT CHECK (gender IN ('nam', 'nữ') OR gender IS NULL),
  birth_date  TEXT,                    -- ISO yyyy-mm-dd
  ethnicity   TEXT,
  phone       TEXT,
  email       TEXT,
  match_key   TEXT NOT NULL,           -- folds tone placement and normalisation, for dedup
  search_key  TEXT NOT NULL,           -- folds case and diacritics, for search
  created_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
);
CREATE INDEX people_match ON people(match_key);
CREATE INDEX people_search ON people(search_key);

-- A person's title in an organisation: 'Chủ tịch' of 'Ủy ban MTTQ tỉnh Hà Tĩnh'.
CREATE TABLE positions (
  id              INTEGER PRIMARY KEY,
  person_id       INTEGER NOT NULL REFERENCES people(id) ON DELETE CASCADE,
  organisation_id INTEGER REFERENCES organisations(id) ON DELETE RESTRICT,
  title           TEXT NOT NULL,
  since           TEXT,
  until           TEXT
);
CREATE INDEX positions_person ON positions(person_id);
)sql"},
      {2, "people: code, current title and unit", R"sql(
-- A stable key that input files use to refer to a person ('ha-van-hung' unless given).
ALTER TABLE people ADD COLUMN code TEXT;
CREATE UNIQUE INDEX people_code ON people(code);
-- The title and unit a person holds now, as imported ("Chức vụ", "Đơn vị"); `positions`
-- keeps dated history when a plugin needs it.
ALTER TABLE people ADD COLUMN title TEXT;
ALTER TABLE people ADD COLUMN unit TEXT;
)sql"},
      {3, "people: identity lookups by name and birth date or unit; stored list order", R"sql(
-- Identity checks ask for "the same name and birth date" and "the same name and unit": one
-- index seek each, however common the name (a list of a million has thousands of Nguyễn Văn
-- Anh). Nothing queries search_key by index (a people search will use FTS5, as meetings do),
-- and an unused index costs every insert.
DROP INDEX people_match;
DROP INDEX people_search;
CREATE INDEX people_match_birth ON people(match_key, birth_date);
CREATE INDEX people_match_unit ON people(match_key, unit);
-- The official list order as a byte key (text::NameOrder::sort_key), so that lists are
-- ORDER BY sort_key and stream. Keys follow one order; store_settings says which.
ALTER TABLE people ADD COLUMN sort_key BLOB;
CREATE INDEX people_order ON people(sort_key);
CREATE TABLE store_settings (key TEXT PRIMARY KEY, value TEXT NOT NULL);
)sql"},
      {4, "areas: found by name within their parent", R"sql(
-- "Kỳ Tân" under Hà Tĩnh, written with either tone placement: one index seek.
ALTER TABLE areas ADD COLUMN match_key TEXT NOT NULL DEFAULT '';
CREATE INDEX areas_by_name ON areas(parent_id, match_key);
)sql"},
      {5, "document register", R"sql(
-- The register of outgoing documents (sổ đăng ký văn bản đi): one row per number given, per
-- issuing body, type symbol and year. `reference` names the document a plugin numbered, so
-- that rendering it again finds the same number; '' for numbers taken by hand.
CREATE TABLE document_register (
  issuer    TEXT NOT NULL,
  type      TEXT NOT NULL,
  year      INTEGER NOT NULL,
  number    INTEGER NOT NULL,
  issued_on TEXT NOT NULL,          -- ISO date
  reference TEXT NOT NULL DEFAULT '',
  PRIMARY KEY (issuer, type, year, number)
);
CREATE INDEX document_register_reference ON document_register(reference);
)sql"},
      {6, "audit log: what each command changed and printed, append-only", R"sql(
-- One entry per command that wrote rows or documents, inserted in the command's own
-- transaction: present exactly when its changes are.
CREATE TABLE audit_log (
  id           INTEGER PRIMARY KEY,
  at           TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),  -- UTC
  os_user      TEXT NOT NULL,
  component    TEXT NOT NULL,           -- 'core' or the plugin's id
  command      TEXT NOT NULL,           -- the command line, control characters escaped
  rows_touched INTEGER NOT NULL,
  changes      TEXT NOT NULL            -- 'people: 3 added (an, binh, chi), 1 updated'
);
CREATE INDEX audit_log_at ON audit_log(at);
-- Every file a command wrote (PDFs, lists): where, and its SHA-256 as sha256sum prints it.
CREATE TABLE audit_documents (
  entry_id INTEGER NOT NULL REFERENCES audit_log(id),
  path     TEXT NOT NULL,
  sha256   TEXT NOT NULL,
  bytes    INTEGER NOT NULL
);
CREATE INDEX audit_documents_entry ON audit_documents(entry_id);
-- Append-only: thuky never changes the past. (Whoever can write the file can still drop the
-- tables; the log guards against mistakes and tools, not against the store's owner.)
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
  BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
  BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
CREATE TRIGGER audit_documents_no_update BEFORE UPDATE ON audit_documents
  BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
CREATE TRIGGER audit_documents_no_delete BEFORE DELETE ON audit_documents
  BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
)sql"},
      {7, "organisations: code, Decree 30 header, symbol, seat and signer", R"sql(
-- The bodies that issue documents, named by code in input files ("mttq-ha-tinh-btt") so that
-- the header, the symbol in numbers, the seat in the date line and the signer are kept once.
ALTER TABLE organisations ADD COLUMN code TEXT;
CREATE UNIQUE INDEX organisations_code ON organisations(code);
ALTER TABLE organisations ADD COLUMN parent_body TEXT NOT NULL DEFAULT '';   -- one line each
ALTER TABLE organisations ADD COLUMN issuing_body TEXT NOT NULL DEFAULT '';  -- one line each
ALTER TABLE organisations ADD COLUMN symbol TEXT NOT NULL DEFAULT '';        -- 'MTTQ-BTT'
ALTER TABLE organisations ADD COLUMN place TEXT NOT NULL DEFAULT '';         -- 'Hà Tĩnh'
ALTER TABLE organisations ADD COLUMN signer_authority TEXT NOT NULL DEFAULT '';
ALTER TABLE organisations ADD COLUMN signer_title TEXT NOT NULL DEFAULT '';
ALTER TABLE organisations ADD COLUMN signer_name TEXT NOT NULL DEFAULT '';
)sql"},
      {8, "accounts of `thuky serve`; a version per person", R"sql(
-- Who may use the web interface. Passwords only as Argon2id strings (libsodium's
-- crypto_pwhash_str: algorithm, parameters, salt and hash in one); sessions live in the
-- server's memory, never here.
CREATE TABLE users (
  id            INTEGER PRIMARY KEY,
  name          TEXT NOT NULL UNIQUE,
  role          TEXT NOT NULL CHECK (role IN ('admin', 'secretary', 'viewer')),
  password_hash TEXT NOT NULL,
  created_at    TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
);
-- Two people editing one person: a save names the version it started from, and one over a
-- newer version is refused with who changed it and when.
ALTER TABLE people ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE people ADD COLUMN changed_at TEXT;
ALTER TABLE people ADD COLUMN changed_by TEXT;
)sql"},
  };
  return migrations;
}

}  // namespace thuky::host
