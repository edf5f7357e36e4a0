#pragma once
// libthuky is built with hidden visibility: it exports the SDK (what a plugin may call) and the
// few host functions the thuky executable, the tests and the benchmarks call, and nothing else,
// so a plugin cannot come to depend on an internal symbol. THUKY_API marks those exports; a
// class marked with it also exports its type_info, so exceptions and dynamic_cast work across
// the library boundary.
//
// Every new class or function in core/include/thuky/ that is not inline needs THUKY_API: the
// linker says "undefined reference" in a plugin or test otherwise.

#if defined(__GNUC__)
#define THUKY_API __attribute__((visibility("default")))
#else
#define THUKY_API
#endif
