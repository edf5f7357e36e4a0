#pragma once
// The transaction of a command that declared itself a reader (`ctx.declare_read_only()`): one
// consistent WAL snapshot, taken at once, without the write lock, so a list never waits behind
// a long import in another process. SQLite's authorizer refuses every statement that would
// change the store (writes to the connection's "temp" schema stay allowed) and remembers the
// first one, so that the host can report the attempt as the bug it is.

#include <string>

#include "thuky/export.hpp"
#include "thuky/store.hpp"

namespace thuky::host {

class THUKY_API ReadOnlyTransaction {
 public:
  explicit ReadOnlyTransaction(Store& store);
  ~ReadOnlyTransaction();  // ends the snapshot and removes the authorizer
  ReadOnlyTransaction(const ReadOnlyTransaction&) = delete;
  ReadOnlyTransaction& operator=(const ReadOnlyTransaction&) = delete;

  // The first write refused, e.g. "insert into table 'minutes_meetings'"; empty when none.
  const std::string& refused_write() const noexcept { return refused_; }

 private:
  Store& store_;
  std::string refused_;
};

}  // namespace thuky::host
