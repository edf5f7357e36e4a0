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
#include "thuky/table/cell.hpp"

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

// Everything a store holds that an import may touch: the people, the schema (indexes
// included) and the page cache the bulk path shrinks while it runs.
std::string store_state(SQLite::Database& db) {
  return dump(db, "SELECT * FROM people ORDER BY id") +
         dump(db, "SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY name") +
         dump(db, "PRAGMA cache_size");
}

TEST(PeopleImportPaths, AFailedBulkImportLeavesTheStoreAsItWasIndexesIncluded) {
  TempDir dir;
  Store store(dir / "s.db");
  write_file(dir / "first.csv", "Mã,Họ và tên,Đơn vị\na1,Nguyễn Văn An,Xã Kỳ Tân\n");
  {
    PeopleDirectory people(store);
    WriteTransaction transaction(store);
    people.import_file(dir / "first.csv");
    transaction.commit();
  }
  const std::string before = store_state(store.db());
  std::string rows = "Mã,Họ và tên,Đơn vị\n";
  for (int i = 0; i < 3000; ++i)
    rows += fmt::format("p{},Trần Văn Bình,Xã Kỳ Hoa\n", i);
  // A row error (the whole file read, then refused) and a read error (the file's end, thrown
  // through the reading stage's thread), each after 3000 rows the bulk path has written.
  write_file(dir / "row_error.csv", rows + "p9999,,Xã Kỳ Hoa\n");
  write_file(dir / "read_error.csv", rows + "p9999,\"Lê Thị Thủy,Xã Kỳ Hoa\n");
  const std::string row_error =
      (dir / "row_error.csv").string() +
      ", line 3002, column B \"Họ và tên\": is empty, but every row needs it; nothing was "
      "imported";
  const std::string read_error =
      (dir / "read_error.csv").string() + ":3002:7: a quoted field is never closed (missing '\"')";
  for (const auto& [file, message] :
       {std::pair{"row_error.csv", row_error}, std::pair{"read_error.csv", read_error}}) {
    PeopleDirectory people(store);
    people.set_import_path(Path::kBulk);
    WriteTransaction transaction(store);
    try {
      people.import_file(dir / file);
      ADD_FAILURE() << file << " was imported";
    } catch (const UserError& e) {
      EXPECT_EQ(e.what(), message);
    }
  }
  EXPECT_EQ(store_state(store.db()), before);
}

TEST(PeopleImportPaths, ErrorsOfEveryStageAreReportedInFileOrder) {
  // Rows wrong for the schema (read on the reading thread), for the name's text (prepared
  // there too) and for the store (a code used twice, found on the writing thread), mixed.
  TempDir dir;
  Store store(dir / "s.db");
  std::string csv = "Mã,Họ và tên,Ngày sinh\n";
  std::string expected;
  for (int i = 1; i <= 3000; ++i) {
    const int line = i + 1;
    if (i % 100 != 0) {
      csv += fmt::format("p{},Trần Văn Bình,01/02/1980\n", i);
      continue;
    }
    switch (i / 100 % 3) {
      case 0:
        csv += fmt::format("p{},Trần Văn Bình,31/02/1980\n", i);
        expected += fmt::format("{} C\n", line);
        break;
      case 1:
        csv += fmt::format("p{},\xC2\xA7\xC3\x86ng V\xC2\xA8n Th\xC2\xB5nh,\n", i);
        expected += fmt::format("{} B\n", line);
        break;
      case 2:
        csv += fmt::format("p{},Trần Văn Bình,\n", i - 1);
        expected += fmt::format("{} A\n", line);
        break;
    }
  }
  write_file(dir / "mixed.csv", csv);
  for (const Path path : {Path::kBulk, Path::kRowByRow}) {
    PeopleDirectory people(store);
    people.set_import_path(path);
    WriteTransaction transaction(store);
    table::ImportOptions options;
    options.errors_shown = 100;
    try {
      people.import_file(dir / "mixed.csv", options);
      ADD_FAILURE() << "imported";
    } catch (const table::ImportErrors& e) {
      std::string found;
      for (const auto& p : e.problems())
        found += fmt::format("{} {}\n", p.row, table::column_letter(p.column));
      EXPECT_EQ(found, expected);
      EXPECT_EQ(e.total(), 30u);
    }
  }
  EXPECT_EQ(store.db().execAndGet("SELECT count(*) FROM people").getInt64(), 0);
}

}  // namespace
}  // namespace thuky::test
