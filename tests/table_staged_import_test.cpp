// TableImport::run_staged (SDK 2.5): the rows, errors and their order of run, with `prepare` on
// a worker; row memory reused batch after batch shows no cell of an earlier, longer row; and
// the rejected rows told with their valid fields.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "support/test_support.hpp"
#include "thuky/table/import.hpp"
#include "thuky/text/case.hpp"

namespace thuky::table {
namespace {

struct Upper : PreparedRow {
  std::string name;
  int row = 0;
};

class StagedImport : public ::testing::Test {
 protected:
  test::TempDir dir_;
  TableSchema schema_{"people",
                      {{.key = "name", .label = "Họ và tên", .required = true},
                       {.key = "born", .label = "Ngày sinh", .type = FieldType::kDate},
                       {.key = "note", .label = "Ghi chú"}}};

  // 3.000 rows (a dozen batches): every 500th without a name, every 7th without its last two
  // cells (after a row that has them), every 1000th refused by the handler.
  std::filesystem::path file() {
    std::string csv = "Họ và tên,Ngày sinh,Ghi chú\n";
    for (int i = 1; i <= 3000; ++i) {
      const std::string name = i % 500 == 0 ? "" : "Người " + std::to_string(i);
      csv += i % 7 == 0 ? name + "\n" : name + ",01/02/1970,ghi chú " + std::to_string(i) + "\n";
    }
    const auto path = dir_ / "ds.csv";
    test::write_file(path, csv);
    return path;
  }
};

TEST_F(StagedImport, RowsPreparedOnTheWorkerReachTheHandlerInFileOrderWithRunsErrors) {
  const auto path = file();
  std::vector<std::string> seen;
  const auto prepare = [](const Record& r) -> std::unique_ptr<PreparedRow> {
    auto p = std::make_unique<Upper>();
    p->name = text::to_upper(r.at(0).text);
    p->row = r.row();
    return p;
  };
  std::size_t mismatched = 0;
  const auto handle = [&](const Record& r, PreparedRow* prepared) {
    const auto& p = static_cast<const Upper&>(*prepared);
    mismatched += p.row == r.row() && p.name == text::to_upper(r.at(0).text) ? 0 : 1;
    const int n = std::stoi(r.at(0).text.substr(r.at(0).text.find(' ') + 1));
    if (n % 1000 == 1)
      throw RowProblem("note", "refused by the handler");
    const bool short_row = n % 7 == 0;
    const std::string note = short_row ? "" : "ghi chú " + std::to_string(n);
    const std::string born = short_row ? "" : "1970-02-01";
    if (r.at(2).text != note || r.at(1).text != born || r.at(2).present == short_row)
      ++mismatched;
    seen.push_back(r.at(0).text);
  };
  ImportOptions options;
  options.errors_shown = 100;
  std::vector<ImportProblem> staged, plain;
  try {
    TableImport(schema_, path, options).run_staged(prepare, handle);
    FAIL() << "the import should be refused";
  } catch (const ImportErrors& e) {
    staged = e.problems();
  }
  const std::vector<std::string> staged_seen = seen;
  seen.clear();
  try {
    TableImport(schema_, path, options).run([&](const Record& r) { handle(r, prepare(r).get()); });
    FAIL() << "the import should be refused";
  } catch (const ImportErrors& e) {
    plain = e.problems();
  }
  EXPECT_EQ(mismatched, 0u);
  const std::size_t kept = 3000 - 6 - 3;  // 6 without a name, 3 refused
  EXPECT_EQ(staged_seen.size(), kept);
  EXPECT_EQ(staged_seen, seen);
  ASSERT_EQ(staged.size(), 9u);
  ASSERT_EQ(plain.size(), 9u);
  for (std::size_t i = 0; i < staged.size(); ++i) {
    EXPECT_EQ(staged[i].row, plain[i].row);
    EXPECT_EQ(staged[i].column, plain[i].column);
    EXPECT_EQ(staged[i].message, plain[i].message);
  }
  const std::vector<int> rows{staged[0].row, staged[1].row, staged[2].row};
  const std::vector<int> expected{2, 501, 1001};  // line 2 holds row 1 (refused), then no names
  EXPECT_EQ(rows, expected);
}

// `rejected` hears of every rejected row, the schema's and the handler's, in file order with the
// others: the fields that were valid as read, a field with a problem empty.
TEST_F(StagedImport, RejectedRowsAreToldWithTheirValidFields) {
  const auto path = dir_ / "ds.csv";
  test::write_file(path,
                   "Họ và tên,Ngày sinh,Ghi chú\n"
                   "An,01/02/1970,một\n"
                   "Bình,31/02/1970,hai\n"
                   "Chi,03/04/1971,ba\n"
                   ",04/05/1972,bốn\n");
  std::vector<std::string> heard;
  const auto prepare = [](const Record&) { return std::unique_ptr<PreparedRow>(); };
  const auto handle = [&](const Record& r, PreparedRow*) {
    if (r.at(0).text == "Chi")
      throw RowProblem("note", "refused by the handler");
    heard.push_back("handled " + r.at(0).text);
  };
  const auto rejected = [&](const Record& r) {
    heard.push_back("rejected " + std::to_string(r.row()) + " " + r.at(0).text + "|" +
                    (r.at(1).present ? r.at(1).text : "-") + "|" + r.at(2).text);
  };
  ImportOptions options;
  options.skip_invalid = true;
  const ImportReport report =
      TableImport(schema_, path, options).run_staged(prepare, handle, rejected, nullptr);
  EXPECT_EQ(report.imported, 1u);
  EXPECT_EQ(report.rejected, 3u);
  const std::vector<std::string> expected{"handled An", "rejected 3 Bình|-|hai",
                                          "rejected 4 Chi|1971-04-03|ba",
                                          "rejected 5 |1972-05-04|bốn"};
  EXPECT_EQ(heard, expected);
}

}  // namespace
}  // namespace thuky::table
