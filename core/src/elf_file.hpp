#pragma once
// What thuky needs from a shared library's ELF file, read without loading it: dlopen runs the
// library's constructors, so everything that can be checked from the file is checked first.
//
// Boost.DLL's library_info reads the static symbol table (.symtab), which `strip` removes from
// a perfectly good plugin, and takes whichever string table comes last; the loader only uses
// the dynamic one (.dynsym), so this reader uses that too.

#include <cstdint>
#include <filesystem>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace thuky::host {

// A file that is not a readable ELF shared library for this machine.
class ElfError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

class ElfFile {
 public:
  // Reads the headers; throws ElfError ("invalid ELF header", "truncated ELF file", ...).
  explicit ElfFile(const std::filesystem::path& file);

  // True when the library defines and exports `name` (a dynamic symbol, not an undefined one).
  bool defines_symbol(std::string_view name) const;

  // The bytes of section `name` as stored in the file, if it has one.
  std::optional<std::string> section(std::string_view name) const;

 private:
  struct Section {
    std::string name;
    std::uint32_t type = 0;
    std::uint32_t link = 0;
    std::uint64_t offset = 0;
    std::uint64_t size = 0;
  };
  std::string read(std::uint64_t offset, std::uint64_t size) const;

  std::filesystem::path file_;
  std::uint64_t file_size_ = 0;
  std::vector<Section> sections_;
};

}  // namespace thuky::host
