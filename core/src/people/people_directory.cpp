#include <SQLiteCpp/Statement.h>
#include <fmt/format.h>

#include <algorithm>
#include <filesystem>
#include <optional>
#include <string_view>
#include <unordered_map>

#include "audit/host_audit_log.hpp"
#include "people/key_map.hpp"
#include "people/people_messages.hpp"
#include "people/prepared_person.hpp"
#include "person_row.hpp"
#include "table/staged_import.hpp"
#include "table/table_messages.hpp"
#include "thuky/people.hpp"
#include "thuky/text/names.hpp"

namespace thuky {
namespace {

// A stored person who may be the one the input means.
struct Candidate {
  std::int64_t id = 0;
  std::string code;
};

}  // namespace

// Prepared once per directory: an import of a million rows binds them a million times instead
// of parsing the SQL a million times.
struct PeopleDirectory::Statements {
  explicit Statements(SQLite::Database& db)
      : by_code(db, "SELECT id FROM people WHERE code = ?"),
        same_birth(db,
                   "SELECT id, coalesce(code,'') FROM people WHERE match_key = ?1 AND "
                   "birth_date = ?2 LIMIT 3"),
        // The same unit and no other birth date: an input without a date fits any.
        same_unit(db,
                  "SELECT id, coalesce(code,'') FROM people WHERE match_key = ?1 AND unit = ?2 "
                  "AND (?3 = '' OR birth_date IS NULL OR birth_date = ?3) LIMIT 3"),
        insert(db,
               "INSERT INTO people(code, full_name, family_name, middle_name, given_name, title, "
               "unit, gender, birth_date, phone, email, match_key, search_key, sort_key) VALUES "
               "(?1, ?2, ?3, ?4, ?5, nullif(?6,''), nullif(?7,''), nullif(?8,''), nullif(?9,''), "
               "nullif(?10,''), nullif(?11,''), ?12, ?13, ?15)"),
        // An update keeps what the input leaves empty: a file without a phone column must not
        // erase the phone numbers stored.
        update(db,
               "UPDATE people SET code=?1, full_name=?2, family_name=?3, middle_name=?4, "
               "given_name=?5, title=coalesce(nullif(?6,''), title), "
               "unit=coalesce(nullif(?7,''), unit), gender=coalesce(nullif(?8,''), gender), "
               "birth_date=coalesce(nullif(?9,''), birth_date), "
               "phone=coalesce(nullif(?10,''), phone), email=coalesce(nullif(?11,''), email), "
               "match_key=?12, search_key=?13, sort_key=?15, version=version+1, "
               "changed_at=strftime('%Y-%m-%dT%H:%M:%SZ','now'), changed_by=?16 WHERE id=?14"),
        keys_by_id(db,
                   "SELECT coalesce(code,''), match_key, coalesce(birth_date,''), "
                   "coalesce(unit,'') FROM people WHERE id = ?") {}

  // People stored under this name with the same birth date, or the same unit and no other
  // birth date; each person once.
  std::vector<Candidate> same_person(const std::string& match_key, const std::string& birth,
                                     const std::string& unit) {
    std::vector<Candidate> found;
    const auto collect = [&](SQLite::Statement& q) {
      while (q.executeStep()) {
        const std::int64_t id = q.getColumn(0).getInt64();
        if (std::none_of(found.begin(), found.end(), [&](const auto& c) { return c.id == id; }))
          found.push_back({id, q.getColumn(1).getString()});
      }
    };
    Candidate unused;
    if (!birth.empty() && known(kBirthKey, match_key, birth, unused) != Answer::kNone) {
      before_query();
      same_birth.reset();
      same_birth.bind(1, match_key);
      same_birth.bind(2, birth);
      collect(same_birth);
    }
    if (!unit.empty() && known(kUnitKey, match_key, unit, unused) != Answer::kNone) {
      before_query();
      same_unit.reset();
      same_unit.bind(1, match_key);
      same_unit.bind(2, unit);
      same_unit.bind(3, birth);
      collect(same_unit);
    }
    return found;
  }

