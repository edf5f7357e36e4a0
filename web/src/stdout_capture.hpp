#pragma once
// What a plugin's code prints to standard output while it answers a web request (the command
// functions a handler shares with `thuky …` print their summaries there), kept from the
// terminal: `thuky serve`'s output is its own. Handlers run one at a time under the store lock
// and nothing else in the server writes to std::cout while it listens, so swapping std::cout's
// buffer for the duration is safe.

#include <iostream>
#include <sstream>
#include <string>

namespace thuky::web {

class StdoutCapture {
 public:
  StdoutCapture() : previous_(std::cout.rdbuf(captured_.rdbuf())) {}
  ~StdoutCapture() { std::cout.rdbuf(previous_); }
  StdoutCapture(const StdoutCapture&) = delete;
  StdoutCapture& operator=(const StdoutCapture&) = delete;

  std::string text() const { return captured_.str(); }

 private:
  std::ostringstream captured_;
  std::streambuf* previous_;
};

}  // namespace thuky::web
