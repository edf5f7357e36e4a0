#pragma once
// The end of every table import, the same for the host's imports and every plugin's: what was
// left out and where it is, the rejects file in the command's audit entry, and the exit code.
//
//   const auto r = import_opinions(ctx, plan, file, options);
//   std::cout << fmt::format("Imported {} opinions into '{}'.\n", r.added + r.updated, plan);
//   thuky::table::report_rejected_rows(std::cout, ctx.audit(), r.table);

#include <cstddef>
#include <filesystem>
#include <ostream>

#include "thuky/audit.hpp"
#include "thuky/export.hpp"
#include "thuky/table/import.hpp"

namespace thuky::table {

// When rows were left out (--skip-invalid), prints after the command's own sentence
//   1 row was not imported; it is in 'p.rejected.csv' with the reason in the column "Lỗi":
//   correct it there and import that file.
// and records the rejects file in the command's audit entry. Returns the exit code: always 0.
// Leaving invalid rows out is what the user asked for with --skip-invalid, and the valid rows
// are stored (a plugin command that exits non-zero has its rows rolled back); without
// --skip-invalid one invalid row fails the whole import (exit 1) before this is reached.
THUKY_API int report_rejected_rows(std::ostream& out, AuditLog& audit, const ImportReport& report);

// "Imported 'p.csv': 2 added, 0 updated.", then report_rejected_rows.
THUKY_API int print_import_summary(std::ostream& out, AuditLog& audit,
                                   const std::filesystem::path& file, std::size_t added,
                                   std::size_t updated, const ImportReport& report);

}  // namespace thuky::table
