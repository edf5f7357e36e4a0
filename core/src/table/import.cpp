#include "thuky/table/import.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <optional>

#include "table/checked_rows.hpp"
#include "table/csv_writer.hpp"
#include "table/header_row.hpp"
#include "table/problem.hpp"
#include "table/staged_import.hpp"
#include "table/table_messages.hpp"
#include "thuky/error.hpp"
#include "thuky/table/source.hpp"
#include "thuky/table/writer.hpp"

namespace thuky::table {
namespace {

constexpr int kHeaderSearchRows = 30;

bool is_csv(const std::filesystem::path& file) {
  std::string ext = file.extension().string();
  std::transform(ext.begin(), ext.end(), ext.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return ext == ".csv" || ext == ".tsv" || ext == ".txt";
}

// "line 3" (CSV) or "row 3" (.xlsx); "dòng 3" in Vietnamese.
Message line(bool csv, int row) {
  return Message(csv ? msg::kCsvLine : msg::kSheetRow, {{"row", std::to_string(row)}});
}

// "line 3, column B \"Ngày sinh\"" (CSV) or "row 3, column B \"Ngày sinh\"" (.xlsx).
MessageArg where(bool csv, const Problem& p) {
  const Message row = line(csv, p.row);
  if (p.column == 0)
    return message_arg("place", row);
  const Message column = p.header.empty()
                             ? Message(msg::kColumn, {{"column", column_letter(p.column)}})
                             : Message(msg::kColumnHeader,
                                       {{"column", column_letter(p.column)}, {"header", p.header}});
  return {"place", row.english() + ", " + column.english(),
          row.vietnamese() + ", " + column.vietnamese()};
}

std::filesystem::path rejects_path(const std::filesystem::path& file) {
  return file.parent_path() / (file.stem().string() + ".rejected.csv");
}

// Writes the header and the rejected rows as they were read, each with its errors in "Lỗi".
class RejectsFile {
 public:
  RejectsFile(const std::filesystem::path& file, const HeaderRow& header) {
    int width = 0;
    for (const Cell& c : header.row.cells)
      width = std::max(width, c.column);
    width_ = width;
    std::vector<OutputColumn> columns;
    for (int c = 1; c <= width; ++c)
      columns.push_back({header.row.at(c).text});
    columns.push_back({"Lỗi"});
    writer_ = create_csv_writer(file, std::move(columns));
  }
  void add(const Row& row, const std::string& errors) {
    std::vector<std::string> values;
    for (int c = 1; c <= width_; ++c)
      values.push_back(row.at(c).text);
    values.push_back(errors);
    writer_->add_row(values);
  }
  void finish() { writer_->finish(); }

 private:
  int width_ = 0;
  std::unique_ptr<TableWriter> writer_;
};

// Throws the refusal of a file with errors: every problem shown with its place, in both
// languages.
[[noreturn]] void refuse(const std::string& name, bool csv, const std::filesystem::path& rejects,
                         const std::vector<Problem>& problems, std::size_t problem_count,
                         std::size_t rows) {
  std::vector<ImportProblem> english;
  std::vector<std::string> vietnamese;
  for (const Problem& p : problems) {
    english.push_back(p.in_english());
    vietnamese.push_back(p.message.vietnamese());
  }
  if (problem_count == 1) {
    const Message said(
        msg::kOneError,
        {{"file", name}, where(csv, problems[0]), message_arg("problem", problems[0].message)});
    throw ImportErrors(said.english(), std::move(english), problem_count, said.vietnamese(),
                       std::move(vietnamese));
  }
  const MessageArg counted = count_arg("rows", static_cast<long long>(rows));
  const std::string in_words = counted.vietnamese.empty() ? counted.value : counted.vietnamese;
  const Message head(
      msg::kErrors, {{"file", name},
                     count_arg("count", static_cast<long long>(problem_count)),
                     {"rows", counted.value + (rows == 1 ? " row" : " rows"), in_words + " dòng"}});
  std::string message = head.english(), in_vietnamese = head.vietnamese();
  const auto add = [&](const Message& line) {
    message += "\n  " + line.english();
    in_vietnamese += "\n  " + line.vietnamese();
  };
  for (const Problem& p : problems)
    add(Message(msg::kErrorAt, {where(csv, p), message_arg("problem", p.message)}));
  if (problem_count > problems.size()) {
    add(Message(msg::kMoreErrors,
                {count_arg("count", static_cast<long long>(problem_count - problems.size()))}));
  }
  const Message retry(msg::kCorrectAndRetry,
                      {{"rejects", rejects.string(), rejects.filename().string()}});
  message += "\n" + retry.english();
  in_vietnamese += "\n" + retry.vietnamese();
  throw ImportErrors(message, std::move(english), problem_count, std::move(in_vietnamese),
                     std::move(vietnamese));
}

}  // namespace

ImportErrors::ImportErrors(const std::string& message, std::vector<ImportProblem> problems,
                           std::size_t total)
    : UserError(message), problems_(std::move(problems)), total_(total) {}
ImportErrors::ImportErrors(const std::string& message, std::vector<ImportProblem> problems,
                           std::size_t total, std::string vietnamese,
                           std::vector<std::string> vietnamese_problems)
    : UserError(message),
      problems_(std::move(problems)),
      total_(total),
      vietnamese_(std::move(vietnamese)),
      vietnamese_problems_(std::move(vietnamese_problems)) {}
ImportErrors::~ImportErrors() = default;

RowMessageProblem::RowMessageProblem(std::string field_key, Message message)
    : RowProblem(std::move(field_key), message.english()), message_(std::move(message)) {}
RowMessageProblem::~RowMessageProblem() = default;

int TableSchema::index_of(std::string_view key) const {
  for (std::size_t i = 0; i < fields.size(); ++i) {
    if (fields[i].key == key)
      return static_cast<int>(i);
  }
  return -1;
}

const Value& Record::operator[](std::string_view key) const {
  const int i = schema_->index_of(key);
  if (i < 0)
    throw std::out_of_range(fmt::format("no field '{}' in the {} schema", key, schema_->what));
  return values_[static_cast<std::size_t>(i)];
}

TableImport::TableImport(const TableSchema& schema, std::filesystem::path file,
                         ImportOptions options)
    : schema_(schema), file_(std::move(file)), options_(std::move(options)) {}

ImportReport TableImport::run(const std::function<void(const Record&)>& handle,
                              Progress* progress) {
  return run_staged_import(
      schema_, file_, options_, nullptr, [&handle](const Record& r, Prepared*) { handle(r); },
      progress);
}

PreparedRow::~PreparedRow() = default;

ImportReport TableImport::run_staged(
    const std::function<std::unique_ptr<PreparedRow>(const Record&)>& prepare,
    const std::function<void(const Record&, PreparedRow*)>& handle, Progress* progress) {
  return run_staged_import(schema_, file_, options_, prepare, handle, progress);
}

ImportReport TableImport::run_staged(
    const std::function<std::unique_ptr<PreparedRow>(const Record&)>& prepare,
    const std::function<void(const Record&, PreparedRow*)>& handle,
    const std::function<void(const Record&)>& rejected, Progress* progress) {
  return run_staged_import(schema_, file_, options_, prepare, handle, progress, rejected);
}

ImportReport run_staged_import(const TableSchema& schema, const std::filesystem::path& file,
                               const ImportOptions& options, const PrepareRow& prepare,
                               const HandlePrepared& handle, Progress* progress,
                               const NoteRejected& rejected) {
  const std::string name = file.string();
  const bool csv = is_csv(file);
  auto source = open_rows(file, SourceOptions{options.sheet});

  // The header: the first row that names the schema's columns; title rows above are skipped.
  HeaderRow header;
  Row row;
  bool found = false;
  for (int seen = 0; seen < kHeaderSearchRows && source->next(row); ++seen) {
    int matches = 0;
    const std::optional<Message> problem = bind_header(schema, row, header, matches);
    if (!problem) {
      found = true;
      break;
    }
    if (matches > 0) {
      throw MessageError(Message(msg::kHeaderRowWrong, {{"file", name},
                                                        message_arg("place", line(csv, row.number)),
                                                        message_arg("problem", *problem)}));
    }
  }
  if (!found) {
    throw MessageError(
        Message(msg::kNoHeaderRow, {{"file", name},
                                    message_arg("expected", expected_columns(schema)),
                                    count_arg("rows", kHeaderSearchRows)}));
  }

  ImportReport report;
  std::vector<Problem> problems;
  std::size_t problem_count = 0;
  std::optional<RejectsFile> rejects;
  const auto note = [&](std::vector<Problem>& row_problems, const Row& r) {
    ++report.rejected;
    problem_count += row_problems.size();
    if (options.skip_invalid) {
      if (!rejects) {
        report.rejects_file = rejects_path(file);
        rejects.emplace(report.rejects_file, header);
      }
      // The rejects file is for the secretary who corrects it in Excel: Vietnamese, as its
      // "Lỗi" header.
      std::string errors;
      for (const Problem& p : row_problems) {
        errors += (errors.empty() ? "" : "; ") +
                  (p.column > 0 ? fmt::format("cột {}: ", column_letter(p.column)) : "") +
                  p.message.vietnamese();
      }
      rejects->add(r, errors);
    }
    for (auto& p : row_problems) {
      if (problems.size() < options.errors_shown)
        problems.push_back(std::move(p));
    }
  };

  if (progress)
    progress->start(fmt::format("importing {}", schema.what), 0);
  CheckedRows rows(schema, header, std::move(source), prepare);
  CheckedRow r;
  while (rows.next(r)) {
    ++report.rows;
    if (progress) {
      progress->advance();
      if (r.fraction_read >= 0)
        progress->update_fraction(r.fraction_read);
    }
    if (r.valid()) {
      try {
        handle(*r.record, r.prepared.get());
        ++report.imported;
        continue;
      } catch (const RowProblem& e) {
        const int field = schema.index_of(e.field_key());
        const int column = field >= 0 ? header.field_columns[static_cast<std::size_t>(field)] : 0;
        const auto* said = dynamic_cast<const RowMessageProblem*>(&e);
        r.problems.push_back(
            {r.row.number, column,
             field >= 0 ? schema.fields[static_cast<std::size_t>(field)].label : std::string(),
             said ? said->message() : Message(msg::kAsGiven, {{"text", e.what()}})});
      }
    }
    note(r.problems, r.row);
    if (rejected)
      rejected(*r.record);
  }
  if (progress)
    progress->finish();

  if (rejects)
    rejects->finish();
  if (problem_count > 0 && !options.skip_invalid)
    refuse(name, csv, rejects_path(file), problems, problem_count, report.rejected);
  return report;
}

}  // namespace thuky::table
