#include "area_names.hpp"

#include <SQLiteCpp/Statement.h>

#include "thuky/areas.hpp"

namespace delegates {

std::string AreaNames::name(const std::string& code) const {
  thuky::AreaDirectory tree(store_);
  if (const auto area = tree.find_by_code(code))
    return area->full_name();
  SQLite::Statement q(store_.db(), "SELECT name, area_id FROM delegates_areas WHERE code = ?");
  q.bind(1, code);
  if (!q.executeStep())
    return code;
  if (!q.getColumn(1).isNull()) {
    if (const auto area = tree.find_by_id(q.getColumn(1).getInt64()))
      return area->full_name();
  }
  return q.getColumn(0).getString();
}

std::string AreaNames::province(const std::string& code) const {
  thuky::AreaDirectory tree(store_);
  auto area = tree.find_by_code(code);
  if (!area || !area->parent_id)
    return "";
  while (area && area->parent_id)
    area = tree.find_by_id(*area->parent_id);
  return area ? area->full_name() : "";
}

}  // namespace delegates
