#pragma once
// Audit entries that did not wait for the write lock. A read that exports a file (`people list
// --out`) must not queue behind a long import, yet its export must be logged: when another
// command holds the lock, the entry waits in a file beside the store ("thuky.db-audit/") and
// the next command that writes moves it into the log, in its own transaction.

#include <filesystem>
#include <vector>

#include "audit/host_audit_log.hpp"
#include "thuky/export.hpp"
#include "thuky/store.hpp"

namespace thuky::host {

class THUKY_API AuditOutbox {
 public:
  explicit AuditOutbox(std::filesystem::path store_file);

  const std::filesystem::path& store_file() const noexcept { return store_file_; }
  // Where waiting entries are kept; none for a store without a file.
  std::filesystem::path directory() const;

  // Keeps `entry` (its time fixed now) until a writer moves it into the log. The file is
  // complete or absent (AtomicFile), so a kill cannot leave half an entry.
  void keep(AuditEntry entry);
  // Inserts the waiting entries, oldest first, in the store's open write transaction. An
  // entry already in the log (its mover was killed after its commit, before removing the
  // file) is not inserted twice. Unreadable files are left where they are.
  std::size_t move_into(Store& store);
  // After the commit: removes the files of the entries moved.
  void forget_moved();

 private:
  std::filesystem::path store_file_;
  std::vector<std::filesystem::path> moved_;
};

// Appends `log`'s entry now if the write lock is free at once, else keeps it in the outbox:
// for commands that only read the store and must not wait for writers.
THUKY_API void write_entry_without_waiting(Store& store, HostAuditLog& log,
                                           std::string_view component);

}  // namespace thuky::host
