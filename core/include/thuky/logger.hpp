#pragma once
// The logger a plugin receives. Messages go to stderr; verbosity follows -v / --quiet.

#include <string_view>

namespace thuky {

class Logger {
 public:
  virtual ~Logger() = default;
  virtual void debug(std::string_view message) = 0;
  virtual void info(std::string_view message) = 0;
  virtual void warn(std::string_view message) = 0;
  virtual void error(std::string_view message) = 0;
};

}  // namespace thuky
