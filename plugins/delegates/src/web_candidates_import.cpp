// The committee's list of candidates by upload, as `election candidates import` takes it: every
// row checked, errors by row and column with nothing imported, or, when the page asks to skip
// the invalid rows, the valid ones stored and the others in a rejects file to download.
#include <fmt/format.h>

#include <filesystem>
#include <sstream>

#include "candidates.hpp"
#include "delegates_config.hpp"
#include "election_store.hpp"
#include "thuky/output.hpp"
#include "thuky/table/import_summary.hpp"
#include "thuky/web_json.hpp"
#include "web_election_handlers.hpp"

namespace delegates::web {
namespace {

namespace fs = std::filesystem;
using nlohmann::json;

// The rejects file, written beside the upload's private copy, kept in the output directory
// under the browser's name ("ung-cu-vien.rejected.csv") and recorded in the audit entry, so
// that the page can offer it from /api/document.
json keep_rejects(thuky::PluginContext& ctx, thuky::table::ImportReport& report,
                  const std::string& shown) {
  if (report.rejects_file.empty())
    return nullptr;
  const fs::path dir = ctx.settings().output_dir;
  thuky::make_output_dir(dir);
  const fs::path kept = dir / (fs::path(shown).stem().string() + ".rejected.csv");
  fs::copy_file(report.rejects_file, kept, fs::copy_options::overwrite_existing);
  report.rejects_file = fs::absolute(kept).lexically_normal();
  std::ostringstream said;  // the page says it in its own words
  thuky::table::report_rejected_rows(said, ctx.audit(), report);
  return {{"name", kept.filename().string()}, {"path", report.rejects_file.string()}};
}

}  // namespace

WebResponse import_candidates(thuky::PluginContext& ctx, const std::string& day_id,
                              const std::string& election, const thuky::WebRequest& request) {
  const std::string file = request.param("file");
  const std::string shown = request.param("file_name");
  if (file.empty())
    throw thuky::field_error("file", "choose a .xlsx or .csv file to import");
  const std::string extension = fs::path(file).extension().string();
  if (extension != ".xlsx" && extension != ".csv")
    throw thuky::field_error("file", "import a .xlsx or a .csv file");
  const DelegatesConfig config = read_config(ctx);
  const ElectionDay day = ElectionStore(ctx.store()).load(day_id);
  const Election& e = election_of(day, election);
  thuky::table::ImportOptions options;
  options.skip_invalid = request.param("skip_invalid") == "1";
  CandidateImportResult r;
  try {
    thuky::WriteTransaction transaction(ctx.store());
    r = delegates::import_candidates(ctx, day, e, file, options, config);
    transaction.commit();
  } catch (const thuky::table::ImportErrors& refused) {
    return thuky::import_errors_response(refused, file, shown);
  }
  const json rejects = keep_rejects(ctx, r.table, shown);
  return thuky::json_response({{"election", e.id},
                               {"added", r.added},
                               {"updated", r.updated},
                               {"removed", r.removed},
                               {"rejected", r.table.rejected},
                               {"rejects", rejects}});
}

}  // namespace delegates::web
