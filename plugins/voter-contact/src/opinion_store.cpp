#include "opinion_store.hpp"

#include <SQLiteCpp/Statement.h>
#include <fmt/format.h>

#include "opinion_similarity.hpp"
#include "thuky/error.hpp"
#include "thuky/text/names.hpp"

namespace contact {
namespace {

constexpr const char* kColumns =
    "id, plan_id, group_id, locality_id, voter, address, content, field, committee, agency, "
    "competence, urgent, answered, answered_by, opinion_group";

std::string match_key_of(const Opinion& o) {
  return thuky::text::search_key(o.voter) + "|" + thuky::text::search_key(o.content);
}

Opinion read(SQLite::Statement& q) {
  Opinion o;
  o.number = q.getColumn(0).getInt64();
  std::string* text[] = {&o.plan,    &o.group, &o.locality,  &o.voter,  &o.address,
                         &o.content, &o.field, &o.committee, &o.agency, &o.competence};
  int at = 1;
  for (std::string* t : text)
    *t = q.getColumn(at++).getString();
  o.urgent = q.getColumn(at++).getInt() != 0;
  o.answered = q.getColumn(at++).getInt() != 0;
  o.answered_by = q.getColumn(at++).getString();
  o.topic = q.getColumn(at).isNull() ? 0 : q.getColumn(at).getInt64();
  return o;
}

// The number of the opinion of `o`'s session that says the same, if any.
std::optional<std::int64_t> same_as(SQLite::Database& db, const Opinion& o,
                                    const std::string& key) {
  SQLite::Statement q(db,
                      "SELECT id FROM voter_contact_opinions WHERE plan_id = ? AND group_id = ? "
                      "AND locality_id = ? AND match_key = ?");
  q.bind(1, o.plan);
  q.bind(2, o.group);
  q.bind(3, o.locality);
  q.bind(4, key);
  if (!q.executeStep())
    return std::nullopt;
  return q.getColumn(0).getInt64();
}

void index_for_search(SQLite::Database& db, const Opinion& o, std::int64_t number) {
  SQLite::Statement del(db, "DELETE FROM voter_contact_opinion_search WHERE rowid = ?");
  del.bind(1, number);
  del.exec();
  SQLite::Statement add(db,
                        "INSERT INTO voter_contact_opinion_search (rowid, folded) VALUES (?, ?)");
  add.bind(1, number);
  add.bind(2, thuky::text::search_key(o.content + " " + o.voter + " " + o.address));
  add.exec();
}

}  // namespace

OpinionStore::Saved OpinionStore::save(const Opinion& o) {
  SQLite::Database& db = store_.db();
  const std::string key = match_key_of(o);
  const auto twin = same_as(db, o, key);
  Saved saved;
  if (o.number != 0) {
    if (!find(o.plan, o.number)) {
      throw thuky::UserError(fmt::format("no opinion {} in plan '{}'", o.number, o.plan));
    }
    if (twin && *twin != o.number) {
      throw thuky::UserError(fmt::format(
          "opinion {} would say the same as opinion {} of its session", o.number, *twin));
    }
    saved.number = o.number;
  } else if (twin) {
    saved.number = *twin;
  } else {
    SQLite::Statement add(db,
                          "INSERT INTO voter_contact_opinions (plan_id, group_id, locality_id, "
                          "match_key, content) VALUES (?, ?, ?, ?, ?)");
    add.bind(1, o.plan);
    add.bind(2, o.group);
    add.bind(3, o.locality);
    add.bind(4, key);
    add.bind(5, o.content);
    add.exec();
    saved = {db.getLastInsertRowid(), true};
  }
  SQLite::Statement set(db,
                        "UPDATE voter_contact_opinions SET group_id = ?, locality_id = ?, "
                        "match_key = ?, voter = ?, address = ?, content = ?, field = ?, "
                        "committee = ?, agency = ?, competence = ?, urgent = ?, answered = ?, "
                        "answered_by = ? WHERE id = ?");
  int at = 1;
  for (const std::string* t : {&o.group, &o.locality, &key, &o.voter, &o.address, &o.content,
                               &o.field, &o.committee, &o.agency, &o.competence})
    set.bind(at++, *t);
  set.bind(at++, o.urgent ? 1 : 0);
  set.bind(at++, o.answered ? 1 : 0);
  set.bind(at++, o.answered_by);
  set.bind(at, saved.number);
  set.exec();
  index_for_search(db, o, saved.number);
  return saved;
}

std::vector<Opinion> OpinionStore::list(const std::string& plan, const std::string& locality) {
  SQLite::Statement q(store_.db(),
                      fmt::format("SELECT {} FROM voter_contact_opinions WHERE plan_id = ? AND "
                                  "(? = '' OR locality_id = ?) ORDER BY id",
                                  kColumns));
  q.bind(1, plan);
  q.bind(2, locality);
  q.bind(3, locality);
  std::vector<Opinion> out;
  while (q.executeStep())
    out.push_back(read(q));
  return out;
}

std::optional<Opinion> OpinionStore::find(const std::string& plan, std::int64_t number) {
  SQLite::Statement q(
      store_.db(),
      fmt::format("SELECT {} FROM voter_contact_opinions WHERE plan_id = ? AND id = ?", kColumns));
  q.bind(1, plan);
  q.bind(2, number);
  if (!q.executeStep())
    return std::nullopt;
  return read(q);
}

std::vector<Opinion> OpinionStore::search(const std::string& plan, const std::string& text) {
  // Each word becomes an FTS5 string ("..."): its letters and digits only, so no quote,
  // operator, column filter or NUL of the user's text reaches the query syntax.
  const std::vector<std::string> words = folded_words(text);
  if (words.empty())
    return {};
  std::string match;
  for (std::size_t i = 0; i < words.size(); ++i)
    match += (i ? " \"" : "\"") + words[i] + (i + 1 == words.size() ? "\"*" : "\"");
  SQLite::Statement q(store_.db(),
                      fmt::format("SELECT {} FROM voter_contact_opinions WHERE plan_id = ? AND id "
                                  "IN (SELECT rowid FROM voter_contact_opinion_search WHERE "
                                  "voter_contact_opinion_search MATCH ?) ORDER BY id",
                                  kColumns));
  q.bind(1, plan);
  q.bind(2, match);
  std::vector<Opinion> out;
  while (q.executeStep())
    out.push_back(read(q));
  return out;
}

}  // namespace contact
