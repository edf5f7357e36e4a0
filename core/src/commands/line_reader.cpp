#include "commands/line_reader.hpp"

#include <fmt/format.h>

#include <cerrno>
#include <cstring>
#include <filesystem>

#include "thuky/error.hpp"

namespace thuky::host {
namespace {

constexpr std::size_t kBlockBytes = 1 << 20;

}  // namespace

LineReader::LineReader(const std::string& file, std::string source, std::size_t max_line_bytes)
    : source_(std::move(source)), max_line_bytes_(max_line_bytes), block_(kBlockBytes) {
  if (file.empty() || file == "-") {
    in_ = stdin;
    return;
  }
  std::error_code ec;
  if (std::filesystem::is_directory(file, ec))
    throw UserError(fmt::format("cannot read '{}': it is a directory", file));
  in_ = std::fopen(file.c_str(), "rb");
  if (!in_)
    throw UserError(fmt::format("cannot read '{}': {}", file, std::strerror(errno)));
  owned_ = true;
}

LineReader::~LineReader() {
  if (owned_)
    std::fclose(in_);
}

bool LineReader::fill() {
  begin_ = 0;
  end_ = std::fread(block_.data(), 1, block_.size(), in_);
  if (end_ == 0 && std::ferror(in_))
    throw UserError(fmt::format("cannot read '{}': {}", source_, std::strerror(errno)));
  return end_ > 0;
}

bool LineReader::next(std::string_view& line) {
  line_.clear();
  std::size_t length = 0;  // of the line so far, kept or not
  char last = 0;           // its last byte
  bool any = false;
  for (;;) {
    if (begin_ == end_ && !fill())
      break;  // the end; a last line without a line break ends here
    any = true;
    const char* start = block_.data() + begin_;
    const auto* nl = static_cast<const char*>(std::memchr(start, '\n', end_ - begin_));
    const std::size_t take = nl ? static_cast<std::size_t>(nl - start) : end_ - begin_;
    if (nl && length == 0) {  // the whole line in this block: used where it lies
      begin_ += take + 1;
      ++number_;
      line = std::string_view(start, take);
      if (!line.empty() && line.back() == '\r')
        line.remove_suffix(1);
      if (line.size() > max_line_bytes_)
        throw overlong(line.size());
      return true;
    }
    // Across blocks: copied up to the limit; a longer line is only counted, for the message.
    if (take > 0)
      last = start[take - 1];
    length += take;
    if (line_.size() <= max_line_bytes_)
      line_.append(start, std::min(take, max_line_bytes_ + 1 - line_.size()));
    begin_ += take + (nl ? 1 : 0);
    if (nl)
      break;
  }
  if (!any)
    return false;
  ++number_;
  if (last == '\r')
    --length;
  if (length > max_line_bytes_)
    throw overlong(length);
  line = std::string_view(line_).substr(0, length);
  return true;
}

UserError LineReader::overlong(std::size_t length) const {
  return UserError(InputLocation{source_, number_, 0, ""},
                   fmt::format("the line is {} bytes long; a line holds one name and at most {} "
                               "bytes (is this a list of names?)",
                               length, max_line_bytes_));
}

}  // namespace thuky::host
