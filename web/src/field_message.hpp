#pragma once
// A user error as a page shows it beside its form field: the message without the location
// ("field 'x': ") the command line puts before it, the field named apart in the answer.

#include <string>

#include "thuky/error.hpp"

namespace thuky::web {

inline std::string field_message(std::string message, const InputLocation& where) {
  const std::string prefix = where.describe() + ": ";
  if (!where.describe().empty() && message.starts_with(prefix))
    message.erase(0, prefix.size());
  return message;
}

}  // namespace thuky::web
