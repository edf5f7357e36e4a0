#pragma once
// The lines of a file or of standard input, read in blocks: memory is one block and one line
// however long the input, and an overlong line is refused without being held.

#include <cstdio>
#include <string>
#include <string_view>
#include <vector>

#include "thuky/error.hpp"

namespace thuky::host {

class LineReader {
 public:
  // `file` "" or "-" reads standard input. `source` names the input in messages. Throws
  // UserError naming the file when it cannot be read.
  LineReader(const std::string& file, std::string source, std::size_t max_line_bytes);
  ~LineReader();
  LineReader(const LineReader&) = delete;
  LineReader& operator=(const LineReader&) = delete;

  // The next line without its line break (nor a CR before it); false at the end. Throws
  // UserError "list.txt:2: the line is 70000 bytes long; …" for a line over the limit.
  bool next(std::string_view& line);
  int line_number() const noexcept { return number_; }
  const std::string& source() const noexcept { return source_; }

 private:
  bool fill();  // reads the next block; false at the end of the input
  UserError overlong(std::size_t length) const;

  std::FILE* in_ = nullptr;
  bool owned_ = false;
  std::string source_;
  std::size_t max_line_bytes_;
  std::vector<char> block_;
  std::size_t begin_ = 0, end_ = 0;  // unread bytes of block_
  std::string line_;                 // a line that spans blocks
  int number_ = 0;
};

}  // namespace thuky::host
