#include "tally.hpp"

#include <SQLiteCpp/Statement.h>
#include <fmt/format.h>

#include <iostream>
#include <map>

#include "candidates.hpp"
#include "delegates_messages.hpp"
#include "election_store.hpp"
#include "results_lock.hpp"
#include "thuky/text/normalize.hpp"

namespace delegates {
namespace {

using thuky::table::FieldType;

// Vote columns a file may have; a unit's ballot is far shorter (seats + 3 at most in practice).
constexpr int kMaxVoteColumns = 30;

struct CountColumn {
  const char* key;
  const char* label;
  std::vector<std::string> aliases;
};

const std::vector<CountColumn>& count_columns() {
  static const std::vector<CountColumn> columns = {
      {"listed", "Số cử tri trong danh sách", {"Tổng số cử tri", "Cử tri trong danh sách"}},
      {"voted", "Số cử tri đã bỏ phiếu", {"Cử tri đã bỏ phiếu", "Đã bỏ phiếu"}},
      {"issued", "Số phiếu phát ra", {"Phiếu phát ra"}},
      {"returned", "Số phiếu thu vào", {"Phiếu thu vào"}},
      {"valid", "Số phiếu hợp lệ", {"Phiếu hợp lệ"}},
      {"invalid", "Số phiếu không hợp lệ", {"Phiếu không hợp lệ"}}};
  return columns;
}

std::string vote_key(std::size_t n) {
  return fmt::format("votes{}", n);
}
std::string vote_label(std::size_t n) {
  return fmt::format("Ứng cử viên {}", n);
}

std::string not_negative(const thuky::table::Value& v) {
  return v.integer < 0 ? "a count cannot be negative" : "";
}

thuky::table::TableSchema tally_schema() {
  thuky::table::TableSchema schema{"tallies",
                                   {{.key = "area",
                                     .label = "Khu vực bỏ phiếu",
                                     .required = true,
                                     .aliases = {"KVBP", "Mã khu vực", "Khu vực"}},
                                    {.key = "election",
                                     .label = "Cuộc bầu cử",
                                     .required = true,
                                     .aliases = {"Cấp", "Cấp bầu cử", "Bầu cử"}}}};
  for (const auto& c : count_columns()) {
    schema.fields.push_back({.key = c.key,
                             .label = c.label,
                             .type = FieldType::kInteger,
                             .required = true,
                             .aliases = c.aliases,
                             .check = not_negative});
  }
  for (std::size_t n = 1; n <= kMaxVoteColumns; ++n) {
    schema.fields.push_back({.key = vote_key(n),
                             .label = vote_label(n),
                             .type = FieldType::kInteger,
                             .aliases = {fmt::format("UCV {}", n)},
                             .check = not_negative});
  }
  return schema;
}

// A tally refused: the field to blame (a schema key, or empty for the row) and why.
struct Refusal {
  std::string field;
  std::string message;
};

// Where a tally goes and what its unit's ballot holds; candidates cached per unit.
class TallyChecker {
 public:
  TallyChecker(thuky::Store& store, const ElectionDay& day) : store_(store), day_(day) {}

  struct Target {
    const Election* election = nullptr;
    const Unit* unit = nullptr;
    const std::vector<Candidate>* ballot = nullptr;
  };

  // The target of `t`, or throws Refusal.
  Target check(const Tally& t) {
    const PollingArea* area = nullptr;
    for (const auto& p : day_.polling_areas) {
      if (p.code == t.area)
        area = &p;
    }
    if (!area) {
      throw Refusal{"area",
                    fmt::format("no polling area '{}' on {} ({})", t.area, day_.id, known_areas())};
    }
    Target target;
    try {
      target.election = &election_named(day_, t.election_id);
    } catch (const thuky::UserError& e) {
      throw Refusal{"election", e.what()};
    }
    const Election& e = *target.election;
    const auto unit = area->units.find(e.id);
    if (unit == area->units.end())
      throw Refusal{"election", fmt::format("{} does not vote in {} ({})", t.area, e.level, e.id)};
    target.unit = unit_of(e, unit->second);
    const std::string where = fmt::format("{}, {}: ", t.area, e.level);
    try {
      refuse_if_locked(store_, e);
    } catch (const thuky::UserError& locked) {
      throw Refusal{"election", where + locked.what()};
    }
    target.ballot = &ballot(e.id, unit->second);
    const std::size_t names = target.ballot->size();
    if (names == 0) {
      throw Refusal{
          "election",
          where + fmt::format("unit {} has no candidates: import its list first", unit->second)};
    }
    if (t.votes.size() != names) {
      throw Refusal{t.votes.size() < names ? vote_key(t.votes.size() + 1) : vote_key(names + 1),
                    where + fmt::format("the ballot of unit {} has {} {}; give {} vote {}, not {}",
                                        unit->second, names, names == 1 ? "name" : "names", names,
                                        names == 1 ? "count" : "counts", t.votes.size())};
    }
    const auto problems = check_tally(t.counts, t.votes, target.unit->seats);
    if (!problems.empty()) {
      std::string message;
      for (const auto& p : problems)
        message += (message.empty() ? "" : "; ") + p.message.english();
      throw Refusal{problems.front().field == "votes" ? "" : problems.front().field,
                    where + message};
    }
    return target;
  }

