#pragma once
// How a failed command tells the user: "error: file:line:col: field 'x': message" on a
// terminal, or with --json one JSON object a script can read, the location as data:
//   {"error": {"exit_code": 1, "message": "...", "file": "m.toml", "line": 9, "column": 33,
//              "field": "chair.titel"}}

#include <iosfwd>
#include <string>

#include "thuky/error.hpp"

namespace thuky::host {

// `code` is the exit code (1 for the user's to fix, 3 for a bug in thuky); `where` may be
// empty. Control characters of the message are escaped either way.
void report_error(std::ostream& out, int code, const std::string& message,
                  const InputLocation& where, bool json);

}  // namespace thuky::host
