#pragma once
// [plugins.minutes] in thuky.toml: read and checked once per command.

#include <toml++/toml.h>

#include "documents/documents.hpp"
#include "thuky/logger.hpp"

namespace minutes {

// Throws UserError for a wrong value; warns about keys it does not know.
DocumentOptions read_options(const toml::table& table, thuky::Logger& log);

}  // namespace minutes
