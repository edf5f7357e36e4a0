#include "voter_lists.hpp"

#include <fmt/format.h>

#include <functional>

#include "documents.hpp"
#include "thuky/doc/documents.hpp"

namespace delegates {

RenderedVoterLists render_voter_lists(thuky::PluginContext& ctx, const ElectionDay& day,
                                      const std::string& area, const std::filesystem::path& dir) {
  RenderedVoterLists out;
  std::vector<const PollingArea*> areas;
  for (const auto& a : day.polling_areas) {
    if (area.empty() || a.code == area)
      areas.push_back(&a);
  }
  out.files.reserve(areas.size());
  out.printed.resize(areas.size());
  for (const PollingArea* a : areas)
    out.files.push_back(dir / fmt::format("{}-{}-danh-sach-cu-tri.pdf", day.id, a->code));
  // One slot per list: the files and codes come back in polling-area order whatever finishes
  // first. The jobs share the host's connection (SQLite serialises its calls); each reads its
  // own statement.
  std::vector<std::function<void()>> jobs;
  jobs.reserve(areas.size());
  for (std::size_t i = 0; i < areas.size(); ++i) {
    jobs.push_back([&, i] {
      out.printed[i] = write_voter_list(ctx.store(), day, *areas[i], ctx.settings(), out.files[i]);
    });
  }
  ctx.documents().render_all("voter lists", jobs);
  return out;
}

}  // namespace delegates
