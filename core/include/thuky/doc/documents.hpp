#pragma once
// The document context a plugin gets from `ctx.documents()`: documents made with the host's
// settings, and many documents rendered on every core with one progress line.
//
//   auto& docs = ctx.documents();
//   std::vector<std::function<void()>> jobs;
//   for (const auto& area : areas)
//     jobs.push_back([&, area] {
//       auto d = docs.make({.title = "Danh sách cử tri " + area.code}, landscape);
//       ...
//       d.save(dir / (area.code + ".pdf"));
//     });
//   docs.render_all("voter lists", jobs);
//
// Every document of the process measures text through one glyph-width cache per font file
// (thread-safe), so the 500th voter list lays out as fast as the first is measured.

#include <functional>
#include <string_view>
#include <vector>

#include "thuky/doc/document.hpp"
#include "thuky/export.hpp"
#include "thuky/progress.hpp"
#include "thuky/settings.hpp"

namespace thuky::doc {

class THUKY_API Documents {
 public:
  Documents(const Settings& settings, Progress& progress)
      : settings_(settings), progress_(progress) {}

  const Settings& settings() const { return settings_; }
  // A document with the configured page (or `page`), fonts and typography.
  Document make(DocumentInfo info) const { return Document(settings_, std::move(info)); }
  Document make(DocumentInfo info, PageSetup page) const {
    return Document(settings_, std::move(info), page);
  }
  // Runs `jobs` (each builds and saves its own documents) on up to `threads` threads (0: one
  // per core), advancing the progress line "what" once per finished job from whichever thread
  // finished it. Every job runs; the first failure in job order is rethrown at the end.
  void render_all(std::string_view what, const std::vector<std::function<void()>>& jobs,
                  unsigned threads = 0);

 private:
  const Settings& settings_;
  Progress& progress_;
};

}  // namespace thuky::doc
