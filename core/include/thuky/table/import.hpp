#pragma once
// Importing a table file (.csv or .xlsx) against a schema, streaming: a million rows take the
// memory of one. Every error of the file is collected with its row, column, header and value;
// then all-or-nothing by default, or the valid rows with the rejected ones written to a file the
// user fixes in Excel and imports again.
//
//   table::TableImport import(schema, file, options);
//   const auto report = import.run([&](const table::Record& r) { insert(r); }, &ctx.progress());
//
// Run it inside the command's write transaction: when the file has errors (and skip_invalid is
// off) `run` throws a UserError listing them, and the transaction leaves the store unchanged.

#include <cstddef>
#include <filesystem>
#include <functional>
#include <memory>
#include <stdexcept>
#include <string>
#include <vector>

#include "thuky/error.hpp"
#include "thuky/export.hpp"
#include "thuky/message.hpp"
#include "thuky/progress.hpp"
#include "thuky/table/schema.hpp"

namespace thuky::table {

struct THUKY_API ImportOptions {
  bool skip_invalid = false;      // write the valid rows; the others go to the rejects file
  std::string sheet;              // .xlsx: the sheet to read (default: the first)
  std::size_t errors_shown = 20;  // errors listed in the message; the rest are counted
};

struct THUKY_API ImportReport {
  std::size_t rows = 0;                // data rows read
  std::size_t imported = 0;            // handed to the plugin and accepted
  std::size_t rejected = 0;            // invalid (written to rejects_file with skip_invalid)
  std::filesystem::path rejects_file;  // "<name>.rejected.csv", when rows were rejected
};

// Thrown by the plugin's row handler for a problem the schema cannot see (a code used twice, a
// reference to nobody). `field_key` names the column to blame, or is empty for the whole row.
// The handler must throw before it writes anything for that row.
class THUKY_API RowProblem : public std::runtime_error {
 public:
  RowProblem(std::string field_key, const std::string& message)
      : std::runtime_error(message), field_key_(std::move(field_key)) {}
  const std::string& field_key() const noexcept { return field_key_; }

 private:
  std::string field_key_;
};

// SDK 2.5: a RowProblem whose words a catalogue has in both languages (thuky/message.hpp), so
// that a page shows them in Vietnamese.
class THUKY_API RowMessageProblem : public RowProblem {
 public:
  RowMessageProblem(std::string field_key, Message message);
  ~RowMessageProblem() override;  // out of line: one vtable, in libthuky
  const Message& message() const noexcept { return message_; }

 private:
  Message message_;
};

// One error of an input file, for callers that show errors as a table (the web interface).
struct THUKY_API ImportProblem {
  int row = 0;         // the line (.csv) or row (.xlsx) number
  int column = 0;      // 1 = A; 0: the whole row
  std::string header;  // the column's header, when it has one
  std::string message;
};

// What TableImport::run throws when rows are wrong (and skip_invalid is off): what() lists
// them as the command line shows them; problems() has the first errors_shown of them.
class THUKY_API ImportErrors : public UserError {
 public:
  ImportErrors(const std::string& message, std::vector<ImportProblem> problems, std::size_t total);
  // SDK 2.5: with the same words in Vietnamese, for the pages.
  ImportErrors(const std::string& message, std::vector<ImportProblem> problems, std::size_t total,
               std::string vietnamese, std::vector<std::string> vietnamese_problems);
  ~ImportErrors() override;  // out of line: one vtable, in libthuky (see UserError)
  const std::vector<ImportProblem>& problems() const noexcept { return problems_; }
  std::size_t total() const noexcept { return total_; }
  // SDK 2.5: what() in Vietnamese, and each problem's message (empty when not known).
  const std::string& vietnamese() const noexcept { return vietnamese_; }
  const std::vector<std::string>& vietnamese_problems() const noexcept {
    return vietnamese_problems_;
  }

 private:
  std::vector<ImportProblem> problems_;
  std::size_t total_ = 0;
  // Added in 2.5 after the older members, which keep their places for plugins built for 2.4.
  std::string vietnamese_;
  std::vector<std::string> vietnamese_problems_;
};

// SDK 2.5: what a staged import's `prepare` made of a row (TableImport::run_staged), handed
// to `handle` with it. Derive from it.
struct THUKY_API PreparedRow {
  virtual ~PreparedRow();  // out of line: one vtable, in libthuky
};

class THUKY_API TableImport {
 public:
  TableImport(const TableSchema& schema, std::filesystem::path file, ImportOptions options = {});

  // Reads the file, finds the header row (title rows above it are skipped), checks every row
  // and hands each valid one to `handle`. Throws UserError: for a file that cannot be read or
  // has no usable header; and, without skip_invalid, when any row was wrong (listing them).
  ImportReport run(const std::function<void(const Record&)>& handle, Progress* progress = nullptr);

  // SDK 2.5: as run, in two stages for large files. Reading, checking and `prepare` run on a
  // worker thread, in file order, a bounded queue (a few thousand rows) ahead of `handle`,
  // which runs on the calling thread, row by row in file order: on two cores the slower stage
  // sets the pace instead of the sum of both. Rows, errors and their order are run's.
  // `prepare` does the work on a row that needs no store (name parts, keys): it must not touch
  // the store nor anything `handle` changes, and throws only for a bug (a problem with the row
  // goes into what it returns, for `handle` to raise as a RowProblem). It may return null.
  ImportReport run_staged(const std::function<std::unique_ptr<PreparedRow>(const Record&)>& prepare,
                          const std::function<void(const Record&, PreparedRow*)>& handle,
                          Progress* progress = nullptr);

  // SDK 2.5: as run_staged, and `rejected` is told of each row the import rejects (the schema's
  // problems or a RowProblem from `handle`), on the calling thread, in file order with the rows
  // `handle` gets. Its record has the row's valid fields; a field with a problem reads as empty
  // (present false). For rows that follow from the rows above (a list's numbers), so that the
  // rows after a rejected one can say why they no longer follow.
  ImportReport run_staged(const std::function<std::unique_ptr<PreparedRow>(const Record&)>& prepare,
                          const std::function<void(const Record&, PreparedRow*)>& handle,
                          const std::function<void(const Record&)>& rejected, Progress* progress);

 private:
  const TableSchema& schema_;
  std::filesystem::path file_;
  ImportOptions options_;
};

}  // namespace thuky::table
