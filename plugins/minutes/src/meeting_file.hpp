#pragma once
// Reading a meeting file (TOML, schema in plugins/minutes/README.md) into a Meeting: every value
// checked, people resolved against the directory, errors naming file, line, column and key.

#include <filesystem>

#include "meeting.hpp"
#include "thuky/logger.hpp"
#include "thuky/organisations.hpp"
#include "thuky/people.hpp"

namespace minutes {

// Unknown or misplaced keys are ignored with a warning on `log` naming file, line, column and key.
Meeting read_meeting_file(const std::filesystem::path& file, thuky::PeopleDirectory& people,
                          thuky::OrganisationDirectory& organisations,
                          thuky::Logger* log = nullptr);

}  // namespace minutes
