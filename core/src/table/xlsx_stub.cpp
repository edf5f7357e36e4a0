// TEMPORARY until the xlsx branch lands.
#include "table/xlsx_source.hpp"
#include "table/xlsx_writer.hpp"
#include "thuky/error.hpp"
namespace thuky::table {
std::unique_ptr<RowSource> open_xlsx(const std::filesystem::path&, const std::string&) {
  throw UserError("xlsx not yet");
}
std::unique_ptr<TableWriter> create_xlsx_writer(const std::filesystem::path&,
                                                std::vector<OutputColumn>, const std::string&) {
  throw UserError("xlsx not yet");
}
}  // namespace thuky::table
