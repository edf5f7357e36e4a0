#include "elf_file.hpp"

#include <elf.h>

#include <cstring>
#include <fstream>

namespace thuky::host {
namespace {

#if defined(__x86_64__)
constexpr std::uint16_t kHostMachine = EM_X86_64;
#elif defined(__aarch64__)
constexpr std::uint16_t kHostMachine = EM_AARCH64;
#else
#error "thuky reads plugin libraries as 64-bit ELF for x86-64 or AArch64 only"
#endif

template <class T>
T from_bytes(const std::string& bytes, std::size_t at = 0) {
  T value;
  std::memcpy(&value, bytes.data() + at, sizeof(T));
  return value;
}

}  // namespace

ElfFile::ElfFile(const std::filesystem::path& file) : file_(file) {
  std::error_code ec;
  file_size_ = std::filesystem::file_size(file, ec);
  if (ec)
    throw ElfError(ec.message());
  if (file_size_ < sizeof(Elf64_Ehdr))
    throw ElfError("file too short");
  const auto header = from_bytes<Elf64_Ehdr>(read(0, sizeof(Elf64_Ehdr)));
  if (std::memcmp(header.e_ident, ELFMAG, SELFMAG) != 0)
    throw ElfError("invalid ELF header");
  if (header.e_ident[EI_CLASS] != ELFCLASS64 || header.e_ident[EI_DATA] != ELFDATA2LSB ||
      header.e_machine != kHostMachine) {
    throw ElfError("built for another machine");
  }
  if (header.e_type != ET_DYN)
    throw ElfError("not a shared library");
  if (header.e_shentsize != sizeof(Elf64_Shdr) || header.e_shstrndx >= header.e_shnum)
    throw ElfError("bad section table");

  const std::string table =
      read(header.e_shoff, std::uint64_t{header.e_shnum} * sizeof(Elf64_Shdr));
  std::vector<Elf64_Shdr> raw(header.e_shnum);
  std::memcpy(raw.data(), table.data(), table.size());
  const Elf64_Shdr& names = raw[header.e_shstrndx];
  const std::string name_bytes = read(names.sh_offset, names.sh_size);
  for (const Elf64_Shdr& s : raw) {
    if (s.sh_name >= name_bytes.size())
      throw ElfError("bad section name");
    sections_.push_back({std::string(name_bytes.c_str() + s.sh_name), s.sh_type, s.sh_link,
                         s.sh_offset, s.sh_type == SHT_NOBITS ? 0 : s.sh_size});
  }
}

std::string ElfFile::read(std::uint64_t offset, std::uint64_t size) const {
  if (offset > file_size_ || size > file_size_ - offset)
    throw ElfError("truncated ELF file");
  std::ifstream in(file_, std::ios::binary);
  std::string bytes(size, '\0');
  in.seekg(static_cast<std::streamoff>(offset));
  in.read(bytes.data(), static_cast<std::streamsize>(size));
  if (!in)
    throw ElfError("cannot read the file");
  return bytes;
}

bool ElfFile::defines_symbol(std::string_view name) const {
  for (const Section& s : sections_) {
    if (s.type != SHT_DYNSYM || s.link >= sections_.size())
      continue;
    const std::string symbols = read(s.offset, s.size);
    const Section& strings_section = sections_[s.link];
    const std::string strings = read(strings_section.offset, strings_section.size);
    for (std::size_t at = 0; at + sizeof(Elf64_Sym) <= symbols.size(); at += sizeof(Elf64_Sym)) {
      const auto symbol = from_bytes<Elf64_Sym>(symbols, at);
      if (symbol.st_shndx == SHN_UNDEF || symbol.st_name >= strings.size() ||
          ELF64_ST_VISIBILITY(symbol.st_other) != STV_DEFAULT ||
          ELF64_ST_BIND(symbol.st_info) == STB_LOCAL) {
        continue;
      }
      if (std::string_view(strings.c_str() + symbol.st_name) == name)
        return true;
    }
  }
  return false;
}

std::optional<std::string> ElfFile::section(std::string_view name) const {
  for (const Section& s : sections_) {
    if (s.name == name)
      return read(s.offset, s.size);
  }
  return std::nullopt;
}

}  // namespace thuky::host
