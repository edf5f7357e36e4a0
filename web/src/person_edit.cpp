#include "person_edit.hpp"

#include <fmt/format.h>

#include "thuky/error.hpp"

namespace thuky::web {

Person save_person_edit(PeopleDirectory& people, const std::string& code, PersonInput fields,
                        std::int64_t expected_version, const std::string& author) {
  const auto stored = people.find_by_code(code);
  if (!stored)
    throw UserError(InputLocation{"", 0, 0, "code"}, fmt::format("no person with code '{}'", code));
  if (stored->version != expected_version)
    throw VersionConflict(*stored);
  fields.code = stored->code;
  if (fields.full_name == stored->full_name) {
    // The same name keeps the parts it was stored with (Tôn Nữ, Y Moan Niê); a new one is
    // split again.
    fields.family = stored->family;
    fields.middle = stored->middle;
    fields.given = stored->given;
  }
  people.set_author(author);
  people.upsert(fields, InputLocation{});
  return *people.find_by_code(code);
}

}  // namespace thuky::web