  const std::vector<Candidate>& ballot(const std::string& election_id, int unit) {
    auto [it, fresh] = ballots_.try_emplace({election_id, unit});
    if (fresh)
      it->second = load_candidates(store_, election_id, unit);
    return it->second;
  }

 private:
  std::string known_areas() const {
    std::string out;
    for (std::size_t i = 0; i < day_.polling_areas.size() && i < 5; ++i)
      out += (out.empty() ? "" : ", ") + day_.polling_areas[i].code;
    return day_.polling_areas.size() > 5 ? out + ", …" : out;
  }

  thuky::Store& store_;
  const ElectionDay& day_;
  std::map<std::pair<std::string, int>, std::vector<Candidate>> ballots_;
};

// The statements a tally needs, prepared once for a whole file.
class TallyWriter {
 public:
  TallyWriter(thuky::Store& store, std::string day_id)
      : day_(std::move(day_id)),
        drop_(store.db(),
              "DELETE FROM delegates_tallies WHERE day_id = ? AND polling_area = ? AND "
              "election_id = ?"),
        insert_(store.db(),
                "INSERT INTO delegates_tallies(day_id, polling_area, election_id, listed, voted, "
                "issued, returned, valid, invalid) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        vote_(store.db(),
              "INSERT INTO delegates_tally_votes(day_id, polling_area, election_id, "
              "candidate_id, votes) VALUES (?, ?, ?, ?, ?)") {}

  void write(const Tally& t, const std::string& election_id, const std::vector<Candidate>& ballot) {
    drop_.reset();
    drop_.bind(1, day_);
    drop_.bind(2, t.area);
    drop_.bind(3, election_id);
    drop_.exec();
    insert_.reset();
    insert_.bind(1, day_);
    insert_.bind(2, t.area);
    insert_.bind(3, election_id);
    const std::int64_t counts[] = {t.counts.listed,   t.counts.voted, t.counts.issued,
                                   t.counts.returned, t.counts.valid, t.counts.invalid};
    int column = 4;
    for (const std::int64_t c : counts)
      insert_.bind(column++, c);
    insert_.exec();
    for (std::size_t i = 0; i < ballot.size(); ++i) {
      vote_.reset();
      vote_.bind(1, day_);
      vote_.bind(2, t.area);
      vote_.bind(3, election_id);
      vote_.bind(4, ballot[i].id);
      vote_.bind(5, t.votes[i]);
      vote_.exec();
    }
  }

