#pragma once
// One row of the core `people` table as a Person: the SELECT and its reader, shared by the
// directory's lookups.

#include <SQLiteCpp/Statement.h>

#include "thuky/people.hpp"

namespace thuky {

inline constexpr const char* kPersonSelect =
    "SELECT id, coalesce(code,''), full_name, family_name, middle_name, given_name, "
    "coalesce(title,''), coalesce(unit,''), coalesce(gender,''), coalesce(birth_date,''), "
    "coalesce(phone,''), coalesce(email,''), version, coalesce(changed_at,''), "
    "coalesce(changed_by,'') FROM people";

// Reads the current row of a statement that starts with kPersonSelect.
Person read_person_row(SQLite::Statement& q);

}  // namespace thuky
