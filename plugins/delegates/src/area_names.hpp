#pragma once
// Names of administrative areas by code, as documents print them ("xã Kỳ Hoa"): a thin lookup
// on the core areas tree (`thuky::AreaDirectory`). Stores from before the tree keep their
// `delegates_areas` rows (migration 5), read only for a code the tree lacks until the election
// file is imported again with the tree's codes.

#include <string>

#include "thuky/store.hpp"

namespace delegates {

class AreaNames {
 public:
  explicit AreaNames(thuky::Store& store) : store_(store) {}
  // The area's kind and name from the tree; else the name stored before the tree (its linked
  // area's when migration 5 found one); else the code itself.
  std::string name(const std::string& code) const;
  // The top-level area above it ("tỉnh Hà Tĩnh"), for the form headers that name the province
  // first; "" when the tree does not know the code or it is itself top level.
  std::string province(const std::string& code) const;

 private:
  thuky::Store& store_;
};

}  // namespace delegates
