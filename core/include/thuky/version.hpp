#pragma once
// Versions a plugin is checked against before the host calls it.

namespace thuky {

// The plugin ABI version. A plugin's manifest (`sdk = N`) and its compiled-in entry must both
// name this number, or the host refuses to load it. Bump on any change to a header in
// core/include/thuky/ that alters a type or vtable a plugin sees.
inline constexpr int kSdkVersion = 1;

// The program's version, e.g. "0.1.0".
const char* program_version() noexcept;

}  // namespace thuky
