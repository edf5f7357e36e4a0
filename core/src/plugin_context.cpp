#include "plugin_context.hpp"

#include <fmt/format.h>
#include <sqlite3.h>

#include <stdexcept>

#include "audit/audit_outbox.hpp"
#include "staged_outputs.hpp"
#include "store_failure.hpp"

namespace thuky::host {

HostPluginContext::HostPluginContext(HostSession& session, const Manifest& manifest,
                                     std::vector<ComponentMigrations> schema)
    : session_(session), manifest_(manifest), plugin_id_(manifest.id), schema_(std::move(schema)) {
  open_output_batch();  // this command's documents appear together, after their audit entry
}

PeopleDirectory& HostPluginContext::people() {
  if (!people_)
    people_ = std::make_unique<PeopleDirectory>(store(), session_.settings().text.name_order);
  return *people_;
}

Store& HostPluginContext::store() {
  Store& store = session_.store();
  if (!transaction_ && !reading_) {
    try {
      // Waits for the write lock only when a migration is pending.
      for (const auto& [component, migrations] : schema_)
        store.migrate(component, migrations);
      if (read_only_)
        reading_.emplace(store);
      else
        transaction_.emplace(store);
    } catch (const StoreBusy&) {
      store_busy_ = std::current_exception();  // whatever the plugin makes of it
      throw;
    }
    changes_before_ = sqlite3_total_changes64(store.db().getHandle());
  }
  return store;
}

void HostPluginContext::declare_read_only() {
  if (transaction_) {
    throw std::logic_error(fmt::format(
        "'{}' declared itself read-only after it had opened the store for writing", command_));
  }
  read_only_ = true;
}

AreaDirectory& HostPluginContext::areas() {
  if (!areas_)
    areas_ = std::make_unique<AreaDirectory>(store());
  return *areas_;
}

OrganisationDirectory& HostPluginContext::organisations() {
  if (!organisations_)
    organisations_ = std::make_unique<OrganisationDirectory>(store());
  return *organisations_;
}

doc::Documents& HostPluginContext::documents() {
  if (!documents_)
    documents_ = std::make_unique<doc::Documents>(session_.settings(), session_.progress());
  return *documents_;
}

void HostPluginContext::finish(bool success) {
  people_.reset();  // its prepared statements go before the transaction ends
  areas_.reset();
  organisations_.reset();
  HostAuditLog& audit = session_.audit();
  if (!success && !keep_documents_)
    audit.discard_documents(discard_staged_outputs());  // a failed command places no document
  if (transaction_) {
    Store& store = session_.store();
    if (success) {
      const std::int64_t changed =
          sqlite3_total_changes64(store.db().getHandle()) - changes_before_;
      audit.write_entry(store, plugin_id_, changed);
      transaction_->commit();
      audit.entries_committed();
    }
    transaction_.reset();  // rolls back if not committed
  }
  if (reading_) {
    if (!reading_->refused_write().empty()) {
      refused_action_ = reading_->refused_write();
      refused_write_ = fmt::format(
          "'{}' declared itself read-only (ctx.declare_read_only()), yet tried to {}; the "
          "write was refused and the store is unchanged",
          command_, reading_->refused_write());
    }
    reading_.reset();
  }
  audit.discard_rows();  // rolled back, or already written
  // Files are on disk whatever happened to the rows: what was printed is logged.
  if (read_only_ && success && audit.has_documents() && session_.has_store()) {
    // A reader's exports are logged without waiting for a writer (see audit_outbox.hpp).
    write_entry_without_waiting(session_.store(), audit, plugin_id_);
  } else if (audit.has_documents() && session_.has_store()) {
    WriteTransaction transaction(session_.store());
    audit.write_entry(session_.store(), plugin_id_, 0, !success);
    transaction.commit();
    audit.entries_committed();
  }
  place_staged_outputs();  // after the entry's commit (see staged_outputs.hpp)
}

}  // namespace thuky::host
