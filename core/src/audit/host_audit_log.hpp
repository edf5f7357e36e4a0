#pragma once
// The host's side of the audit log: collects what one command touched and printed, and
// appends it to `audit_log` / `audit_documents` inside the command's transaction.

#include <cstdint>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

#include "thuky/audit.hpp"
#include "thuky/export.hpp"
#include "thuky/store.hpp"

namespace thuky::host {

class AuditOutbox;

// One entry of the log, as inserted into `audit_log` and `audit_documents`.
struct AuditEntry {
  struct Document {
    std::string path, sha256;
    std::uint64_t bytes = 0;
  };
  std::string at;  // UTC, "2026-09-15T08:30:00Z"; empty: now, as the store inserts it
  std::string os_user, component, command;
  std::int64_t rows_touched = 0;
  std::string changes;
  std::vector<Document> documents;
};

// Inserts `entry` in the store's open write transaction; returns its id.
THUKY_API std::int64_t insert_audit_entry(Store& store, const AuditEntry& entry);

class THUKY_API HostAuditLog final : public AuditLog {
 public:
  // While it exists, this log records every document the engine saves (the last one made
  // listens: one per run of thuky).
  HostAuditLog();
  ~HostAuditLog();
  HostAuditLog(const HostAuditLog&) = delete;
  HostAuditLog& operator=(const HostAuditLog&) = delete;

  using AuditLog::rows;
  void rows(std::string_view table, std::string_view action, std::int64_t count,
            const std::vector<std::string>& ids) override;
  void document(const std::filesystem::path& file) override;
  std::string sha256_of_written(const std::filesystem::path& file) const override;
  void document_written(const std::filesystem::path& file, std::string sha256, std::uint64_t bytes);

  // The command line as the log shows it (see command_line_text).
  void set_command_line(std::string text) { command_line_ = std::move(text); }
  bool has_documents() const;

  // Appends the entry for what was recorded since the last entry, in the store's open write
  // transaction, and starts afresh. When the command reported no rows, `unreported_changes`
  // (rows SQLite saw change) stands for them; `failed` marks a command that wrote documents
  // and then failed (its rows were rolled back). Writes nothing and returns false when there
  // is nothing to say.
  // Entries that waited in the store's outbox (see audit_outbox.hpp) go in first.
  bool write_entry(Store& store, std::string_view component, std::int64_t unreported_changes = 0,
                   bool failed = false);
  // What write_entry would insert, taken out of this log (nullopt when nothing to say).
  std::optional<AuditEntry> take_entry(std::string_view component,
                                       std::int64_t unreported_changes = 0, bool failed = false);
  // After the commit of a transaction that write_entry wrote into: the outbox entries it
  // moved into the log are removed from the outbox.
  void entries_committed();
  // Forgets the rows recorded (their transaction was rolled back); documents stay.
  void discard_rows();
  // Forgets the documents recorded under these final names (they were never placed).
  void discard_documents(const std::vector<std::filesystem::path>& files);

 private:
  struct Rows {
    std::string table, action;
    std::int64_t count = 0;
    std::vector<std::string> ids;
  };
  using Document = AuditEntry::Document;

  // "people: 3 added (an, binh, chi), 1 updated; minutes_tasks: 1 updated (7)"
  static std::string describe(const std::vector<Rows>& groups);

  mutable std::mutex mutex_;  // renders save documents from several threads
  std::string command_line_;
  std::vector<Rows> rows_;
  std::vector<Document> documents_;
  std::unique_ptr<AuditOutbox> outbox_;  // of the store last written to
};

// `argv` as one line for the log: arguments with spaces or quotes quoted, control characters
// escaped, the program by its file name.
THUKY_API std::string command_line_text(int argc, const char* const* argv);

// The document engine calls this for each file it saved; the listening audit log, if any,
// records its path and SHA-256.
THUKY_API void note_document_written(const std::filesystem::path& file, std::string_view bytes);

// The user running thuky, from the password database (not $USER, which anyone can set).
THUKY_API std::string os_user_name();

}  // namespace thuky::host
