#pragma once
// Every voter list of a day, one PDF per polling area, rendered on every core through the
// document context: each list streams its voters from the store and keeps only its own pages,
// so memory grows with the number of threads, never with the number of voters.

#include <filesystem>
#include <string>
#include <vector>

#include "model.hpp"
#include "printed_lists.hpp"
#include "thuky/context.hpp"

namespace delegates {

struct RenderedVoterLists {
  std::vector<std::filesystem::path> files;  // in polling-area order
  std::vector<PrintedList> printed;          // the same order, for record_printed
};

// The lists of every polling area of `day` (only `area` when not empty) into `dir`, named
// "DAY-AREA-danh-sach-cu-tri.pdf".
RenderedVoterLists render_voter_lists(thuky::PluginContext& ctx, const ElectionDay& day,
                                      const std::string& area, const std::filesystem::path& dir);

}  // namespace delegates
