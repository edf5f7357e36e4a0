#pragma once

#include "thuky/export.hpp"
// Versions a plugin is checked against before the host calls it.

namespace thuky {

// The plugin SDK (ABI) major version. A plugin's manifest (`sdk = N`), the ABI stamp in its
// library and its compiled-in entry must all name this number, or the host refuses to load it.
// Bump it on any change to a header in core/include/thuky/ that alters a type or vtable a
// plugin already uses; cmake/ThukySdkVersion.cmake reads it from this line.
inline constexpr int kSdkVersion = 2;

// The minor version: bump it when the SDK only adds (a new function, a new header). A plugin
// built for minor M loads in any thuky of the same major whose minor is at least M.
inline constexpr int kSdkMinorVersion = 5;

// The program's version, e.g. "0.1.0".
THUKY_API const char* program_version() noexcept;

}  // namespace thuky
