#include "thuky/error.hpp"

namespace thuky {

std::string InputLocation::describe() const {
  std::string out = file;
  if (line > 0) {
    out += (out.empty() ? "line " : ":") + std::to_string(line);
    if (column > 0)
      out += ":" + std::to_string(column);
  }
  if (!field.empty())
    out += (out.empty() ? "" : ": ") + std::string("field '") + field + "'";
  return out;
}

UserError::~UserError() = default;

UserError::UserError(const InputLocation& where, const std::string& message)
    : std::runtime_error(where.describe().empty() ? message : where.describe() + ": " + message),
      location_(where) {}

}  // namespace thuky