  // The first person same_person(match_key, birth, "") or same_person(match_key, "", unit)
  // finds (the smallest id): the one a new code is reported beside.
  std::optional<Candidate> first_alike(const std::string& match_key, const std::string& birth,
                                       const std::string& unit) {
    Candidate found;
    const Answer answer = birth.empty() ? known(kUnitKey, match_key, unit, found)
                                        : known(kBirthKey, match_key, birth, found);
    if (answer == Answer::kFound)
      return found;
    if (answer == Answer::kNone)
      return std::nullopt;
    const std::vector<Candidate> all = same_person(match_key, birth, unit);
    return all.empty() ? std::nullopt : std::optional<Candidate>(all.front());
  }

  std::int64_t id_of_code(const std::string& code) {
    Candidate found;
    switch (known(kCodeKey, code, {}, found)) {
      case Answer::kNone:
        return 0;
      case Answer::kFound:
        return found.id;
      case Answer::kAsk:
        break;
    }
    before_query();
    by_code.reset();
    by_code.bind(1, code);
    return by_code.executeStep() ? by_code.getColumn(0).getInt64() : 0;
  }

  void reset_all() {
    for (SQLite::Statement* q : {&by_code, &same_birth, &same_unit, &insert, &update, &keys_by_id})
      q->reset();
  }

  // During a large import (see BulkImport): everyone's identity keys in memory, so that most
  // rows need no query at all.
  static constexpr char kCodeKey = 'c', kBirthKey = 'b', kUnitKey = 'u';
  enum class Answer { kNone, kFound, kAsk };
  struct KeyMaps {
    explicit KeyMaps(std::size_t slots) : code(slots), birth(slots), unit(slots) {}
    people::KeyMap code, birth, unit;
    people::KeyMap& of(char kind) {
      return kind == kCodeKey ? code : kind == kBirthKey ? birth : unit;
    }
  };
  std::optional<KeyMaps> stored_keys;
  std::function<void()> before_query = [] {};  // BulkImport brings its indexes back
  std::function<void()> maps_full = [] {};     // BulkImport ends its bulk part

  struct StoredKeys {
    std::string code, match_key, birth, unit;
  };
  std::optional<StoredKeys> keys_of(std::int64_t id) {
    keys_by_id.reset();
    keys_by_id.bind(1, id);
    if (!keys_by_id.executeStep())
      return std::nullopt;
    return StoredKeys{keys_by_id.getColumn(0).getString(), keys_by_id.getColumn(1).getString(),
                      keys_by_id.getColumn(2).getString(), keys_by_id.getColumn(3).getString()};
  }

  // kNone: nobody stored has the key; kFound: `found` is the first who has it; kAsk: the
  // queries must say (no key maps, or the map cannot be sure).
  Answer known(char kind, const std::string& a, const std::string& b, Candidate& found) {
    if (!stored_keys)
      return Answer::kAsk;
    const std::int64_t id = stored_keys->of(kind).find(people::KeyMap::hash(kind, a, b));
    if (id == people::KeyMap::kAbsent)
      return Answer::kNone;
    if (id == people::KeyMap::kAsk)
      return Answer::kAsk;
    const auto keys = first_keys(id);
    if (!keys)
      return Answer::kAsk;
    const bool same = kind == kCodeKey    ? keys->code == a
                      : kind == kBirthKey ? keys->match_key == a && keys->birth == b
                                          : keys->match_key == a && keys->unit == b;
    if (!same)
      return Answer::kAsk;  // another key with the same hash
    found = {id, std::string(keys->code)};
    return Answer::kFound;
  }

  // The keys of a person some key map names: the first of a common name is named again and
  // again (a million people of 20.000 names in 11 units name 120.000 of them 900.000 times),
  // so the ones read are kept, packed, up to a bound, instead of read from the store each time.
  struct KeysView {
    std::string_view code, match_key, birth, unit;
  };
  std::optional<KeysView> first_keys(std::int64_t id) {
    auto it = first_people.find(id);
    if (it == first_people.end()) {
      auto keys = keys_of(id);
      if (!keys)
        return std::nullopt;
      if (first_people.size() >= kFirstPeopleKept)
        first_people.clear();
      it = first_people.emplace(id, PackedKeys(*keys)).first;
    }
    return it->second.view();
  }
  // One string instead of four: about 130 bytes a person with the map's node.
  struct PackedKeys {
    explicit PackedKeys(const StoredKeys& k)
        : text(k.code + k.match_key + k.birth + k.unit),
          ends{k.code.size(), k.code.size() + k.match_key.size(),
               k.code.size() + k.match_key.size() + k.birth.size()} {}
    KeysView view() const {
      const std::string_view t = text;
      return {t.substr(0, ends[0]), t.substr(ends[0], ends[1] - ends[0]),
              t.substr(ends[1], ends[2] - ends[1]), t.substr(ends[2])};
    }
    std::string text;
    std::size_t ends[3];
  };
  static constexpr std::size_t kFirstPeopleKept = 150000;  // about 20 MiB
  std::unordered_map<std::int64_t, PackedKeys> first_people;

