#pragma once
// Progress of long work (imports, rendering many documents). The host draws it on stderr when
// that is a terminal and --quiet is off; otherwise it stays silent.

#include <cstddef>
#include <string_view>
#include "thuky/export.hpp"

namespace thuky {

class THUKY_API Progress {
 public:
  virtual ~Progress() = default;
  // Starts a task of `total` steps (0 when unknown).
  virtual void start(std::string_view what, std::size_t total) = 0;
  virtual void advance(std::size_t steps = 1) = 0;
  virtual void finish() = 0;
  // For work whose size is known only as a fraction (bytes of a file read, 0 to 1): lets the
  // display estimate the time left. Optional.
  virtual void update_fraction(double /*done*/) {}
};

}  // namespace thuky
