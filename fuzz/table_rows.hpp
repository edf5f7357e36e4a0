#pragma once
// Reads every row of a table file; a UserError (bad input, said in words) is the right answer,
// anything else escapes to the fuzzer as a finding.

#include "fuzz_input.hpp"
#include "thuky/error.hpp"
#include "thuky/table/source.hpp"

namespace thuky::fuzz {

inline void read_all_rows(const std::uint8_t* data, std::size_t size, const char* extension) {
  const auto file = input_file(data, size, extension);
  try {
    auto rows = table::open_rows(file);
    table::Row row;
    while (rows->next(row)) {
    }
  } catch (const UserError&) {
  }
}

}  // namespace thuky::fuzz