  // A person added with these keys: ids grow, so a key's first person stays its first.
  // More people than the maps hold: the queries answer from here on.
  bool maps_are_full() {
    if (!stored_keys->code.full() && !stored_keys->birth.full() && !stored_keys->unit.full())
      return false;
    maps_full();
    return true;
  }

  void added(std::int64_t id, const StoredKeys& keys) {
    if (!stored_keys || maps_are_full())
      return;
    stored_keys->code.add(people::KeyMap::hash(kCodeKey, keys.code), id);
    if (!keys.birth.empty())
      stored_keys->birth.add(people::KeyMap::hash(kBirthKey, keys.match_key, keys.birth), id);
    if (!keys.unit.empty())
      stored_keys->unit.add(people::KeyMap::hash(kUnitKey, keys.match_key, keys.unit), id);
  }
  // A person updated: a key it leaves or takes may have another first person now, which the
  // queries will tell. Keys it keeps stay right.
  void updated(std::int64_t id, const StoredKeys& before, const StoredKeys& after) {
    if (!stored_keys || maps_are_full())
      return;
    first_people.erase(id);  // the keys kept are the old ones
    const auto forget = [&](char kind, const std::string& a, const std::string& b) {
      if (!(kind == kCodeKey ? a : b).empty())
        stored_keys->of(kind).forget(people::KeyMap::hash(kind, a, b));
    };
    if (before.code != after.code) {
      forget(kCodeKey, before.code, {});
      forget(kCodeKey, after.code, {});
    }
    if (before.match_key != after.match_key || before.birth != after.birth) {
      forget(kBirthKey, before.match_key, before.birth);
      forget(kBirthKey, after.match_key, after.birth);
    }
    if (before.match_key != after.match_key || before.unit != after.unit) {
      forget(kUnitKey, before.match_key, before.unit);
      forget(kUnitKey, after.match_key, after.unit);
    }
  }

  // upsert's part that needs the store: who the person is, and the write.
  static Upserted write_person(PeopleDirectory& dir, people::PreparedPerson& person,
                               const InputLocation& where);

