#pragma once
// The columns candidate and voter lists share: the name and its parts, the birth date checked
// for age on election day, the gender.

#include <optional>
#include <string>
#include <vector>

#include "thuky/message.hpp"
#include "thuky/table/schema.hpp"
#include "thuky/text/partial_date.hpp"

namespace delegates {

// Họ và tên, and the optional Họ / Tên đệm / Tên that override the usual split.
std::vector<thuky::table::Field> name_fields();

// Ngày sinh (partial dates allowed). The age rule is not the field's: a row handler checks it
// with age_problem, so that its words are in the plugin's catalogue (a field's check speaks
// English only).
thuky::table::Field birth_field();

thuky::table::Field gender_field(std::vector<std::string> aliases = {});

// Who must be of age, in both languages.
struct Who {
  const char* english;     // "a voter"
  const char* vietnamese;  // "cử tri"
};
inline constexpr Who kVoter{"a voter", "cử tri"};
inline constexpr Who kCandidate{"a candidate", "người ứng cử"};

// "16/03/2008 is 17 on election day 15/03/2026; a voter must be at least 18", or nothing.
std::optional<thuky::Message> age_problem(const thuky::text::PartialDate& birth,
                                          const thuky::text::Date& day, int min_age, Who who);

}  // namespace delegates
