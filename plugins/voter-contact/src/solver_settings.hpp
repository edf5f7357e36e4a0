#pragma once
// The scheduler's weights from [plugins.voter-contact] in thuky.toml, as the host hands them
// over: checked against the manifest's [config.*] schema, every key set (defaults included).

#include <toml++/toml.h>

#include "schedule/problem.hpp"

namespace contact {

schedule::Weights read_weights(const toml::table& config);

}  // namespace contact
