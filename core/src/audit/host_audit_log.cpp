#include "audit/host_audit_log.hpp"

#include <SQLiteCpp/Statement.h>
#include <fmt/format.h>
#include <pwd.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <numeric>

#include "audit/audit_outbox.hpp"
#include "thuky/sha256.hpp"
#include "thuky/text/terminal.hpp"

namespace thuky::host {
namespace {

// An entry names the rows it touched when they are this few; beyond, it counts them.
constexpr std::size_t kFewRows = 10;

std::mutex listener_mutex;
HostAuditLog* listener = nullptr;

std::string quoted_argument(std::string_view arg) {
  const std::string text = text::escape_controls(arg);
  if (!text.empty() && text.find_first_of(" '\"") == std::string::npos)
    return text;
  std::string out = "'";
  for (char c : text)
    out += c == '\'' ? std::string("'\\''") : std::string(1, c);
  return out + "'";
}

}  // namespace

HostAuditLog::HostAuditLog() {
  std::lock_guard lock(listener_mutex);
  listener = this;
}

HostAuditLog::~HostAuditLog() {
  std::lock_guard lock(listener_mutex);
  if (listener == this)
    listener = nullptr;
}

void HostAuditLog::rows(std::string_view table, std::string_view action, std::int64_t count,
                        const std::vector<std::string>& ids) {
  if (count <= 0)
    return;
  std::lock_guard lock(mutex_);
  auto it = std::find_if(rows_.begin(), rows_.end(),
                         [&](const Rows& r) { return r.table == table && r.action == action; });
  if (it == rows_.end()) {
    // Grouped by table, in the order tables were first reported.
    auto after_table = std::find_if(rows_.rbegin(), rows_.rend(), [&](const Rows& r) {
                         return r.table == table;
                       }).base();
    if (after_table == rows_.begin())
      after_table = rows_.end();
    it = rows_.insert(after_table, Rows{std::string(table), std::string(action), 0, {}});
  }
  it->count += count;
  for (const auto& id : ids) {
    if (it->ids.size() > kFewRows)
      break;
    it->ids.push_back(text::escape_controls(id));
  }
}

void HostAuditLog::document(const std::filesystem::path& file) {
  std::error_code ec;
  const auto size = std::filesystem::file_size(file, ec);
  document_written(file, sha256_hex_of_file(file), ec ? 0 : size);
}

void HostAuditLog::document_written(const std::filesystem::path& file, std::string sha256,
                                    std::uint64_t bytes) {
  std::error_code ec;
  auto absolute = std::filesystem::absolute(file, ec);
  std::lock_guard lock(mutex_);
  documents_.push_back(
      {(ec ? file : absolute.lexically_normal()).string(), std::move(sha256), bytes});
}

std::string HostAuditLog::sha256_of_written(const std::filesystem::path& file) const {
  std::error_code ec;
  const auto absolute = std::filesystem::absolute(file, ec);
  const std::string path = (ec ? file : absolute.lexically_normal()).string();
  std::lock_guard lock(mutex_);
  for (auto d = documents_.rbegin(); d != documents_.rend(); ++d) {
    if (d->path == path)
      return d->sha256;
  }
  return {};
}

bool HostAuditLog::has_documents() const {
  std::lock_guard lock(mutex_);
  return !documents_.empty();
}

void HostAuditLog::discard_rows() {
  std::lock_guard lock(mutex_);
  rows_.clear();
}

void HostAuditLog::discard_documents(const std::vector<std::filesystem::path>& files) {
  for (const auto& file : files) {
    std::error_code ec;
    auto absolute = std::filesystem::absolute(file, ec);
    const std::string path = (ec ? file : absolute.lexically_normal()).string();
    std::lock_guard lock(mutex_);
    std::erase_if(documents_, [&](const Document& d) { return d.path == path; });
  }
}

std::string HostAuditLog::describe(const std::vector<Rows>& groups) {
  std::string text;
  std::string table;
  for (const auto& g : groups) {
    if (g.table != table) {
      if (!text.empty())
        text += "; ";
      text += g.table + ":";
      table = g.table;
    } else {
      text += ",";
    }
    text += fmt::format(" {} {}", g.count, g.action);
    if (!g.ids.empty() && g.ids.size() == static_cast<std::size_t>(g.count) &&
        g.ids.size() <= kFewRows) {
      text += fmt::format(" ({})", fmt::join(g.ids, ", "));
    }
  }
  return text;
}

std::optional<AuditEntry> HostAuditLog::take_entry(std::string_view component,
                                                   std::int64_t unreported_changes, bool failed) {
  std::lock_guard lock(mutex_);
  if (rows_.empty() && documents_.empty() && unreported_changes <= 0)
    return std::nullopt;
  AuditEntry entry;
  entry.rows_touched = std::accumulate(rows_.begin(), rows_.end(), std::int64_t{0},
                                       [](std::int64_t n, const Rows& r) { return n + r.count; });
  entry.changes = describe(rows_);
  if (rows_.empty() && unreported_changes > 0) {
    entry.rows_touched = unreported_changes;
    entry.changes =
        fmt::format("{} {} changed", unreported_changes, unreported_changes == 1 ? "row" : "rows");
  }
  if (entry.changes.empty() && !documents_.empty()) {
    entry.changes = fmt::format("{} {} written", documents_.size(),
                                documents_.size() == 1 ? "document" : "documents");
  }
  if (failed)
    entry.changes = "the command failed; its changes were undone";
  entry.os_user = os_user_name();
  entry.component = std::string(component);
  entry.command = command_line_;
  entry.documents = std::move(documents_);
  rows_.clear();
  documents_.clear();
  return entry;
}

bool HostAuditLog::write_entry(Store& store, std::string_view component,
                               std::int64_t unreported_changes, bool failed) {
  if (!outbox_ || outbox_->store_file() != store.path())
    outbox_ = std::make_unique<AuditOutbox>(store.path());
  outbox_->move_into(store);
  const auto entry = take_entry(component, unreported_changes, failed);
  if (!entry)
    return false;
  insert_audit_entry(store, *entry);
  return true;
}

void HostAuditLog::entries_committed() {
  if (outbox_)
    outbox_->forget_moved();
}

std::int64_t insert_audit_entry(Store& store, const AuditEntry& entry) {
  SQLite::Statement row(store.db(),
                        "INSERT INTO audit_log(at, os_user, component, command, rows_touched, "
                        "changes) VALUES (coalesce(nullif(?, ''), "
                        "strftime('%Y-%m-%dT%H:%M:%SZ', 'now')), ?, ?, ?, ?, ?)");
  row.bind(1, entry.at);
  row.bind(2, entry.os_user);
  row.bind(3, entry.component);
  row.bind(4, entry.command);
  row.bind(5, entry.rows_touched);
  row.bind(6, entry.changes);
  row.exec();
  const std::int64_t id = store.db().getLastInsertRowid();
  SQLite::Statement document(store.db(),
                             "INSERT INTO audit_documents(entry_id, path, sha256, bytes) "
                             "VALUES (?, ?, ?, ?)");
  for (const auto& d : entry.documents) {
    document.bind(1, id);
    document.bind(2, d.path);
    document.bind(3, d.sha256);
    document.bind(4, static_cast<std::int64_t>(d.bytes));
    document.exec();
    document.reset();
  }
  return id;
}

std::string command_line_text(int argc, const char* const* argv) {
  std::string text;
  for (int i = 0; i < argc; ++i) {
    if (i > 0)
      text += ' ';
    text += i == 0 ? quoted_argument(std::filesystem::path(argv[0]).filename().string())
                   : quoted_argument(argv[i]);
  }
  return text;
}

void note_document_written(const std::filesystem::path& file, std::string_view bytes) {
  {
    std::lock_guard lock(listener_mutex);
    if (!listener)
      return;
  }
  const std::string digest = sha256_hex(bytes);  // outside the lock: renders run in parallel
  std::lock_guard lock(listener_mutex);
  if (listener)
    listener->document_written(file, digest, bytes.size());
}

std::string os_user_name() {
  const uid_t uid = ::geteuid();
  std::vector<char> buffer(16384);
  passwd entry{};
  passwd* found = nullptr;
  if (::getpwuid_r(uid, &entry, buffer.data(), buffer.size(), &found) == 0 && found)
    return found->pw_name;
  return fmt::format("uid {}", uid);
}

}  // namespace thuky::host
