#pragma once
// `thuky meeting render`: which papers, into which files, rendered side by side.

#include <filesystem>
#include <string>
#include <vector>

#include "documents/documents.hpp"
#include "meeting.hpp"

namespace minutes {

// The papers of `m` named by `which` ("all", "invitation", "invitations", "agenda", "sheet",
// "minutes", "conclusion") written into `dir`, on every core; returns the files in the order of
// that list.
std::vector<std::filesystem::path> render_meeting(const Meeting& m, const std::string& which,
                                                  const std::filesystem::path& dir,
                                                  thuky::doc::Documents& docs,
                                                  const DocumentOptions& options);

}  // namespace minutes
