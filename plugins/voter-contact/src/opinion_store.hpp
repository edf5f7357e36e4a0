#pragma once
// Opinions in the store. An opinion is saved by its number when it has one, else by its session
// and what it says (voter and content, accent-folded): importing a corrected file again
// updates the same rows, so numbers printed in minutes and reports stay true.

#include <optional>
#include <string>
#include <vector>

#include "opinion.hpp"
#include "thuky/store.hpp"

namespace contact {

class OpinionStore {
 public:
  explicit OpinionStore(thuky::Store& store) : store_(store) {}

  struct Saved {
    std::int64_t number = 0;
    bool added = false;
  };
  // Inserts or updates; throws UserError when `o.number` is set but no such opinion is in the
  // plan, or when the change would make it the same as another opinion of its session.
  Saved save(const Opinion& o);

  // The opinions of a plan by number; `locality` (an id) narrows to one locality.
  std::vector<Opinion> list(const std::string& plan, const std::string& locality = {});
  std::optional<Opinion> find(const std::string& plan, std::int64_t number);
  // The opinions whose content, voter or address has every word of `text`, without regard to
  // accents or case (the last word may be the start of one). Any text is safe: it is never
  // read as FTS5 syntax.
  std::vector<Opinion> search(const std::string& plan, const std::string& text);

 private:
  thuky::Store& store_;
};

}  // namespace contact
