#pragma once
// TableImport::run in two stages, for the core's large imports: reading, checking and
// `prepare` (the work on a row that needs no store: keys, normalised text) run on a worker
// thread; `handle` (the store's writes) runs on the calling thread, row by row in file order.
// On two cores the slower stage sets the pace instead of the sum of both. A bounded queue
// between them keeps memory that of a few thousand rows whatever the file's size; the rows,
// errors and their order are the one-thread import's, since only the calling thread decides.

#include <filesystem>
#include <functional>
#include <memory>

#include "thuky/table/import.hpp"

namespace thuky::table {

// What `prepare` made of a row, handed to `handle` with it (the SDK's PreparedRow).
using Prepared = PreparedRow;

// Runs on the worker thread, in file order: must not touch the store or anything `handle`
// changes. It may throw only for a bug: problems with the row go into what it returns, for
// `handle` to raise where the one-stage import would.
using PrepareRow = std::function<std::unique_ptr<Prepared>(const Record&)>;
using HandlePrepared = std::function<void(const Record&, Prepared*)>;
using NoteRejected = std::function<void(const Record&)>;

// As TableImport(schema, file, options).run(...), with `prepare` on a worker thread. Without
// `prepare` everything runs on the calling thread (`handle` gets a null Prepared). `rejected`,
// when given, is told of each rejected row (TableImport::run_staged).
ImportReport run_staged_import(const TableSchema& schema, const std::filesystem::path& file,
                               const ImportOptions& options, const PrepareRow& prepare,
                               const HandlePrepared& handle, Progress* progress,
                               const NoteRejected& rejected = {});

}  // namespace thuky::table
