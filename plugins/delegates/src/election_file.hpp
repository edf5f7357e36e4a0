#pragma once
// `thuky election import FILE.toml`: the election day file, read and checked whole before
// anything is stored.

#include <filesystem>

#include "model.hpp"
#include "thuky/areas.hpp"
#include "thuky/logger.hpp"

namespace delegates {

// Units and polling areas name areas of the core tree (`areas`) by code, each in force on the
// election day. Throws UserError naming file, line, column and key; warns (file:line) about
// unknown keys.
ElectionDay read_election_file(const std::filesystem::path& file, thuky::AreaDirectory& areas,
                               thuky::Logger& log);

}  // namespace delegates
