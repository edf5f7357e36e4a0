// The papers of an election printed from the page, to preview and download: the ballot of a
// unit, the voter list of a polling area, the official list of candidates. Printed by the
// plugin's own `election render`, so the page shows exactly what the command prints (and the
// printed lists are recorded for `election verify` as the command records them).
#include <fmt/format.h>

#include "election_store.hpp"
#include "thuky/web_json.hpp"
#include "web_election_handlers.hpp"

namespace delegates::web {

WebResponse papers(thuky::PluginContext& ctx, const std::string& day_id, const std::string& kind,
                   const thuky::WebRequest& request, const CommandRunner& run) {
  const ElectionDay day = ElectionStore(ctx.store()).load(day_id);
  std::vector<std::string> args = {"election", "render", "--doc", kind, "--day", day.id};
  if (kind == "ballots" || kind == "candidates") {
    const std::string election = request.param("election");
    const std::string unit = request.param("unit");
    if (election.empty())
      throw thuky::field_error("election", "choose the level whose papers to print");
    const Election& e = election_of(day, election);
    if (unit.empty() || unit.size() > 4 ||
        unit.find_first_not_of("0123456789") != std::string::npos || !unit_of(e, std::stoi(unit))) {
      throw thuky::field_error("unit", fmt::format("{} has no unit '{}'", e.level, unit));
    }
    args.insert(args.end(), {"--election", e.id, "--unit", unit});
  } else if (kind == "voters") {
    const std::string area = request.param("area");
    bool known = false;
    for (const auto& p : day.polling_areas)
      known = known || p.code == area;
    if (!known)
      throw thuky::field_error("area", fmt::format("no polling area '{}' on {}", area, day.id));
    args.insert(args.end(), {"--area", area});
  } else {
    throw thuky::field_error("kind",
                             fmt::format("no papers '{}': ballots, voters or candidates", kind));
  }
  args.insert(args.end(), {"--out", ctx.settings().output_dir.string()});
  return thuky::json_response({{"kind", kind}, {"files", thuky::printed_files(run(args))}});
}

}  // namespace delegates::web
