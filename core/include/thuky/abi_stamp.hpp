#pragma once
// The binary contract of a plugin, as data the host reads from the library's ELF file before
// loading it (dlopen runs the library's constructors): the SDK version and a fingerprint of the
// toolchain and of the libraries whose C++ objects cross between host and plugin. Two sides
// that differ in any of these cannot safely exchange a std::string, a SQLite::Database or a
// CLI::App, and no check after loading could catch it.

#include <SQLiteCpp/SQLiteCpp.h>
#include <fmt/core.h>
#include <toml++/toml.h>
#include <CLI/Version.hpp>

#include <cstdint>
#include <string>

#include "thuky/export.hpp"
#include "thuky/version.hpp"

#define THUKY_ABI_STR_(x) #x
#define THUKY_ABI_STR(x) THUKY_ABI_STR_(x)

#if defined(_LIBCPP_VERSION)
#define THUKY_ABI_STDLIB "libc++ " THUKY_ABI_STR(_LIBCPP_VERSION)
#elif defined(_GLIBCXX_RELEASE)
// The release, not the snapshot date: patch updates of one GCC keep every layout.
#define THUKY_ABI_STDLIB "libstdc++ " THUKY_ABI_STR(_GLIBCXX_RELEASE)
#else
#define THUKY_ABI_STDLIB "unknown"
#endif

#if defined(_GLIBCXX_USE_CXX11_ABI)
#define THUKY_ABI_CXX11 THUKY_ABI_STR(_GLIBCXX_USE_CXX11_ABI)
#else
#define THUKY_ABI_CXX11 "-"
#endif

// _GLIBCXX_DEBUG changes the layout of every container; _GLIBCXX_ASSERTIONS only adds checks
// and changes no layout, so it is not part of the contract.
#if defined(_GLIBCXX_DEBUG)
#define THUKY_ABI_DEBUG "1"
#else
#define THUKY_ABI_DEBUG "0"
#endif

// `key=value` pairs separated by ';', compared one by one so a refusal names what differs.
#define THUKY_ABI_TOOLCHAIN                                                            \
  "stdlib=" THUKY_ABI_STDLIB ";_GLIBCXX_USE_CXX11_ABI=" THUKY_ABI_CXX11                \
  ";_GLIBCXX_DEBUG=" THUKY_ABI_DEBUG ";SQLiteCpp=" SQLITECPP_VERSION                   \
  ";fmt=" THUKY_ABI_STR(FMT_VERSION) ";CLI11=" CLI11_VERSION ";toml++=" THUKY_ABI_STR( \
      TOML_LIB_MAJOR) "." THUKY_ABI_STR(TOML_LIB_MINOR) "." THUKY_ABI_STR(TOML_LIB_PATCH)

namespace thuky::abi {

inline constexpr const char* kStampSection = ".thuky_abi";
inline constexpr char kStampMagic[16] = "thuky-abi-stamp";

// Fixed layout of plain bytes and 32-bit numbers, so any thuky can read any plugin's stamp.
struct THUKY_API Stamp {
  char magic[16];
  std::uint32_t sdk_major;
  std::uint32_t sdk_minor;
  char toolchain[224];  // THUKY_ABI_TOOLCHAIN, zero-terminated
};
static_assert(sizeof(Stamp) == 248);

// The toolchain fingerprint this thuky was built with.
THUKY_API std::string host_toolchain();

}  // namespace thuky::abi

// Places a stamp in the library's .thuky_abi section. THUKY_PLUGIN uses it; a test fixture may
// name other versions to fake a plugin built elsewhere.
#define THUKY_ABI_STAMP(major, minor)                                                      \
  namespace {                                                                              \
  [[gnu::section(".thuky_abi"), gnu::used]] const ::thuky::abi::Stamp thuky_abi_stamp_ = { \
      "thuky-abi-stamp", (major), (minor), THUKY_ABI_TOOLCHAIN};                           \
  }