  ImportPath path = ImportPath::kAuto;
  std::size_t key_slots = std::size_t{1} << 21;  // each map's: 24 MiB, a million people
  SQLite::Statement by_code, same_birth, same_unit, insert, update, keys_by_id;
};

namespace {

// "Small" is fewer people than the file has rows, give or take: a people row is about 100
// bytes of CSV and 40 of a compressed workbook.
bool store_is_small_beside(SQLite::Database& db, const std::filesystem::path& file) {
  std::error_code error;
  const auto bytes = std::filesystem::file_size(file, error);
  if (error)
    return false;  // the import names the problem
  const auto stored = db.execAndGet("SELECT count(*) FROM people").getInt64();
  return static_cast<std::uintmax_t>(stored) * 64 <= bytes;
}

}  // namespace

// The bulk path of an import (see import_file): the identity keys of everyone stored in
// memory, and the people indexes dropped and built again at the end, one sort each instead of
// a random B-tree insert per row and index. A row the key maps cannot settle (a row without a
// code that has namesakes, a key an update moved) brings the indexes back at once and the
// queries answer. Inside a savepoint: a failed import rolls the indexes back with the rows.
class PeopleDirectory::BulkImport {
 public:
  BulkImport(Store& store, Statements& sql) : store_(store), sql_(sql), savepoint_(store) {
    SQLite::Database& db = store.db();
    sql.reset_all();  // a statement left mid-read would lock the schema
    sql.stored_keys.emplace(sql.key_slots);
    bool full = false;
    sql.maps_full = [&full] { full = true; };
    {
      SQLite::Statement all(db,
                            "SELECT id, coalesce(code,''), match_key, coalesce(birth_date,''), "
                            "coalesce(unit,'') FROM people ORDER BY id");
      while (!full && all.executeStep()) {
        sql.added(all.getColumn(0).getInt64(),
                  {all.getColumn(1).getString(), all.getColumn(2).getString(),
                   all.getColumn(3).getString(), all.getColumn(4).getString()});
      }
    }
    sql.maps_full = [this] { stop_bulk(); };
    if (full) {  // a store larger than the maps: the row path, indexes kept
      stop_bulk();
      return;
    }
    SQLite::Statement indexes(db,
                              "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND "
                              "tbl_name = 'people' AND sql IS NOT NULL ORDER BY name");
    std::vector<std::string> names;
    while (indexes.executeStep()) {
      names.push_back(indexes.getColumn(0).getString());
      index_sql_.push_back(indexes.getColumn(1).getString());
    }
    indexes.reset();
    for (const std::string& name : names)
      db.exec(fmt::format("DROP INDEX \"{}\"", name));
    sql.before_query = [this] { restore_indexes(); };
    // Without indexes the cache holds little but the table's last pages: a small one leaves
    // the memory to the key maps and the keys of first people (peak memory stays bounded).
    cache_before_ = db.execAndGet("PRAGMA cache_size").getInt64();
    db.exec(fmt::format("PRAGMA cache_size = {}", kBulkCacheSize));
  }
  ~BulkImport() {
    if (!index_sql_.empty()) {  // failed: the savepoint brings the indexes back
      try {
        store_.db().exec(fmt::format("PRAGMA cache_size = {}", cache_before_));
      } catch (...) {  // NOLINT: a destructor must not throw
      }
    }
    sql_.stored_keys.reset();
    sql_.first_people = {};
    sql_.before_query = [] {};
    sql_.maps_full = [] {};
  }
  BulkImport(const BulkImport&) = delete;
  BulkImport& operator=(const BulkImport&) = delete;

  void finish() {
    stop_bulk();  // the maps' memory is the index sorts' now
    savepoint_.commit();
  }

 private:
  void stop_bulk() {
    restore_indexes();
    sql_.stored_keys.reset();
    sql_.first_people = {};
  }

  void restore_indexes() {
    if (index_sql_.empty())
      return;
    sql_.reset_all();
    // Each sort may hold as much as the page cache: both smaller while they run keep the
    // import's peak memory bounded (the cache's pages are the table's, read once a sort).
    SQLite::Database& db = store_.db();
    db.exec(fmt::format("PRAGMA cache_size = {}", kBulkCacheSize));
    for (const std::string& create : index_sql_)
      db.exec(create);  // on failure the destructor puts the cache back
    db.exec(fmt::format("PRAGMA cache_size = {}", cache_before_));
    index_sql_.clear();
  }

  static constexpr int kBulkCacheSize = -16384;  // KiB
  std::int64_t cache_before_ = 0;

  Store& store_;
  Statements& sql_;
  WriteTransaction savepoint_;
  std::vector<std::string> index_sql_;  // of the indexes dropped
};

PeopleDirectory::PeopleDirectory(Store& store, text::NameOrderKind order)
    : store_(store), order_(order), author_(host::os_user_name()) {}
PeopleDirectory::~PeopleDirectory() = default;

void PeopleDirectory::set_import_path(ImportPath path, std::size_t key_slots) {
  if (!statements_)
    statements_ = std::make_unique<Statements>(store_.db());
  statements_->path = path;
  if (key_slots > 0)
    statements_->key_slots = key_slots;
}

std::string PeopleDirectory::code_for(const std::string& full_name) {
  std::string code;
  for (char c : text::search_key(full_name)) {
    if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
      code += c;
    } else if (!code.empty() && code.back() != '-') {
      code += '-';  // spaces, apostrophes (H'Luân) and the like
    }
  }
  while (!code.empty() && code.back() == '-')
    code.pop_back();
  return code;
}

PeopleDirectory::Upserted PeopleDirectory::upsert(const PersonInput& raw,
                                                  const InputLocation& where) {
  rekey_if_needed();
  people::PreparedPerson person = people::prepare_person(raw, where, order_);
  return Statements::write_person(*this, person, where);
}

