#include "thuky/table/import.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <optional>

#include "table/checked_rows.hpp"
#include "table/csv_writer.hpp"
#include "table/header_row.hpp"
#include "table/staged_import.hpp"
#include "thuky/error.hpp"
#include "thuky/table/source.hpp"
#include "thuky/table/writer.hpp"

namespace thuky::table {
namespace {

constexpr int kHeaderSearchRows = 30;

using Problem = ImportProblem;

bool is_csv(const std::filesystem::path& file) {
  std::string ext = file.extension().string();
  std::transform(ext.begin(), ext.end(), ext.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return ext == ".csv" || ext == ".tsv" || ext == ".txt";
}

// "line 3, column B \"Ngày sinh\"" (CSV) or "row 3, column B \"Ngày sinh\"" (.xlsx).
std::string where(bool csv, const Problem& p) {
  std::string out = fmt::format("{} {}", csv ? "line" : "row", p.row);
  if (p.column > 0) {
    out += fmt::format(", column {}", column_letter(p.column));
    if (!p.header.empty())
      out += fmt::format(" \"{}\"", p.header);
  }
  return out;
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

}  // namespace

ImportErrors::ImportErrors(const std::string& message, std::vector<ImportProblem> problems,
                           std::size_t total)
    : UserError(message), problems_(std::move(problems)), total_(total) {}
ImportErrors::~ImportErrors() = default;

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

ImportReport run_staged_import(const TableSchema& schema, const std::filesystem::path& file,
                               const ImportOptions& options, const PrepareRow& prepare,
                               const HandlePrepared& handle, Progress* progress) {
  const std::string name = file.string();
  const bool csv = is_csv(file);
  auto source = open_rows(file, SourceOptions{options.sheet});

  // The header: the first row that names the schema's columns; title rows above are skipped.
  HeaderRow header;
  Row row;
  bool found = false;
  for (int seen = 0; seen < kHeaderSearchRows && source->next(row); ++seen) {
    int matches = 0;
    const std::string problem = bind_header(schema, row, header, matches);
    if (problem.empty()) {
      found = true;
      break;
    }
    if (matches > 0)
      throw UserError(
          fmt::format("{}, {} {}: {}", name, csv ? "line" : "row", row.number, problem));
  }
  if (!found) {
    throw UserError(fmt::format("{}: no header row with the columns {} in its first {} rows", name,
                                expected_columns(schema), kHeaderSearchRows));
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
      std::string errors;
      for (const Problem& p : row_problems) {
        errors += (errors.empty() ? "" : "; ") +
                  (p.column > 0 ? fmt::format("cột {}: ", column_letter(p.column)) : "") +
                  p.message;
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
    if (r.record) {
      try {
        handle(*r.record, r.prepared.get());
        ++report.imported;
        continue;
      } catch (const RowProblem& e) {
        const int field = schema.index_of(e.field_key());
        const int column = field >= 0 ? header.field_columns[static_cast<std::size_t>(field)] : 0;
        r.problems.push_back(
            {r.row.number, column,
             field >= 0 ? schema.fields[static_cast<std::size_t>(field)].label : std::string(),
             e.what()});
      }
    }
    note(r.problems, r.row);
  }
  if (progress)
    progress->finish();

  if (rejects)
    rejects->finish();
  if (problem_count > 0 && !options.skip_invalid) {
    if (problem_count == 1) {
      // The message first: the problems are moved into the exception after.
      std::string message = fmt::format("{}, {}: {}; nothing was imported", name,
                                        where(csv, problems[0]), problems[0].message);
      throw ImportErrors(message, std::move(problems), problem_count);
    }
    std::string message = fmt::format("{}: {} errors in {} rows; nothing was imported:", name,
                                      problem_count, report.rejected);
    for (const Problem& p : problems)
      message += fmt::format("\n  {}: {}", where(csv, p), p.message);
    if (problem_count > problems.size())
      message += fmt::format("\n  … and {} more", problem_count - problems.size());
    message += fmt::format(
        "\nCorrect them and import again, or import with --skip-invalid to take the valid rows "
        "and write the others to '{}'",
        rejects_path(file).string());
    throw ImportErrors(message, std::move(problems), problem_count);
  }
  return report;
}

}  // namespace thuky::table
