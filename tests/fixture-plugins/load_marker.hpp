#pragma once
// Included by fixtures that must never run: a library constructor (it runs at dlopen, before
// any check the host makes after loading) creates the file THUKY_TEST_LOAD_MARKER names, so a
// test can prove the host refused the library without opening it.
#include <cstdlib>
#include <fstream>

[[gnu::constructor]] static void thuky_fixture_mark_loaded() {
  if (const char* marker = std::getenv("THUKY_TEST_LOAD_MARKER"))
    std::ofstream(marker) << "loaded";
}
