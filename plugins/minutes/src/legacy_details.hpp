#pragma once
// Meetings imported by minutes 0.2 kept their organiser block as TOML text in
// minutes_meetings.details. Migration 3 cannot parse TOML in SQL, so such a meeting is read
// from that text until its next import writes the columns.

#include <string>

#include "meeting.hpp"

namespace minutes {

void read_legacy_details(const std::string& toml_text, Meeting& meeting);

}  // namespace minutes
