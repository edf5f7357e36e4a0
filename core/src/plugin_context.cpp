#include "plugin_context.hpp"

namespace thuky::host {

HostPluginContext::HostPluginContext(HostSession& session, const Manifest& manifest,
                                     std::vector<Migration> migrations)
    : session_(session),
      manifest_(manifest),
      plugin_id_(manifest.id),
      migrations_(std::move(migrations)) {}

PeopleDirectory& HostPluginContext::people() {
  if (!people_)
    people_ = std::make_unique<PeopleDirectory>(store(), session_.settings().text.name_order);
  return *people_;
}

Store& HostPluginContext::store() {
  Store& store = session_.store();
  if (!transaction_) {
    store.migrate(plugin_id_, migrations_);
    transaction_.emplace(store);
  }
  return store;
}

void HostPluginContext::finish(bool success) {
  people_.reset();  // its prepared statements go before the transaction ends
  if (!transaction_)
    return;
  if (success)
    transaction_->commit();
  transaction_.reset();  // rolls back if not committed
}

}  // namespace thuky::host
