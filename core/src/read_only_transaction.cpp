#include "read_only_transaction.hpp"

#include <sqlite3.h>

#include <cstring>

namespace thuky::host {
namespace {

// What the action would change, or nullptr for an action that only reads.
const char* write_action(int action) {
  switch (action) {
    case SQLITE_INSERT:
      return "insert into";
    case SQLITE_UPDATE:
      return "update";
    case SQLITE_DELETE:
      return "delete from";
    case SQLITE_CREATE_TABLE:
    case SQLITE_CREATE_INDEX:
    case SQLITE_CREATE_TRIGGER:
    case SQLITE_CREATE_VIEW:
    case SQLITE_CREATE_VTABLE:
      return "create";
    case SQLITE_DROP_TABLE:
    case SQLITE_DROP_INDEX:
    case SQLITE_DROP_TRIGGER:
    case SQLITE_DROP_VIEW:
    case SQLITE_DROP_VTABLE:
      return "drop";
    case SQLITE_ALTER_TABLE:
      return "alter";
    case SQLITE_REINDEX:
      return "reindex";
    case SQLITE_ANALYZE:
      return "analyze";
    case SQLITE_ATTACH:
      return "attach";
    default:
      return nullptr;
  }
}

// The schema an action names: its third argument for ALTER TABLE, its fourth otherwise.
const char* schema_of(int action, const char* arg1, const char* schema) {
  return action == SQLITE_ALTER_TABLE ? arg1 : schema;
}

int refuse_writes(void* data, int action, const char* arg1, const char* arg2, const char* schema,
                  const char*) {
  const char* what = write_action(action);
  if (!what)
    return SQLITE_OK;
  const char* db = schema_of(action, arg1, schema);
  if (db && std::strcmp(db, "temp") == 0)
    return SQLITE_OK;  // the connection's own scratch tables
  // SQLite's own statements on the schema table (an FTS5 table declaring its columns when a
  // search connects to it): a plugin changes the schema only through CREATE, DROP or ALTER,
  // refused above, and `PRAGMA query_only` stops any write that would get through.
  if ((action == SQLITE_UPDATE || action == SQLITE_INSERT) && arg1 &&
      (std::strcmp(arg1, "sqlite_master") == 0 || std::strcmp(arg1, "sqlite_schema") == 0))
    return SQLITE_OK;
  auto& refused = *static_cast<std::string*>(data);
  if (refused.empty()) {
    const char* object = action == SQLITE_ALTER_TABLE ? arg2 : arg1;
    refused = std::string(what) + (object ? std::string(" '") + object + "'" : std::string());
  }
  return SQLITE_DENY;
}

}  // namespace

ReadOnlyTransaction::ReadOnlyTransaction(Store& store) : store_(store) {
  sqlite3* db = store_.db().getHandle();
  store_.db().exec("BEGIN DEFERRED");
  // A deferred transaction takes its snapshot at its first read: take it now, so that every
  // later read of the command sees the store as it was here.
  store_.db().execAndGet("SELECT count(*) FROM sqlite_schema");
  sqlite3_set_authorizer(db, refuse_writes, &refused_);
  store_.db().exec("PRAGMA query_only = ON");
}

ReadOnlyTransaction::~ReadOnlyTransaction() {
  sqlite3* db = store_.db().getHandle();
  sqlite3_exec(db, "PRAGMA query_only = OFF", nullptr, nullptr, nullptr);
  sqlite3_set_authorizer(db, nullptr, nullptr);
  if (sqlite3_get_autocommit(db) == 0)
    sqlite3_exec(db, "ROLLBACK", nullptr, nullptr, nullptr);  // nothing to undo: it read
}

}  // namespace thuky::host
