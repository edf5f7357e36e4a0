// The CSV reader (core/src/table/csv_source.cpp): quoting, delimiters, BOMs, encodings.
#include "table_rows.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  thuky::fuzz::read_all_rows(data, size, ".csv");
  return 0;
}
