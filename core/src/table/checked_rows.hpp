#pragma once
// The data rows below a table's header, each checked against the schema (and, when valid,
// prepared), in file order: the first stage of an import (see staged_import.hpp). With a
// `prepare` the stage runs on a worker thread, a bounded queue ahead of the caller.

#include <condition_variable>
#include <deque>
#include <exception>
#include <memory>
#include <mutex>
#include <optional>
#include <thread>
#include <vector>

#include "table/header_row.hpp"
#include "table/problem.hpp"
#include "table/staged_import.hpp"
#include "thuky/table/source.hpp"

namespace thuky::table {

struct CheckedRow {
  Row row;                        // as read: the rejects file repeats it
  std::vector<Problem> problems;  // what the schema finds wrong
  // The row's values; with problems, a field that has one reads as empty (present false).
  std::optional<Record> record;
  std::unique_ptr<Prepared> prepared;  // prepare(*record), when given and the row is valid
  double fraction_read = -1;           // of the file, every 1024th row (for progress)

  bool valid() const { return problems.empty(); }
};

class CheckedRows {
 public:
  CheckedRows(const TableSchema& schema, const HeaderRow& header, std::unique_ptr<RowSource> source,
              PrepareRow prepare);
  ~CheckedRows();  // stops the worker
  CheckedRows(const CheckedRows&) = delete;
  CheckedRows& operator=(const CheckedRows&) = delete;

  // The next row, or false after the last; `out`'s old contents go back for reuse. An error reading
  // the file is thrown after the rows before it, as a one-thread reader would.
  bool next(CheckedRow& out);

 private:
  struct Batch {
    std::vector<CheckedRow> rows;  // the first `size` are this batch's; the rest wait for reuse
    std::size_t size = 0;
    bool end = false;
    std::exception_ptr error;  // ends the rows
  };
  void check(CheckedRow& r) const;
  void read_batch(Batch& batch, std::size_t size);
  void work();

  const TableSchema& schema_;
  const HeaderRow& header_;
  int last_header_column_ = 0;
  std::unique_ptr<RowSource> source_;
  PrepareRow prepare_;
  std::size_t rows_read_ = 0;

  Batch current_;
  std::size_t position_ = 0;

  // The worker's queue: at most kQueued batches of kBatchRows rows.
  static constexpr std::size_t kBatchRows = 256;
  static constexpr std::size_t kQueued = 8;
  std::mutex mutex_;
  std::condition_variable ready_, room_;
  std::deque<Batch> queue_;
  // Batches read, back to the worker to be filled again: the rows' strings and vectors are
  // made and freed on the worker only (memory passed between threads costs malloc's locks).
  std::deque<Batch> spent_;
  bool stop_ = false;
  std::thread worker_;
};

}  // namespace thuky::table
