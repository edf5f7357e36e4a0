// The committee's list of candidates by upload, as `election candidates import` takes it: every
// row checked, errors by row and column with nothing imported, or, when the page asks to skip
// the invalid rows, the valid ones stored and the others in a rejects file to download.
#include "candidates.hpp"
#include "delegates_config.hpp"
#include "election_store.hpp"
#include "thuky/web_import.hpp"
#include "web_election_handlers.hpp"

namespace delegates::web {

WebResponse import_candidates(thuky::PluginContext& ctx, const std::string& day_id,
                              const std::string& election, const thuky::WebRequest& request) {
  const thuky::WebUpload upload = thuky::table_upload(request);
  const DelegatesConfig config = read_config(ctx);
  const ElectionDay day = ElectionStore(ctx.store()).load(day_id);
  const Election& e = election_of(day, election);
  CandidateImportResult r;
  try {
    thuky::WriteTransaction transaction(ctx.store());
    r = delegates::import_candidates(ctx, day, e, upload.file, upload.options, config);
    transaction.commit();
  } catch (const thuky::table::ImportErrors& refused) {
    return thuky::import_errors_response(refused, upload.file, upload.shown);
  }
  const nlohmann::json rejects = thuky::keep_rejects(ctx, r.table, upload.shown);
  return thuky::json_response({{"election", e.id},
                               {"added", r.added},
                               {"updated", r.updated},
                               {"removed", r.removed},
                               {"rejected", r.table.rejected},
                               {"rejects", rejects}});
}

}  // namespace delegates::web