PeopleDirectory::Upserted PeopleDirectory::Statements::write_person(PeopleDirectory& dir,
                                                                    people::PreparedPerson& person,
                                                                    const InputLocation& where) {
  if (!dir.statements_)
    dir.statements_ = std::make_unique<Statements>(dir.store_.db());
  dir.rekey_if_needed();
  Statements& sql = *dir.statements_;
  PersonInput& in = person.in;
  const text::NameParts& parts = person.parts;
  const std::string& match = person.match_key;

  Upserted result;
  std::int64_t id = 0;
  if (!in.code.empty()) {
    id = sql.id_of_code(in.code);
    if (id == 0) {
      // A new code is a new person, even when someone stored looks the same: say so.
      struct Likeness {
        std::string birth, unit;
        const char* reason;
      };
      for (const Likeness& like : {Likeness{in.birth_date, "", "the same name and birth date"},
                                   Likeness{"", in.unit, "the same name and unit"}}) {
        if (like.birth.empty() && like.unit.empty())
          continue;
        if (const auto c = sql.first_alike(match, like.birth, like.unit)) {
          if (c->code != in.code) {
            result.possible_duplicate =
                PossibleDuplicate{where.line, in.code, c->code, like.reason};
            break;
          }
        }
      }
    }
  } else {
    const std::vector<Candidate> same = sql.same_person(match, in.birth_date, in.unit);
    if (same.size() > 1) {
      std::string codes;
      for (const Candidate& c : same)
        codes += (codes.empty() ? "" : ", ") + c.code;
      throw MessageError(Message(people::msg::kCouldBeAny,
                                 {{"name", in.full_name},
                                  count_arg("count", static_cast<long long>(same.size())),
                                  {"codes", codes}}));
    }
    if (same.size() == 1) {
      id = same[0].id;
      in.code = same[0].code;
    }
  }
  if (in.code.empty()) {
    // A namesake keeps the name's code with a number: nguyen-van-an, nguyen-van-an-2, ...
    const std::string base = code_for(in.full_name);
    in.code = base;
    for (int n = 2; sql.id_of_code(in.code) != 0; ++n)
      in.code = base + "-" + std::to_string(n);
  }

  // Bound without copies: the strings outlive the write, and the next row binds anew.
  SQLite::Statement& write = id ? sql.update : sql.insert;
  write.reset();
  write.bindNoCopy(1, in.code);
  write.bindNoCopy(2, in.full_name);
  write.bindNoCopy(3, parts.family);
  write.bindNoCopy(4, parts.middle);
  write.bindNoCopy(5, parts.given);
  write.bindNoCopy(6, in.title);
  write.bindNoCopy(7, in.unit);
  write.bindNoCopy(8, in.gender);
  write.bindNoCopy(9, in.birth_date);
  write.bindNoCopy(10, in.phone);
  write.bindNoCopy(11, in.email);
  write.bindNoCopy(12, match);
  write.bindNoCopy(13, person.search_key);
  if (id)
    write.bind(14, id);
  // The birth date and unit as stored after the update: the input's, or the ones kept.
  Statements::StoredKeys keys{in.code, match, in.birth_date, in.unit};
  std::optional<Statements::StoredKeys> before;
  if (id && (before = sql.keys_of(id))) {
    keys.birth = keys.birth.empty() ? before->birth : keys.birth;
    keys.unit = keys.unit.empty() ? before->unit : keys.unit;
  }
  // Made with the input's birth date: again when the update keeps the stored one.
  if (keys.birth != in.birth_date)
    person.sort_key = dir.sort_key_of(in.full_name, parts, keys.birth);
  const std::string& key = person.sort_key;
  write.bind(15, key.data(), static_cast<int>(key.size()));
  if (id)
    write.bind(16, dir.author_);
  write.exec();
  result.id = id ? id : dir.store_.db().getLastInsertRowid();
  result.added = id == 0;
  if (result.added)
    sql.added(result.id, keys);
  else if (before)
    sql.updated(id, *before, keys);
  return result;
}

