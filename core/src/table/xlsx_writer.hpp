#pragma once
// .xlsx output through libxlsxwriter (Debian's libxlsxwriter-dev) in its constant-memory mode,
// so a million rows stream to disk.

#include <filesystem>
#include <memory>
#include <string>
#include <vector>

#include "thuky/table/writer.hpp"

namespace thuky::table {

std::unique_ptr<TableWriter> create_xlsx_writer(const std::filesystem::path& file,
                                                std::vector<OutputColumn> columns,
                                                const std::string& sheet);

}  // namespace thuky::table