 private:
  std::string day_;
  SQLite::Statement drop_, insert_, vote_;
};

}  // namespace

const Election& election_named(const ElectionDay& day, const std::string& id_or_level) {
  const std::string wanted = thuky::text::to_nfc(id_or_level);
  std::string known;
  for (const auto& e : day.elections) {
    if (e.id == wanted || e.level == wanted)
      return e;
    known += fmt::format("{}{} ({})", known.empty() ? "" : ", ", e.level, e.id);
  }
  throw thuky::MessageError(thuky::Message(
      msg::kNoSuchElection, {{"election", id_or_level}, {"day", day.id}, {"known", known}}));
}

void set_tally(thuky::PluginContext& ctx, const ElectionDay& day, const Tally& tally) {
  TallyChecker checker(ctx.store(), day);
  TallyChecker::Target target;
  try {
    target = checker.check(tally);
  } catch (const Refusal& r) {
    throw thuky::UserError(r.message);
  }
  TallyWriter(ctx.store(), day.id).write(tally, target.election->id, *target.ballot);
  ctx.audit().row("delegates_tallies", "set", tally.area + "/" + target.election->id);
}

TallyImportResult import_tallies(thuky::PluginContext& ctx, const ElectionDay& day,
                                 const std::filesystem::path& file,
                                 const thuky::table::ImportOptions& options) {
  const auto schema = tally_schema();
  TallyChecker checker(ctx.store(), day);
  TallyWriter writer(ctx.store(), day.id);
  std::map<std::pair<std::string, std::string>, int> seen;  // area, election → first row
  TallyImportResult result;
  std::vector<std::string> ids;
  result.table =
      thuky::table::TableImport(schema, file, options)
          .run(
              [&](const thuky::table::Record& row) {
                Tally t;
                t.area = row.text("area");
                t.election_id = row.text("election");
                std::int64_t* counts[] = {&t.counts.listed,   &t.counts.voted, &t.counts.issued,
                                          &t.counts.returned, &t.counts.valid, &t.counts.invalid};
                for (std::size_t i = 0; i < count_columns().size(); ++i)
                  *counts[i] = row[count_columns()[i].key].integer;
                // The vote columns in order, up to the last one filled in.
                std::size_t last = 0;
                for (std::size_t n = 1; n <= kMaxVoteColumns; ++n) {
                  if (row[vote_key(n)].present)
                    last = n;
                }
                for (std::size_t n = 1; n <= last; ++n) {
                  if (!row[vote_key(n)].present) {
                    throw thuky::table::RowProblem(
                        vote_key(n),
                        fmt::format("{}, {}: no count for candidate {}", t.area, t.election_id, n));
                  }
                  t.votes.push_back(row[vote_key(n)].integer);
                }
                TallyChecker::Target target;
                try {
                  target = checker.check(t);
                } catch (const Refusal& r) {
                  throw thuky::table::RowProblem(r.field, r.message);
                }
                const auto [first, fresh] =
                    seen.emplace(std::make_pair(t.area, target.election->id), row.row());
                if (!fresh) {
                  throw thuky::table::RowProblem(
                      "election", fmt::format("{}, {}: counted already on line {}", t.area,
                                              target.election->level, first->second));
                }
                writer.write(t, target.election->id, *target.ballot);
                ids.push_back(t.area + "/" + target.election->id);
                ++result.stored;
              },
              &ctx.progress());
  ctx.audit().rows("delegates_tallies", "set", static_cast<std::int64_t>(result.stored), ids);
  return result;
}

std::vector<Tally> load_tallies(thuky::Store& store, const ElectionDay& day,
                                const std::string& election_id, const std::string& area) {
  SQLite::Statement q(store.db(),
                      "SELECT t.polling_area, t.election_id, t.listed, t.voted, t.issued, "
                      "t.returned, t.valid, t.invalid FROM delegates_tallies t JOIN "
                      "delegates_polling_areas p ON p.day_id = t.day_id AND p.code = "
                      "t.polling_area JOIN delegates_elections e ON e.id = t.election_id WHERE "
                      "t.day_id = ?1 AND (?2 = '' OR t.election_id = ?2) AND (?3 = '' OR "
                      "t.polling_area = ?3) ORDER BY p.position, e.position, e.rowid");
  q.bind(1, day.id);
  q.bind(2, election_id);
  q.bind(3, area);
  SQLite::Statement votes(store.db(),
                          "SELECT candidate_id, votes FROM delegates_tally_votes WHERE day_id = "
                          "? AND polling_area = ? AND election_id = ?");
  TallyChecker ballots(store, day);
  std::vector<Tally> out;
  while (q.executeStep()) {
    Tally t;
    t.area = q.getColumn(0).getString();
    t.election_id = q.getColumn(1).getString();
    t.counts = {q.getColumn(2).getInt64(), q.getColumn(3).getInt64(), q.getColumn(4).getInt64(),
                q.getColumn(5).getInt64(), q.getColumn(6).getInt64(), q.getColumn(7).getInt64()};
    std::map<std::int64_t, std::int64_t> by_candidate;
    votes.reset();
    votes.bind(1, day.id);
    votes.bind(2, t.area);
    votes.bind(3, t.election_id);
    while (votes.executeStep())
      by_candidate[votes.getColumn(0).getInt64()] = votes.getColumn(1).getInt64();
    for (const auto& p : day.polling_areas) {
      if (p.code != t.area)
        continue;
      for (const auto& c : ballots.ballot(t.election_id, p.units.at(t.election_id)))
        t.votes.push_back(by_candidate[c.id]);
    }
    out.push_back(std::move(t));
  }
  return out;
}

std::size_t list_tallies(thuky::PluginContext& ctx, const ElectionDay& day,
                         const std::string& election_id, const std::string& area,
                         const thuky::table::ListOptions& options) {
  using thuky::table::ColumnType;
  const auto tallies = load_tallies(ctx.store(), day, election_id, area);
  std::size_t width = 0;
  for (const auto& t : tallies)
    width = std::max(width, t.votes.size());
  std::vector<thuky::table::ListColumn> columns = {{"area", "Khu vực bỏ phiếu"},
                                                   {"election", "Cuộc bầu cử"}};
  for (const auto& c : count_columns())
    columns.push_back({c.key, c.label, ColumnType::kInteger});
  for (std::size_t n = 1; n <= width; ++n)
    columns.push_back({vote_key(n), vote_label(n), ColumnType::kInteger});
  thuky::table::ListOutput out("tallies", columns, options, std::cout);
  for (const auto& t : tallies) {
    std::vector<std::string> row = {t.area, election_of(day, t.election_id).level};
    for (const std::int64_t c : {t.counts.listed, t.counts.voted, t.counts.issued,
                                 t.counts.returned, t.counts.valid, t.counts.invalid})
      row.push_back(std::to_string(c));
    for (std::size_t n = 0; n < width; ++n)
      row.push_back(n < t.votes.size() ? std::to_string(t.votes[n]) : "");
    out.add(row);
  }
  return out.finish();
}

}  // namespace delegates
