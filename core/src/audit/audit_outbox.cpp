#include "audit/audit_outbox.hpp"

#include <SQLiteCpp/Statement.h>
#include <fmt/chrono.h>
#include <fmt/format.h>
#include <sqlite3.h>
#include <toml++/toml.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <sstream>

#include "atomic_file.hpp"
#include "output_files.hpp"
#include "store_failure.hpp"
#include "thuky/error.hpp"

namespace thuky::host {
namespace {

std::string utc_now() {
  const auto now = std::chrono::floor<std::chrono::seconds>(std::chrono::system_clock::now());
  return fmt::format("{:%Y-%m-%dT%H:%M:%SZ}", now);
}

toml::table to_toml(const AuditEntry& e) {
  toml::array documents;
  for (const auto& d : e.documents) {
    documents.push_back(toml::table{
        {"path", d.path}, {"sha256", d.sha256}, {"bytes", static_cast<std::int64_t>(d.bytes)}});
  }
  return toml::table{{"at", e.at},
                     {"os_user", e.os_user},
                     {"component", e.component},
                     {"command", e.command},
                     {"rows_touched", e.rows_touched},
                     {"changes", e.changes},
                     {"documents", std::move(documents)}};
}

std::optional<AuditEntry> from_toml(const toml::table& t) {
  AuditEntry e;
  auto text = [&](const char* key, std::string& out) {
    const auto v = t[key].value<std::string>();
    if (v)
      out = *v;
    return v.has_value();
  };
  if (!text("at", e.at) || !text("os_user", e.os_user) || !text("component", e.component) ||
      !text("command", e.command) || !text("changes", e.changes))
    return std::nullopt;
  e.rows_touched = t["rows_touched"].value_or(std::int64_t{0});
  if (const toml::array* documents = t["documents"].as_array()) {
    for (const auto& node : *documents) {
      const toml::table* d = node.as_table();
      if (!d)
        return std::nullopt;
      e.documents.push_back({(*d)["path"].value_or(std::string()),
                             (*d)["sha256"].value_or(std::string()),
                             static_cast<std::uint64_t>((*d)["bytes"].value_or(std::int64_t{0}))});
    }
  }
  return e;
}

bool already_logged(Store& store, const AuditEntry& e) {
  SQLite::Statement same(store.db(),
                         "SELECT 1 FROM audit_log WHERE at = ? AND os_user = ? AND component = ? "
                         "AND command = ? AND changes = ?");
  same.bind(1, e.at);
  same.bind(2, e.os_user);
  same.bind(3, e.component);
  same.bind(4, e.command);
  same.bind(5, e.changes);
  return same.executeStep();
}

// Sets the store's busy timeout to 0 while it lives: a try for the lock that does not wait.
class NoWait {
 public:
  explicit NoWait(Store& store) : store_(store) {
    sqlite3_busy_timeout(store_.db().getHandle(), 0);
  }
  ~NoWait() { sqlite3_busy_timeout(store_.db().getHandle(), store_.busy_timeout_ms()); }
  NoWait(const NoWait&) = delete;
  NoWait& operator=(const NoWait&) = delete;

 private:
  Store& store_;
};

}  // namespace

AuditOutbox::AuditOutbox(std::filesystem::path store_file) : store_file_(std::move(store_file)) {}

std::filesystem::path AuditOutbox::directory() const {
  if (store_file_.empty() || store_file_ == ":memory:")
    return {};
  return store_file_.string() + "-audit";
}

void AuditOutbox::keep(AuditEntry entry) {
  const std::filesystem::path dir = directory();
  if (dir.empty())
    return;
  if (entry.at.empty())
    entry.at = utc_now();
  std::ostringstream text;
  text << "# An audit log entry waiting for the store's write lock; the next thuky command\n"
          "# that writes moves it into the log.\n"
       << to_toml(entry) << '\n';
  // Names sort in time order; the counter keeps two entries of one second apart.
  static int counter = 0;
  const auto file =
      dir / fmt::format("{}-{}-{}.toml", entry.at, static_cast<long>(::getpid()), ++counter);
  AtomicFile out(file);
  write_whole_file(out.temp_path(), text.str(), file);
  out.commit();
}

std::size_t AuditOutbox::move_into(Store& store) {
  const std::filesystem::path dir = directory();
  std::error_code ec;
  if (dir.empty() || !std::filesystem::is_directory(dir, ec))
    return 0;
  std::vector<std::filesystem::path> files;
  for (const auto& item : std::filesystem::directory_iterator(dir, ec)) {
    const auto name = item.path().filename().string();
    if (item.path().extension() == ".toml" && !name.starts_with("."))
      files.push_back(item.path());
  }
  std::sort(files.begin(), files.end());
  std::size_t moved = 0;
  for (const auto& file : files) {
    std::optional<AuditEntry> entry;
    try {
      entry = from_toml(toml::parse_file(file.string()));
    } catch (const toml::parse_error&) {
    }
    if (!entry)
      continue;
    if (!already_logged(store, *entry)) {
      insert_audit_entry(store, *entry);
      ++moved;
    }
    moved_.push_back(file);
  }
  return moved;
}

void AuditOutbox::forget_moved() {
  std::error_code ignored;
  for (const auto& file : moved_)
    std::filesystem::remove(file, ignored);
  if (!moved_.empty())
    std::filesystem::remove(directory(), ignored);  // only when empty
  moved_.clear();
}

void write_entry_without_waiting(Store& store, HostAuditLog& log, std::string_view component) {
  std::optional<WriteTransaction> transaction;
  {
    NoWait no_wait(store);
    try {
      transaction.emplace(store);
    } catch (const StoreBusy&) {  // left empty: the entry waits below
    }
  }
  if (!transaction) {  // another command is writing: the entry waits for the next writer
    if (auto entry = log.take_entry(component))
      AuditOutbox(store.path()).keep(std::move(*entry));
    return;
  }
  log.write_entry(store, component);
  transaction->commit();
  log.entries_committed();
}

}  // namespace thuky::host
