#pragma once
// Turns one cell into a field's value: the rules of each FieldType, in one place.

#include <optional>

#include "thuky/message.hpp"

#include "thuky/export.hpp"
#include "thuky/table/cell.hpp"
#include "thuky/table/schema.hpp"

namespace thuky::table {

// Fills `out` from `cell`. Returns what is wrong, in words a secretary understands (the caller
// adds the file, row and column), or nothing when the value is fine. An empty cell is
// fine here (out.present stays false); whether the field may be empty is the caller's check.
THUKY_API std::optional<Message> parse_field(const Field& field, const Cell& cell, Value& out);

}  // namespace thuky::table