PeopleDirectory::ImportResult PeopleDirectory::import_file(const std::filesystem::path& file,
                                                           const table::ImportOptions& options,
                                                           Progress* progress) {
  const table::TableSchema& schema = people_schema();
  const auto field = [&](const char* key) {
    return static_cast<std::size_t>(schema.index_of(key));
  };
  const std::size_t code = field("code"), name = field("name"), family = field("family"),
                    middle = field("middle"), given = field("given"), title = field("title"),
                    unit = field("unit"), gender = field("gender"), birth = field("birth_date"),
                    phone = field("phone"), email = field("email");
  ImportResult result;
  if (!statements_)
    statements_ = std::make_unique<Statements>(store_.db());
  // A file as large as the store or larger (a new list, a first import of a million voters)
  // takes the bulk path: identity queries only for keys that may be stored, and the list-order
  // index, which no query of the import reads, built once at the end by one sort instead of a
  // random insert per row. The same rows, identities and reports as the row path.
  std::optional<BulkImport> bulk;
  if (statements_->path == ImportPath::kBulk ||
      (statements_->path == ImportPath::kAuto && store_is_small_beside(store_.db(), file)))
    bulk.emplace(store_, *statements_);
  // Which row of this file gave each code, without a map of a million strings: people this
  // import adds have ids from `first_new` on, so a vector indexed by id holds their rows; the
  // few people it updates are remembered apart.
  const std::int64_t first_new =
      store_.db().execAndGet("SELECT coalesce(max(id), 0) + 1 FROM people").getInt64();
  std::vector<int> row_of_new;
  std::unordered_map<std::int64_t, int> row_of_updated;
  const auto row_that_gave = [&](std::int64_t id) -> int {
    if (id >= first_new) {
      const auto i = static_cast<std::size_t>(id - first_new);
      return i < row_of_new.size() ? row_of_new[i] : 0;
    }
    const auto it = row_of_updated.find(id);
    return it == row_of_updated.end() ? 0 : it->second;
  };
  // The store-free part of each row on the import's worker thread (see staged_import.hpp);
  // what upsert would throw for it is kept, to be raised in its turn below.
  struct PreparedRow : table::Prepared {
    std::optional<people::PreparedPerson> person;
    std::optional<Message> error;
  };
  const auto prepare = [&](const table::Record& r) -> std::unique_ptr<table::Prepared> {
    auto prepared = std::make_unique<PreparedRow>();
    const PersonInput p{r.at(code).text,  r.at(name).text,  r.at(family).text, r.at(middle).text,
                        r.at(given).text, r.at(title).text, r.at(unit).text,   r.at(gender).text,
                        r.at(birth).text, r.at(phone).text, r.at(email).text};
    try {
      prepared->person =
          people::prepare_person(p, InputLocation{file.string(), r.row(), 0, ""}, order_);
    } catch (const MessageError& e) {
      prepared->error = e.message();
    } catch (const UserError& e) {
      prepared->error = Message(table::msg::kAsGiven, {{"text", e.what()}});
    }
    return prepared;
  };
  const auto handle = [&](const table::Record& r, table::Prepared* prepared) {
    auto& row = static_cast<PreparedRow&>(*prepared);
    const std::string& given_code = r.at(code).text;
    if (!given_code.empty()) {
      if (const int earlier = row_that_gave(statements_->id_of_code(given_code))) {
        throw table::RowMessageProblem(
            "code", Message(people::msg::kCodeUsedTwice,
                            {{"code", given_code}, {"row", std::to_string(earlier)}}));
      }
    }
    rekey_if_needed();  // where upsert would, before the row's own problems
    if (!row.person)
      throw table::RowMessageProblem("name", *row.error);
    Upserted u;
    try {
      u = Statements::write_person(*this, *row.person,
                                   InputLocation{file.string(), r.row(), 0, ""});
    } catch (const MessageError& e) {
      throw table::RowMessageProblem("name", e.message());  // a name that fits several people
    } catch (const UserError& e) {
      throw table::RowProblem("name", e.what());
    }
    (u.added ? result.added : result.updated) += 1;
    if (u.added && u.id >= first_new) {
      row_of_new.resize(static_cast<std::size_t>(u.id - first_new) + 1, 0);
      row_of_new.back() = r.row();
    } else if (!u.added) {
      row_of_updated.emplace(u.id, r.row());
    }
    if (u.possible_duplicate) {
      if (result.possible_duplicates.size() < ImportResult::kDuplicatesKept)
        result.possible_duplicates.push_back(*u.possible_duplicate);
      ++result.possible_duplicate_count;
    }
  };
  result.table = table::run_staged_import(schema, file, options, prepare, handle, progress);
  if (bulk)
    bulk->finish();
  return result;
}

