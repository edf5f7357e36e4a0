#include "table/checked_rows.hpp"

#include <algorithm>
#include <utility>

#include "table/field_parser.hpp"
#include "table/table_messages.hpp"

namespace thuky::table {

CheckedRows::CheckedRows(const TableSchema& schema, const HeaderRow& header,
                         std::unique_ptr<RowSource> source, PrepareRow prepare)
    : schema_(schema), header_(header), source_(std::move(source)), prepare_(std::move(prepare)) {
  for (const ColumnBinding& b : header_.columns)
    last_header_column_ = std::max(last_header_column_, b.column);
  if (prepare_)
    worker_ = std::thread([this] { work(); });
}

CheckedRows::~CheckedRows() {
  if (!worker_.joinable())
    return;
  {
    std::lock_guard lock(mutex_);
    stop_ = true;
  }
  room_.notify_all();
  worker_.join();
}

void CheckedRows::check(CheckedRow& r) const {
  std::vector<Value> values(schema_.fields.size());
  for (std::size_t i = 0; i < schema_.fields.size(); ++i) {
    const Field& field = schema_.fields[i];
    const int column = header_.field_columns[i];
    if (column == 0)
      continue;
    std::optional<Message> problem = parse_field(field, r.row.at(column), values[i]);
    if (!problem && field.required && !values[i].present)
      problem = Message(msg::kRequiredEmpty);
    if (problem) {
      r.problems.push_back({r.row.number, column, field.label, std::move(*problem)});
      values[i] = Value{};
    }
  }
  for (const Cell& cell : r.row.cells) {
    if (cell.column > last_header_column_ && cell.kind != CellKind::kEmpty &&
        !Row{0, {cell}}.blank()) {
      r.problems.push_back({r.row.number, cell.column, "", Message(msg::kValueWithoutHeader)});
      break;
    }
  }
  r.record.emplace(schema_, std::move(values), r.row.number);
}

void CheckedRows::read_batch(Batch& batch, std::size_t size) {
  batch.size = 0;
  batch.end = false;
  batch.error = nullptr;
  try {
    while (batch.size < size) {
      if (batch.size == batch.rows.size())
        batch.rows.emplace_back();
      CheckedRow& r = batch.rows[batch.size];
      r.problems.clear();
      r.record.reset();
      r.prepared.reset();
      r.fraction_read = -1;
      if (!source_->next(r.row)) {
        batch.end = true;
        return;
      }
      if ((++rows_read_ & 1023) == 0)
        r.fraction_read = source_->fraction_read();
      check(r);
      if (prepare_ && r.valid())
        r.prepared = prepare_(*r.record);
      ++batch.size;
    }
  } catch (...) {
    batch.error = std::current_exception();
    batch.end = true;
  }
}

void CheckedRows::work() {
  for (bool end = false; !end;) {
    Batch batch;
    {
      std::lock_guard lock(mutex_);
      if (!spent_.empty()) {
        batch = std::move(spent_.front());
        spent_.pop_front();
      }
    }
    read_batch(batch, kBatchRows);
    end = batch.end;
    {
      std::unique_lock lock(mutex_);
      room_.wait(lock, [this] { return stop_ || queue_.size() < kQueued; });
      if (stop_)
        return;
      queue_.push_back(std::move(batch));
    }
    ready_.notify_one();
  }
}

bool CheckedRows::next(CheckedRow& out) {
  while (position_ >= current_.size) {
    if (current_.end) {
      if (current_.error)
        std::rethrow_exception(std::exchange(current_.error, nullptr));
      return false;
    }
    if (worker_.joinable()) {
      {
        std::unique_lock lock(mutex_);
        ready_.wait(lock, [this] { return !queue_.empty(); });
        if (!current_.rows.empty() && spent_.size() < kQueued)
          spent_.push_back(std::move(current_));
        current_ = std::move(queue_.front());
        queue_.pop_front();
      }
      room_.notify_one();
    } else {
      read_batch(current_, 1);  // one at a time: the caller's rhythm, as before stages
    }
    position_ = 0;
  }
  std::swap(out, current_.rows[position_++]);
  return true;
}

}  // namespace thuky::table
