#pragma once
// The part of adding or updating a person that needs no store: the input checked, cleaned
// (NFC, spaces) and split into name parts, with its keys. A large import makes it on its
// worker thread (see table/staged_import.hpp); PeopleDirectory::upsert on the spot.

#include <string>

#include "thuky/people.hpp"
#include "thuky/text/names.hpp"

namespace thuky::people {

struct PreparedPerson {
  PersonInput in;  // cleaned
  text::NameParts parts;
  std::string match_key, search_key;
  std::string sort_key;  // with the input's birth date
};

// Throws UserError at `where` for text that is not Unicode, a missing name, or a name, title
// or unit the configured fonts cannot print.
PreparedPerson prepare_person(const PersonInput& raw, const InputLocation& where,
                              const text::NameOrder& order);

// The stored list-order key of a person: a partial birth date counts as the law's date.
std::string person_sort_key(const text::NameOrder& order, const std::string& full_name,
                            const text::NameParts& parts, const std::string& birth_date);

}  // namespace thuky::people
