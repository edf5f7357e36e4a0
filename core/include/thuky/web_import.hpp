#pragma once
// SDK 2.4: a table import by upload in a web handler, answered as the people page's is: the
// file the page sent (thuky.call("POST", path, formData) with a field "file" and, to keep the
// valid rows, "skip_invalid" = "1"), its errors by row and column, its rejects file kept to
// download. Inline, with nlohmann-json (web_json.hpp).
//
//   const thuky::WebUpload upload = thuky::table_upload(request);
//   try {
//     r = import_things(ctx, upload.file, upload.options);
//   } catch (const thuky::table::ImportErrors& e) {
//     return thuky::import_errors_response(e, upload.file, upload.shown);
//   }
//   return thuky::json_response({{"added", r.added},
//                                {"rejects", thuky::keep_rejects(ctx, r.table, upload.shown)}});

#include <filesystem>
#include <sstream>
#include <string>

#include "thuky/context.hpp"
#include "thuky/output.hpp"
#include "thuky/table/import.hpp"
#include "thuky/table/import_summary.hpp"
#include "thuky/web_json.hpp"
#include "thuky/web_messages.hpp"

namespace thuky {

struct WebUpload {
  std::string file;   // the host's private copy, removed after the answer
  std::string shown;  // the browser's name for it, for messages
  table::ImportOptions options;
};

// The table file of a request: params "file" and "file_name" (the host's multipart fields),
// "skip_invalid" = "1". A field_error("file") when there is none or it is not .xlsx/.csv.
inline WebUpload table_upload(const WebRequest& request) {
  WebUpload upload{request.param("file"), request.param("file_name"), {}};
  if (upload.file.empty())
    throw field_error("file", Message(msg::kChooseTableFile));
  const std::string extension = std::filesystem::path(upload.file).extension().string();
  if (extension != ".xlsx" && extension != ".csv")
    throw field_error("file", Message(msg::kTableFileKind));
  upload.options.skip_invalid = request.param("skip_invalid") == "1";
  return upload;
}

// 422 {error, error_en, total, problems: [{row, column, header, message, message_en}]}: an
// import refused by row and column, as the pages show it (nothing was imported), in Vietnamese
// (2.5; `_en`: the command line's words). `file` is called `shown` in the messages (an
// upload's private copy by the browser's name for it).
inline WebResponse import_errors_response(const table::ImportErrors& e, const std::string& file,
                                          const std::string& shown) {
  nlohmann::json problems = nlohmann::json::array();
  const auto& vietnamese = e.vietnamese_problems();
  for (std::size_t i = 0; i < e.problems().size(); ++i) {
    const auto& p = e.problems()[i];
    const std::string& said = i < vietnamese.size() ? vietnamese[i] : p.message;
    problems.push_back({{"row", p.row},
                        {"column", p.column},
                        {"header", p.header},
                        {"message", as_uploaded(said, file, shown)},
                        {"message_en", as_uploaded(p.message, file, shown)}});
  }
  return json_response({{"error", as_uploaded(vietnamese_text(e), file, shown)},
                        {"error_en", as_uploaded(e.what(), file, shown)},
                        {"problems", problems},
                        {"total", e.total()}},
                       422);
}

// The rows an import left out (skip_invalid): their rejects file, written beside the upload's
// copy, kept in the output directory under the browser's name ("x.rejected.csv") and recorded
// in the command's audit entry, so that the page offers it from /api/document. {name, path},
// or null when no row was left out.
inline nlohmann::json keep_rejects(PluginContext& ctx, table::ImportReport& report,
                                   const std::string& shown) {
  namespace fs = std::filesystem;
  if (report.rejects_file.empty())
    return nullptr;
  const fs::path dir = ctx.settings().output_dir;
  make_output_dir(dir);
  const fs::path kept = dir / (fs::path(shown).stem().string() + ".rejected.csv");
  fs::copy_file(report.rejects_file, kept, fs::copy_options::overwrite_existing);
  report.rejects_file = fs::absolute(kept).lexically_normal();
  std::ostringstream said;  // the page says it in its own words
  table::report_rejected_rows(said, ctx.audit(), report);
  return {{"name", kept.filename().string()}, {"path", report.rejects_file.string()}};
}

}  // namespace thuky
