#pragma once
// The readers under fuzzing take files (they stream, and name the file in messages): each input
// goes to one file per process and extension, in a directory of its own.

#include <unistd.h>

#include <cstdint>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>

namespace thuky::fuzz {

inline const std::filesystem::path& work_dir() {
  static const std::filesystem::path dir = [] {
    std::string pattern = (std::filesystem::temp_directory_path() / "thuky-fuzz-XXXXXX").string();
    if (!::mkdtemp(pattern.data()))
      std::abort();
    return std::filesystem::path(pattern);
  }();
  return dir;
}

// Writes the input to "input<extension>" and returns its path.
inline std::filesystem::path input_file(const std::uint8_t* data, std::size_t size,
                                        const char* extension) {
  const auto file = work_dir() / (std::string("input") + extension);
  std::ofstream out(file, std::ios::binary | std::ios::trunc);
  out.write(reinterpret_cast<const char*>(data), static_cast<std::streamsize>(size));
  return file;
}

}  // namespace thuky::fuzz
