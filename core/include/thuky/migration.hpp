#pragma once
// A numbered schema change. The host applies a component's pending migrations in order, in one
// transaction, and records each in the `schema_migrations` table.

#include <string>
#include "thuky/export.hpp"

namespace thuky {

struct THUKY_API Migration {
  int version;       // 1, 2, 3 ... without gaps
  std::string name;  // short description, recorded with the version
  std::string sql;   // one or more statements
};

}  // namespace thuky
