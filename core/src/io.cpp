#include "thuky/io.hpp"

#include <fmt/format.h>

#include <cerrno>
#include <cstring>
#include <fstream>
#include <sstream>

#include "thuky/error.hpp"

namespace thuky {

std::string read_input_file(const std::filesystem::path& file) {
  std::error_code ec;
  if (std::filesystem::is_directory(file, ec)) {
    throw UserError(fmt::format("cannot read '{}': it is a directory", file.string()));
  }
  std::ifstream in(file, std::ios::binary);
  if (!in) {
    throw UserError(fmt::format("cannot read '{}': {}", file.string(), std::strerror(errno)));
  }
  // A regular file in one read of its size: a stream copy of a large list costs as much as
  // sorting it.
  if (std::filesystem::is_regular_file(file, ec)) {
    std::string text(static_cast<std::size_t>(std::filesystem::file_size(file, ec)), '\0');
    if (!ec && in.read(text.data(), static_cast<std::streamsize>(text.size())) &&
        in.peek() == std::char_traits<char>::eof()) {
      return text;
    }
    in.clear();
    in.seekg(0);
  }
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

}  // namespace thuky
