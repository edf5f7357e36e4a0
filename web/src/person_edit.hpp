#pragma once
// Saving a person from a form, without overwriting a change someone else saved meanwhile:
// the form carries the version it was loaded at, and a save over a newer version is refused.

#include <cstdint>
#include <stdexcept>
#include <string>

#include "thuky/people.hpp"

namespace thuky::web {

// The record changed since the form was loaded: who changed it, when, and what it is now.
class VersionConflict : public std::runtime_error {
 public:
  explicit VersionConflict(Person current)
      : std::runtime_error("the record was changed meanwhile"), current_(std::move(current)) {}
  const Person& current() const noexcept { return current_; }

 private:
  Person current_;
};

// Replaces the fields of the person `code` with `fields` (the form's; empty ones keep what is
// stored, as every update of the directory does) when it is still at `expected_version`;
// records `author` as who changed it. Returns the person as stored. Throws VersionConflict,
// or UserError when there is no such person. Call inside a WriteTransaction.
Person save_person_edit(PeopleDirectory& people, const std::string& code, PersonInput fields,
                        std::int64_t expected_version, const std::string& author);

}  // namespace thuky::web
