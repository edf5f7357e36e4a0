#pragma once
// Tables that form a tree by `parent_id` and are imported from lists in any row order (areas,
// organisations): rows are stored first, then each is linked to its parent by code, and a loop
// (A under B under A) is refused. One implementation for every such table.

#include <SQLiteCpp/Database.h>

#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

namespace thuky::host {

struct ParentLink {
  std::int64_t id;          // the row stored
  std::string parent_code;  // "" at the top
  int row;                  // its row in the file, for the error
};

struct TreeTable {
  const char* table;  // "areas"
  const char* what;   // "area", in messages
  int parent_column;  // 1-based column of "Mã cấp trên" in the file
};

// Sets every row's parent_id from its parent's code (in this file or already stored). Throws
// UserError naming the file, row and column of an unknown parent, or the loop; the caller's
// transaction then leaves the store as it was.
void link_parents(SQLite::Database& db, const TreeTable& tree, const std::vector<ParentLink>& links,
                  const std::filesystem::path& file);

}  // namespace thuky::host
