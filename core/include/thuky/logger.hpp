#pragma once
// The logger a plugin receives. Messages go to stderr; verbosity follows -v / --quiet.

#include <string_view>
#include "thuky/export.hpp"

namespace thuky {

class THUKY_API Logger {
 public:
  virtual ~Logger() = default;
  virtual void debug(std::string_view message) = 0;
  virtual void info(std::string_view message) = 0;
  virtual void warn(std::string_view message) = 0;
  virtual void error(std::string_view message) = 0;
};

}  // namespace thuky
