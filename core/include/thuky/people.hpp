#pragma once
// The people directory in the shared store: one row per person, referenced by every plugin
// (invitees, candidates, delegates). Names are stored NFC with their parts.
//
// Identity: a code ("Mã"), where given, is the person. Without a code, a row is the person
// already stored with the same name (tone placement and normalisation ignored) and the same
// birth date, or the same unit and no conflicting birth date. Rows that only look alike — the
// same name and unit or birth date under different codes — are stored apart and reported as
// possible duplicates for the user to confirm; nothing is ever merged silently.

#include <cstdint>
#include <filesystem>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "thuky/error.hpp"
#include "thuky/export.hpp"
#include "thuky/progress.hpp"
#include "thuky/store.hpp"
#include "thuky/table/import.hpp"
#include "thuky/text/names.hpp"

namespace thuky {

struct THUKY_API PersonInput {
  std::string code;  // stable key for references; derived from the name when empty
  std::string full_name;
  std::string family, middle, given;  // override the usual split when set (Tôn Nữ, Y Moan Niê)
  std::string title;                  // chức vụ
  std::string unit;                   // đơn vị
  std::string gender;                 // "nam", "nữ" or empty
  std::string birth_date;             // "1970-09-15", or "1970-09" / "1970" when partial
  std::string phone;
  std::string email;
};

struct THUKY_API Person {
  std::int64_t id = 0;
  std::string code, full_name, family, middle, given, title, unit, gender, birth_date, phone, email;
  // Each change of the row adds one to `version`; who made the last one and when (UTC,
  // "2026-11-30T01:52:00Z"), empty for rows not changed since they were added.
  std::int64_t version = 1;
  std::string changed_at, changed_by;
};

// Two people who may be one: the user decides.
struct THUKY_API PossibleDuplicate {
  int row = 0;  // the input row (0 from the command line)
  std::string code, other_code;
  std::string reason;  // "the same name and unit"
};

class THUKY_API PeopleDirectory {
 public:
  // `order` is the list order kept in the store ([text] name_order); a directory opened with
  // another order than the stored keys re-keys everyone on its first write.
  explicit PeopleDirectory(Store& store,
                           text::NameOrderKind order = text::NameOrderKind::kPublished);
  ~PeopleDirectory();
  PeopleDirectory(const PeopleDirectory&) = delete;
  PeopleDirectory& operator=(const PeopleDirectory&) = delete;

  struct ImportResult {
    int added = 0;
    int updated = 0;
    table::ImportReport table;
    static constexpr std::size_t kDuplicatesKept = 100;
    std::vector<PossibleDuplicate> possible_duplicates;  // the first kDuplicatesKept
    std::size_t possible_duplicate_count = 0;
  };
  // Imports a .csv or .xlsx with Vietnamese headers (see people_schema()). Throws UserError
  // naming file, row, column and field; the caller's transaction then leaves the store as it was.
  ImportResult import_file(const std::filesystem::path& file,
                           const table::ImportOptions& options = {}, Progress* progress = nullptr);

  // How import_file finds who a row is. kAuto takes the bulk path when the file is about as
  // large as the store or larger: both give the same people, identities and reports, so the
  // others exist for tests and benchmarks that compare them. The bulk path keeps everyone's
  // identity keys in memory, `key_slots` a kind at most (0: 2^21, 24 MiB, a million people);
  // past that it hands over to the row path.
  enum class ImportPath { kAuto, kRowByRow, kBulk };
  void set_import_path(ImportPath path, std::size_t key_slots = 0);

  struct Upserted {
    std::int64_t id = 0;
    bool added = false;
    std::optional<PossibleDuplicate> possible_duplicate;
  };
  // Adds the person, or updates the one it is (see the identity rule above).
  Upserted upsert(const PersonInput& input, const InputLocation& where);
  // Whom upsert and import_file record as having changed a row (default: the OS user).
  void set_author(std::string author) { author_ = std::move(author); }

  // One page of the people whose name or code contains `query` with case and
  // diacritics folded ("nguyen van" finds Nguyễn Văn An), in list order; `total` counts them
  // all. An empty query matches everyone.
  struct SearchPage {
    std::vector<Person> people;
    std::size_t total = 0;
  };
  SearchPage search(const std::string& query, std::size_t offset, std::size_t limit);

  std::optional<Person> find_by_code(const std::string& code);
  std::optional<Person> find_by_id(std::int64_t id);
  // The people with these ids (ids not in the store are left out), in one query per 500 ids.
  std::unordered_map<std::int64_t, Person> find_many(const std::vector<std::int64_t>& ids);
  // Everyone whose name is `full_name` (tone placement, case and normalisation ignored), with
  // `birth_date` too when it is not empty; in list order.
  std::vector<Person> find_by_name(const std::string& full_name,
                                   const std::string& birth_date = {});
  // "code or inline name", as input files write a person: the person with that code, else the
  // one person with that name. nullopt when there is none; UserError at `where` when the
  // name fits several people (naming their codes, so the user can write one).
  std::optional<Person> resolve(const std::string& code_or_name, const InputLocation& where);
  // Everyone, in official list order, one at a time (a million take the memory of one).
  void for_each(const std::function<void(const Person&)>& visit);
  std::vector<Person> list();

  // "Hà Văn Hùng" → "ha-van-hung": the code a person gets when the input has none.
  static std::string code_for(const std::string& full_name);

 private:
  struct Statements;
  class BulkImport;
  void rekey_if_needed();
  std::string sort_key_of(const std::string& full_name, const text::NameParts& parts,
                          const std::string& birth_date) const;
  Store& store_;
  text::NameOrder order_;
  std::string author_;
  bool keys_checked_ = false;
  std::unique_ptr<Statements> statements_;  // prepared once, bound per row
};

// The columns `people import` reads (and `people list --out` writes).
THUKY_API const table::TableSchema& people_schema();

// Why `year` cannot be a birth year (before 1900, or after this year); empty when it can.
THUKY_API std::string implausible_birth_year(int year);

}  // namespace thuky
