#pragma once
#include <vector>

#include "thuky/migration.hpp"

namespace contact {

std::vector<thuky::Migration> schema_migrations();

}  // namespace contact
