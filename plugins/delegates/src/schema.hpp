#pragma once
// The plugin's tables (prefix delegates_), as numbered migrations.

#include <vector>

#include "thuky/migration.hpp"

namespace delegates {

std::vector<thuky::Migration> schema_migrations();

}  // namespace delegates
