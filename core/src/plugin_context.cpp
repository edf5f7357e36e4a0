#include "plugin_context.hpp"

namespace thuky::host {

HostPluginContext::HostPluginContext(HostSession& session, std::string plugin_id,
                                     std::vector<Migration> migrations)
    : session_(session), plugin_id_(std::move(plugin_id)), migrations_(std::move(migrations)) {}

Store& HostPluginContext::store() {
  Store& store = session_.store();
  if (!transaction_) {
    store.migrate(plugin_id_, migrations_);
    transaction_.emplace(store);
  }
  return store;
}

void HostPluginContext::finish(bool success) {
  if (!transaction_)
    return;
  if (success)
    transaction_->commit();
  transaction_.reset();  // rolls back if not committed
}

}  // namespace thuky::host
