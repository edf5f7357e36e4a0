#pragma once
// [plugins.minutes] in thuky.toml, as the host hands it over: checked against the manifest's
// [config.*] schema, every key set.

#include <toml++/toml.h>

#include "documents/documents.hpp"

namespace minutes {

DocumentOptions read_options(const toml::table& config);

}  // namespace minutes
