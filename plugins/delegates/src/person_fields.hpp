#pragma once
// The columns candidate and voter lists share: the name and its parts, the birth date checked
// for age on election day, the gender.

#include <string>
#include <vector>

#include "thuky/table/schema.hpp"
#include "thuky/text/partial_date.hpp"

namespace delegates {

// Họ và tên, and the optional Họ / Tên đệm / Tên that override the usual split.
std::vector<thuky::table::Field> name_fields();

// Ngày sinh (partial dates allowed), refused when `who` ("a voter") is under `min_age` on `day`.
thuky::table::Field birth_field(const thuky::text::Date& day, int min_age, std::string who);

thuky::table::Field gender_field(std::vector<std::string> aliases = {});

// "16/03/2008 is 17 on election day 15/03/2026; a voter must be at least 18", or empty.
std::string age_problem(const thuky::text::PartialDate& birth, const thuky::text::Date& day,
                        int min_age, const std::string& who);

}  // namespace delegates
