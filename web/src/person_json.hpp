#pragma once
// People as the JSON API writes and reads them.

#include <nlohmann/json.hpp>

#include "thuky/people.hpp"

namespace thuky::web {

nlohmann::json person_json(const Person& p);
// The fields of a person form; birth_date as typed ("15/09/1970", "09/1970", "1970" or
// empty), checked and stored as ISO. Throws UserError naming the field.
PersonInput person_input_from(const nlohmann::json& body);

}  // namespace thuky::web
