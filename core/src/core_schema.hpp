#pragma once
// The core tables every plugin may reference: people, organisations, areas, positions.

#include <vector>

#include "thuky/migration.hpp"

namespace thuky::host {

const std::vector<Migration>& core_migrations();

}  // namespace thuky::host
