#pragma once
#include <vector>

#include "thuky/migration.hpp"

namespace minutes {

// The minutes plugin's tables, all prefixed "minutes_".
std::vector<thuky::Migration> schema_migrations();

}  // namespace minutes
