#pragma once
// Results travel up a level as a package: results.json (every count of the exported elections),
// the minutes as PDF, and SHA256SUMS (as `sha256sum` writes it, so `sha256sum -c` checks it
// too). The committee above imports it only when every checksum matches.

#include <filesystem>
#include <string>
#include <vector>

#include "model.hpp"
#include "thuky/context.hpp"

namespace delegates {

// Writes the package of the day's elections (or of `election_id`) into `dir`. UserError when a
// unit has not counted everywhere. Returns the files written, the manifest last.
std::vector<std::filesystem::path> export_results(thuky::PluginContext& ctx, const ElectionDay& day,
                                                  const std::string& election_id,
                                                  const std::filesystem::path& dir);

struct PackageImport {
  std::size_t counts = 0;
  std::vector<std::string> elections;
};

// Checks the package in `dir` against its manifest (a changed, missing or extra file is refused,
// named), then stores each count as `election tally set` would: the store's own checks apply
// (polling area, ballot, consistency, official results), and a candidate of the package must be
// the one at the same place on this store's ballot.
PackageImport import_results(thuky::PluginContext& ctx, const ElectionDay& day,
                             const std::filesystem::path& dir);

}  // namespace delegates
