#pragma once
// `thuky election import FILE.toml`: the election day file, read and checked whole before
// anything is stored.

#include <filesystem>

#include "model.hpp"
#include "thuky/logger.hpp"

namespace delegates {

// Throws UserError naming file, line, column and key; warns (file:line) about unknown keys.
ElectionDay read_election_file(const std::filesystem::path& file, thuky::Logger& log);

}  // namespace delegates
