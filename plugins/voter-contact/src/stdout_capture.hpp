#pragma once
// What the command functions print to standard output, kept from the terminal while a web
// handler calls them (`thuky serve`'s output is its own). Handlers run one at a time under
// the store lock, so swapping std::cout's buffer for the duration is safe.

#include <iostream>
#include <sstream>
#include <string>

namespace contact {

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

}  // namespace contact
