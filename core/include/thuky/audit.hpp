#pragma once
// The store's audit log: what each command changed and printed, appended in the command's own
// transaction (a write that is rolled back leaves no entry; one that is committed always has
// its entry). The host opens the entry for every command and records the command line, the
// time, the OS user and every PDF the document engine saves (path and SHA-256); a plugin adds
// what only it knows, the rows it touched:
//
//   ctx.audit().rows("minutes_meetings", "added", 1, {meeting.id});
//
// A plugin command that changes rows without saying which gets an entry with the number of
// rows SQLite saw change.

#include <cstdint>
#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include "thuky/export.hpp"

namespace thuky {

class THUKY_API AuditLog {
 public:
  // `count` rows of `table` were `action` ("added", "updated", "removed" ...) by this command.
  // `ids` (codes or keys) name them; the entry keeps them when it names few rows.
  virtual void rows(std::string_view table, std::string_view action, std::int64_t count,
                    const std::vector<std::string>& ids) = 0;
  void rows(std::string_view table, std::string_view action, std::int64_t count) {
    rows(table, action, count, {});
  }
  // One row, by its id.
  void row(std::string_view table, std::string_view action, std::string id) {
    rows(table, action, 1, {std::move(id)});
  }
  // A file this command wrote other than through the document engine (which records every
  // PDF it saves): its path and SHA-256 go into the entry.
  virtual void document(const std::filesystem::path& file) = 0;

  // --- SDK 2.2 ---------------------------------------------------------------------------
  // The SHA-256 (as sha256sum prints it) of a document this command wrote, or "" when it
  // wrote none at `file`. A PDF saved by a command reaches its final name only once the
  // command has succeeded (all or nothing), so a plugin that lists checksums of what it just
  // rendered asks here instead of reading the file.
  virtual std::string sha256_of_written(const std::filesystem::path& file) const = 0;

 protected:
  ~AuditLog() = default;
};

}  // namespace thuky