std::optional<Person> PeopleDirectory::find_by_code(const std::string& code) {
  SQLite::Statement q(store_.db(), std::string(kPersonSelect) + " WHERE code = ?");
  q.bind(1, code);
  if (!q.executeStep())
    return std::nullopt;
  return read_person_row(q);
}

std::optional<Person> PeopleDirectory::find_by_id(std::int64_t id) {
  SQLite::Statement q(store_.db(), std::string(kPersonSelect) + " WHERE id = ?");
  q.bind(1, id);
  if (!q.executeStep())
    return std::nullopt;
  return read_person_row(q);
}

std::string PeopleDirectory::sort_key_of(const std::string& full_name, const text::NameParts& parts,
                                         const std::string& birth_date) const {
  return people::person_sort_key(order_, full_name, parts, birth_date);
}

namespace {
constexpr const char* kOrderSetting = "people.name_order";
}

// Keys made in another order (the configuration changed) or by a thuky before keys existed
// are made again, inside the caller's write transaction.
void PeopleDirectory::rekey_if_needed() {
  if (keys_checked_)
    return;
  keys_checked_ = true;
  const std::string wanted(text::name_order_name(order_.kind()));
  SQLite::Statement current(store_.db(), "SELECT value FROM store_settings WHERE key = ?");
  current.bind(1, kOrderSetting);
  const bool same = current.executeStep() && current.getColumn(0).getString() == wanted;
  if (same && !store_.db()
                   .execAndGet("SELECT EXISTS (SELECT 1 FROM people WHERE sort_key IS NULL)")
                   .getInt64())
    return;
  SQLite::Statement all(store_.db(),
                        "SELECT id, full_name, family_name, middle_name, given_name, "
                        "coalesce(birth_date,'') FROM people");
  SQLite::Statement update(store_.db(), "UPDATE people SET sort_key = ? WHERE id = ?");
  std::vector<std::pair<std::int64_t, std::string>> keys;
  while (all.executeStep()) {
    keys.emplace_back(all.getColumn(0).getInt64(),
                      sort_key_of(all.getColumn(1).getString(),
                                  {all.getColumn(2).getString(), all.getColumn(3).getString(),
                                   all.getColumn(4).getString()},
                                  all.getColumn(5).getString()));
  }
  for (const auto& [id, key] : keys) {
    update.reset();
    update.bind(1, key.data(), static_cast<int>(key.size()));
    update.bind(2, id);
    update.exec();
  }
  SQLite::Statement record(store_.db(),
                           "INSERT INTO store_settings(key, value) VALUES (?1, ?2) "
                           "ON CONFLICT(key) DO UPDATE SET value = ?2");
  record.bind(1, kOrderSetting);
  record.bind(2, wanted);
  record.exec();
}

void PeopleDirectory::for_each(const std::function<void(const Person&)>& visit) {
  // Stored keys serve when they are in this order; otherwise (a read must not re-key) the
  // list is sorted here.
  SQLite::Statement current(store_.db(), "SELECT value FROM store_settings WHERE key = ?");
  current.bind(1, kOrderSetting);
  const bool keyed =
      current.executeStep() &&
      current.getColumn(0).getString() == text::name_order_name(order_.kind()) &&
      store_.db()
              .execAndGet("SELECT EXISTS (SELECT 1 FROM people WHERE sort_key IS NULL)")
              .getInt64() == 0;
  if (keyed) {
    SQLite::Statement q(store_.db(), std::string(kPersonSelect) + " ORDER BY sort_key, id");
    while (q.executeStep())
      visit(read_person_row(q));
    return;
  }
  SQLite::Statement q(store_.db(), kPersonSelect);
  std::vector<std::pair<std::string, Person>> keyed_people;
  while (q.executeStep()) {
    Person p = read_person_row(q);
    std::string key = sort_key_of(p.full_name, {p.family, p.middle, p.given}, p.birth_date);
    keyed_people.emplace_back(std::move(key), std::move(p));
  }
  std::stable_sort(keyed_people.begin(), keyed_people.end(),
                   [](const auto& a, const auto& b) { return a.first < b.first; });
  for (const auto& [key, p] : keyed_people)
    visit(p);
}

std::vector<Person> PeopleDirectory::list() {
  std::vector<Person> people;
  for_each([&](const Person& p) { people.push_back(p); });
  return people;
}

}  // namespace thuky
