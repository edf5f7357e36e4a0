#pragma once
// Communes and wards by id and name. Kept in the plugin's own table for now; when the core has
// an areas tree this is the one place that changes.

#include <optional>
#include <string>

#include "thuky/store.hpp"

namespace contact {

class Localities {
 public:
  explicit Localities(thuky::Store& store) : store_(store) {}
  // Adds the locality, or renames it.
  void upsert(const std::string& id, const std::string& name);
  std::optional<std::string> name_of(const std::string& id);

 private:
  thuky::Store& store_;
};

}  // namespace contact
