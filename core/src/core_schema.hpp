#pragma once
// The core tables every plugin may reference: people, organisations, areas, positions.

#include <vector>

#include "thuky/export.hpp"
#include "thuky/migration.hpp"

namespace thuky::host {

THUKY_API const std::vector<Migration>& core_migrations();

}  // namespace thuky::host
