#include "area_names.hpp"

#include <SQLiteCpp/Statement.h>

namespace delegates {

void AreaNames::put(const std::string& code, const std::string& name) {
  SQLite::Statement q(store_.db(),
                      "INSERT INTO delegates_areas(code, name) VALUES (?, ?) "
                      "ON CONFLICT(code) DO UPDATE SET name = excluded.name");
  q.bind(1, code);
  q.bind(2, name);
  q.exec();
}

std::string AreaNames::name(const std::string& code) const {
  SQLite::Statement q(store_.db(), "SELECT name FROM delegates_areas WHERE code = ?");
  q.bind(1, code);
  return q.executeStep() ? q.getColumn(0).getString() : code;
}

}  // namespace delegates
