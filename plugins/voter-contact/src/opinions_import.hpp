#pragma once
// Recording opinions: one from the command line, or a table of them (.csv/.xlsx) — the minutes'
// list as a secretary types it, or a list exported by `contact opinions list --out` and
// corrected (its "Số ý kiến" column updates those opinions).

#include <string>

#include "opinion.hpp"
#include "thuky/context.hpp"
#include "thuky/table/import.hpp"
#include "thuky/table/schema.hpp"

namespace contact {

// The columns of an opinions table; `contact opinions list` prints the same headers.
const thuky::table::TableSchema& opinion_table_schema();

// "trung ương" for "central", "TW", "Trung uong"...; throws UserError for anything else.
std::string competence_of(const std::string& text);

struct OpinionsImported {
  std::size_t added = 0, updated = 0;
  thuky::table::ImportReport table;
};

// Inside the caller's write transaction: on any error (without skip_invalid) nothing is kept.
OpinionsImported import_opinions(thuky::PluginContext& ctx, const std::string& plan,
                                 const std::string& file,
                                 const thuky::table::ImportOptions& options);

// `locality` and `group` as the user wrote them; returns the opinion as stored.
Opinion add_opinion(thuky::PluginContext& ctx, Opinion o, bool* added);

}  // namespace contact
