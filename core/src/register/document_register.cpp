#include "thuky/register.hpp"

#include <SQLiteCpp/Statement.h>
#include <fmt/format.h>

#include "thuky/error.hpp"

namespace thuky {
namespace {

void bind_key(SQLite::Statement& q, const RegisterEntry& e) {
  q.bind(1, e.issuer);
  q.bind(2, e.type);
  q.bind(3, e.date.year);
}

void add_number(Store& store, const RegisterEntry& e, int number) {
  SQLite::Statement add(store.db(),
                        "INSERT INTO document_register(issuer, type, year, number, issued_on, "
                        "reference) VALUES (?, ?, ?, ?, ?, ?)");
  bind_key(add, e);
  add.bind(4, number);
  add.bind(5, e.date.iso());
  add.bind(6, e.reference);
  add.exec();
}

}  // namespace

std::optional<int> DocumentRegister::number_of(const RegisterEntry& e) const {
  if (e.reference.empty())
    return std::nullopt;
  SQLite::Statement q(store_.db(),
                      "SELECT number FROM document_register WHERE issuer = ? AND type = ? AND "
                      "year = ? AND reference = ?");
  bind_key(q, e);
  q.bind(4, e.reference);
  if (q.executeStep())
    return q.getColumn(0).getInt();
  return std::nullopt;
}

int DocumentRegister::take(const RegisterEntry& e) {
  if (const auto known = number_of(e))
    return *known;
  SQLite::Statement last(store_.db(),
                         "SELECT coalesce(max(number), 0) FROM document_register WHERE issuer = "
                         "? AND type = ? AND year = ?");
  bind_key(last, e);
  last.executeStep();
  const int number = last.getColumn(0).getInt() + 1;
  add_number(store_, e, number);
  return number;
}

std::vector<std::string> DocumentRegister::record(const RegisterEntry& e, int number) {
  SQLite::Statement held(store_.db(),
                         "SELECT reference, issued_on FROM document_register WHERE issuer = ? "
                         "AND type = ? AND year = ? AND number = ?");
  bind_key(held, e);
  held.bind(4, number);
  if (held.executeStep()) {
    const std::string reference = held.getColumn(0).getString();
    if (reference != e.reference || reference.empty()) {
      throw UserError(fmt::format("number {:02}/{} of {} is already given{}", number, e.type,
                                  e.date.year, reference.empty() ? "" : " (to " + reference + ")"));
    }
  } else {
    if (const auto other = number_of(e)) {
      SQLite::Statement drop(store_.db(),
                             "DELETE FROM document_register WHERE issuer = ? AND type = ? AND "
                             "year = ? AND reference = ?");
      bind_key(drop, e);
      drop.bind(4, e.reference);
      drop.exec();
    }
    add_number(store_, e, number);
  }
  std::vector<std::string> warnings;
  SQLite::Statement against(
      store_.db(),
      "SELECT number, issued_on FROM document_register WHERE issuer = ? AND type = ? AND year = "
      "? AND ((number < ?4 AND issued_on > ?5) OR (number > ?4 AND issued_on < ?5)) ORDER BY "
      "number");
  bind_key(against, e);
  against.bind(4, number);
  against.bind(5, e.date.iso());
  while (against.executeStep()) {
    const auto date = text::Date::parse_iso(against.getColumn(1).getString());
    warnings.push_back(fmt::format("number {:02}/{} dated {} runs against number {:02}/{} dated {}",
                                   number, e.type, e.date.dmy(), against.getColumn(0).getInt(),
                                   e.type, date ? date->dmy() : against.getColumn(1).getString()));
  }
  return warnings;
}

}  // namespace thuky
