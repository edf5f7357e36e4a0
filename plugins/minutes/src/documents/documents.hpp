#pragma once
// The papers of a meeting, each a PDF in the Decree 30 layout (domain.md §1).

#include <filesystem>
#include <string>
#include <vector>

#include "meeting.hpp"
#include "thuky/doc/documents.hpp"

namespace minutes {

// Which columns the sign-in sheet has, from [plugins.minutes] sheet_columns.
enum class SheetColumn { kNumber, kName, kTitle, kUnit, kPhone, kSignature };

struct DocumentOptions {
  std::vector<SheetColumn> sheet_columns = {SheetColumn::kNumber, SheetColumn::kName,
                                            SheetColumn::kTitle, SheetColumn::kUnit,
                                            SheetColumn::kSignature};
  bool list_absentees = true;  // the minutes name who was absent, when attendance is recorded
};

void write_minutes(const Meeting& m, const thuky::doc::Documents& docs, const DocumentOptions& o,
                   const std::filesystem::path& file);
// One invitation addressed to every invitee (the list under "Nơi nhận").
void write_invitation(const Meeting& m, const thuky::doc::Documents& docs,
                      const std::filesystem::path& file);
// One invitation per invitee; returns the files written into `dir`.
std::vector<std::filesystem::path> write_invitations(const Meeting& m,
                                                     const thuky::doc::Documents& docs,
                                                     const std::filesystem::path& dir);
void write_agenda(const Meeting& m, const thuky::doc::Documents& docs,
                  const std::filesystem::path& file);
void write_attendance_sheet(const Meeting& m, const thuky::doc::Documents& docs,
                            const DocumentOptions& o, const std::filesystem::path& file);
void write_conclusion_notice(const Meeting& m, const thuky::doc::Documents& docs,
                             const std::filesystem::path& file);

}  // namespace minutes
