#pragma once
// Names of administrative areas by code. The plugin keeps them in its own table for now; when
// the core areas tree serves plugins, only this class changes.

#include <string>

#include "thuky/store.hpp"

namespace delegates {

class AreaNames {
 public:
  explicit AreaNames(thuky::Store& store) : store_(store) {}
  void put(const std::string& code, const std::string& name);
  // The name, or the code itself when unknown.
  std::string name(const std::string& code) const;

 private:
  thuky::Store& store_;
};

}  // namespace delegates
