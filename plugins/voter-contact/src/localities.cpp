#include "localities.hpp"

#include <SQLiteCpp/Statement.h>

namespace contact {

void Localities::upsert(const std::string& id, const std::string& name) {
  SQLite::Statement q(store_.db(),
                      "INSERT INTO voter_contact_localities (id, name) VALUES (?, ?) "
                      "ON CONFLICT (id) DO UPDATE SET name = excluded.name");
  q.bind(1, id);
  q.bind(2, name);
  q.exec();
}

std::optional<std::string> Localities::name_of(const std::string& id) {
  SQLite::Statement q(store_.db(), "SELECT name FROM voter_contact_localities WHERE id = ?");
  q.bind(1, id);
  if (!q.executeStep())
    return std::nullopt;
  return q.getColumn(0).getString();
}

}  // namespace contact
