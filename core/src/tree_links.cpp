#include "tree_links.hpp"

#include <SQLiteCpp/Statement.h>
#include <fmt/format.h>

#include "thuky/error.hpp"

namespace thuky::host {

void link_parents(SQLite::Database& db, const TreeTable& tree, const std::vector<ParentLink>& links,
                  const std::filesystem::path& file) {
  SQLite::Statement id_of(db, fmt::format("SELECT id FROM {} WHERE code = ?", tree.table));
  SQLite::Statement link(db, fmt::format("UPDATE {} SET parent_id = ? WHERE id = ?", tree.table));
  for (const auto& l : links) {
    link.reset();
    if (l.parent_code.empty()) {
      link.bind(1);
    } else {
      id_of.reset();
      id_of.bind(1, l.parent_code);
      if (!id_of.executeStep()) {
        throw UserError(InputLocation{file.string(), l.row, tree.parent_column, "Mã cấp trên"},
                        fmt::format("no {} with the code '{}' in this file or the store; nothing "
                                    "was imported",
                                    tree.what, l.parent_code));
      }
      link.bind(1, id_of.getColumn(0).getInt64());
    }
    link.bind(2, l.id);
    link.exec();
  }
  // A loop (A under B under A) would make the tree endless.
  const bool loop =
      db.execAndGet(fmt::format("WITH RECURSIVE up(id, parent_id, depth) AS (SELECT id, "
                                "parent_id, 0 FROM {0} UNION ALL SELECT up.id, t.parent_id, "
                                "depth + 1 FROM up JOIN {0} t ON t.id = up.parent_id WHERE depth "
                                "< 64) SELECT EXISTS (SELECT 1 FROM up WHERE depth = 64)",
                                tree.table))
          .getInt() != 0;
  if (loop) {
    throw UserError(
        fmt::format("{}: the column \"Mã cấp trên\" makes a loop (an {} under its "
                    "own descendant); nothing was imported",
                    file.string(), tree.what));
  }
}

}  // namespace thuky::host
