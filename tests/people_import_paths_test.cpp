// The bulk path of `people import` (identity keys in memory, indexes built at the end) and the
// row path give the same store and the same reports, on files made to catch every difference:
// namesakes with and without codes, rows without a code that update someone (and so move them
// between keys), generated codes that collide, ambiguous rows, codes used twice.
#include <SQLiteCpp/Database.h>
#include <fmt/format.h>
#include <gtest/gtest.h>

#include <random>

#include "support/test_support.hpp"
#include "thuky/people.hpp"
#include "thuky/store.hpp"

namespace thuky::test {
namespace {

using Path = PeopleDirectory::ImportPath;

// Everything an import leaves and says, as text to compare.
struct Outcome {
  std::string people, indexes, report, duplicates, rejects;
};

std::string dump(SQLite::Database& db, const std::string& query) {
  SQLite::Statement q(db, query);
  std::string out;
  while (q.executeStep()) {
    for (int c = 0; c < q.getColumnCount(); ++c)
      out += (c ? "|" : "") + q.getColumn(c).getString();
    out += '\n';
  }
  return out;
}

// Imports `files` in turn into a fresh store, each the way `path` says.
Outcome import_all(const std::vector<std::string>& files, Path path, std::size_t key_slots = 0) {
  TempDir dir;
  Store store(dir / "s.db");
  Outcome o;
  for (std::size_t i = 0; i < files.size(); ++i) {
    const auto file = dir / fmt::format("f{}.csv", i);
    write_file(file, files[i]);
    PeopleDirectory people(store);
    people.set_import_path(path, key_slots);
    WriteTransaction transaction(store);
    table::ImportOptions options;
    options.skip_invalid = true;
    const auto r = people.import_file(file, options);
    transaction.commit();
    o.report += fmt::format("{} added, {} updated, {} rows, {} imported, {} rejected, {} dup\n",
                            r.added, r.updated, r.table.rows, r.table.imported, r.table.rejected,
                            r.possible_duplicate_count);
    for (const auto& d : r.possible_duplicates)
      o.duplicates += fmt::format("{} {} {} {}\n", d.row, d.code, d.other_code, d.reason);
    if (!r.table.rejects_file.empty())
      o.rejects += read_file(r.table.rejects_file);
  }
  SQLite::Database& db = store.db();
  o.people = dump(db,
                  "SELECT id, code, full_name, family_name, middle_name, given_name, title, unit, "
                  "gender, birth_date, phone, email, match_key, search_key, hex(sort_key) "
                  "FROM people ORDER BY id");
  o.indexes = dump(db,
                   "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = "
                   "'people' ORDER BY name");
  return o;
}

void expect_same(const std::vector<std::string>& files, std::size_t key_slots = 0) {
  const Outcome row = import_all(files, Path::kRowByRow);
  const Outcome bulk = import_all(files, Path::kBulk, key_slots);
  EXPECT_EQ(bulk.people, row.people);
  EXPECT_EQ(bulk.indexes, row.indexes);
  EXPECT_EQ(bulk.report, row.report);
  EXPECT_EQ(bulk.duplicates, row.duplicates);
  EXPECT_EQ(bulk.rejects, row.rejects);
  EXPECT_NE(row.people, "");
}

TEST(PeopleImportPaths, TheBulkPathGivesWhatTheRowPathGivesOnEveryIdentityCase) {
  const std::string header = "Mã,Họ và tên,Đơn vị,Ngày sinh,Điện thoại\n";
  const std::string first = header +
                            "a1,Nguyễn Văn An,Xã Kỳ Tân,01/02/1980,\n"
                            "a2,Nguyễn Văn An,Xã Kỳ Tân,03/04/1985,\n"  // same name and unit
                            "a3,Nguyễn Văn An,Xã Kỳ Hoa,01/02/1980,\n"  // same name and birth
                            ",Lê Thị Thủy,Xã Kỳ Tân,,0912345678\n"      // no code: lê-thị-thủy
                            ",Lê Thị Thuỷ,Xã Kỳ Tân,05/06/1970,\n"      // the same, birth filled
                            ",Lê Thị Thủy,Xã Kỳ Lợi,,\n"                // a namesake: le-thi-thuy-2
                            "le-thi-thuy-3,Trần Văn Bình,,,\n"  // takes the next generated code
                            ",Lê Thị Thủy,Xã Kỳ Hà,,\n"         // le-thi-thuy-4
                            ",Nguyễn Văn An,Xã Kỳ Tân,,\n"      // a1 or a2: ambiguous
                            ",Nguyễn Văn An,,01/02/1980,\n"     // a1 or a3: ambiguous
                            ",Nguyễn Văn An,Xã Kỳ Tân,03/04/1985,\n"  // a2
                            "a2,Phạm Văn Cường,,,\n"                  // a code used twice
                            "b1,Lê Thị Thủy,Xã Kỳ Tân,05/06/1970,\n";
  const std::string second = header +
                             "a1,Nguyễn Văn Ân,Xã Kỳ Tân,,0987654321\n"  // renamed: keys move
                             "c1,Nguyễn Văn Ân,Xã Kỳ Tân,,\n"
                             ",Nguyễn Văn An,Xã Kỳ Tân,,\n"  // a2 alone now
                             ",Lê Thị Thủy,Xã Kỳ Lợi,07/08/1990,\n"
                             "c2,Lê Thị Thủy,Xã Kỳ Lợi,07/08/1990,\n";
  expect_same({first});
  expect_same({first, second});
  expect_same({second, first});
}

TEST(PeopleImportPaths, TheBulkPathGivesWhatTheRowPathGivesOnAManyNamesakeList) {
  // Few names, units and dates, a third of the rows without a code: most keys are shared.
  std::mt19937 rng(7);
  const std::vector<std::string> family{"Nguyễn", "Trần", "Lê"}, given{"An", "Bình", "Thủy"},
      unit{"Xã Kỳ Tân", "Xã Kỳ Hoa", ""}, birth{"1970", "02/1980", "03/04/1985", ""};
  const auto pick = [&](const std::vector<std::string>& v) { return v[rng() % v.size()]; };
  std::vector<std::string> files;
  for (int f = 0; f < 2; ++f) {
    std::string csv = "Mã,Họ và tên,Đơn vị,Ngày sinh\n";
    for (int i = 0; i < 600; ++i) {
      const std::string code = rng() % 3 == 0 ? "" : fmt::format("p{}", rng() % 700);
      csv += fmt::format("{},{} Văn {},{},{}\n", code, pick(family), pick(given), pick(unit),
                         pick(birth));
    }
    files.push_back(csv);
  }
  expect_same({files[0]});
  expect_same(files);
  // Maps too small for the list: the bulk path hands over to the row path in the middle of
  // the first file (or, for the second, before it starts).
  expect_same(files, 512);
}

}  // namespace
}  // namespace thuky::test
