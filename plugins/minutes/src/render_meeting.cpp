#include "render_meeting.hpp"

#include <functional>
#include <mutex>

namespace minutes {

std::vector<std::filesystem::path> render_meeting(const Meeting& m, const std::string& which,
                                                  const std::filesystem::path& dir,
                                                  thuky::doc::Documents& docs,
                                                  const DocumentOptions& options) {
  const bool all = which == "all";
  const auto file = [&](const char* name) { return dir / (m.id + "-" + name + ".pdf"); };
  // One slot per paper so that the files come back in a fixed order whatever finishes first.
  std::vector<std::vector<std::filesystem::path>> written;
  std::vector<std::function<void()>> jobs;
  const auto paper = [&](bool wanted, std::function<std::vector<std::filesystem::path>()> write) {
    if (!wanted)
      return;
    const std::size_t slot = written.size();
    written.emplace_back();
    jobs.push_back([&written, slot, write = std::move(write)] { written[slot] = write(); });
  };
  paper(all || which == "invitation", [&] {
    write_invitation(m, docs, file("giay-moi"));
    return std::vector{file("giay-moi")};
  });
  paper(all || which == "invitations", [&] { return write_invitations(m, docs, dir); });
  paper(all || which == "agenda", [&] {
    write_agenda(m, docs, file("chuong-trinh"));
    return std::vector{file("chuong-trinh")};
  });
  paper(all || which == "sheet", [&] {
    write_attendance_sheet(m, docs, options, file("danh-sach-dai-bieu"));
    return std::vector{file("danh-sach-dai-bieu")};
  });
  paper(all || which == "minutes", [&] {
    write_minutes(m, docs, options, file("bien-ban"));
    return std::vector{file("bien-ban")};
  });
  paper(all || which == "conclusion", [&] {
    write_conclusion_notice(m, docs, file("thong-bao-ket-luan"));
    return std::vector{file("thong-bao-ket-luan")};
  });
  docs.render_all("rendering", jobs);
  std::vector<std::filesystem::path> files;
  for (auto& slot : written)
    files.insert(files.end(), slot.begin(), slot.end());
  return files;
}

}  // namespace minutes
