#pragma once
// Errors that are the user's to fix (bad input, missing workspace): the host prints the
// message and exits 1. Anything else that escapes a command is an internal error (exit 3).

#include <stdexcept>
#include <string>
#include "thuky/export.hpp"

namespace thuky {

// Where in an input file a problem is. Any part may be empty/zero when unknown.
struct THUKY_API InputLocation {
  std::string file;
  int line = 0;
  int column = 0;
  std::string field;

  // "people.csv:12:3: field 'Ngày sinh'" — the parts that are known, in that order.
  std::string describe() const;
};

class THUKY_API UserError : public std::runtime_error {
 public:
  explicit UserError(const std::string& message) : std::runtime_error(message) {}
  UserError(const InputLocation& where, const std::string& message);
  // Out of line: the key function that gives UserError one vtable and one type_info, in
  // libthuky, so a plugin's `catch (const thuky::UserError&)` matches the host's throw.
  ~UserError() override;

  const InputLocation& location() const noexcept { return location_; }

 private:
  InputLocation location_;
};

// Process exit codes of `thuky`.
enum ExitCode : int {
  kExitOk = 0,
  kExitUserError = 1,
  kExitUsage = 2,
  kExitInternal = 3,
};

}  // namespace thuky
