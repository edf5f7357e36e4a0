// The .xlsx reader (core/src/table/xlsx_source.cpp): the zip, its XML parts, shared strings.
#include "table_rows.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  thuky::fuzz::read_all_rows(data, size, ".xlsx");
  return 0;
}
