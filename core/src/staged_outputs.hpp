#pragma once
// All-or-nothing output of a multi-file command (a render writes five PDFs). While a batch is
// open, each document is written and flushed to its temporary file, and only placed under its
// final name when the command has succeeded. The order, and why:
//   1. every temporary file written and fsynced (the slow part; a failure here places nothing),
//   2. the audit entry naming every file (path, SHA-256) committed,
//   3. the temporary files renamed into place (milliseconds).
// A kill before 2 leaves no file and no entry (the temporaries are cleaned by the next writer);
// a kill during 3 leaves an entry for files of which some are not yet in place. The log may
// then claim one file too many, never miss one: no document reaches its final name unlogged.

#include <filesystem>
#include <memory>
#include <vector>

#include "atomic_file.hpp"
#include "thuky/export.hpp"

namespace thuky::host {

// Opens the process's batch: files staged from now on wait for place_staged_outputs().
THUKY_API void open_output_batch();
// Takes `file` (written and flushed) into the open batch; false (and `file` untouched) when
// no batch is open: the caller commits it at once.
bool stage_output(std::unique_ptr<AtomicFile>& file);
// Renames every staged file into place and closes the batch. Throws UserError naming the
// first file that could not be placed.
THUKY_API void place_staged_outputs();
// Removes every staged temporary file, closes the batch, and returns the final names that
// were never placed.
THUKY_API std::vector<std::filesystem::path> discard_staged_outputs();

}  // namespace thuky::host
