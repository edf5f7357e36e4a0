// The people directory in the browser: search a page at a time, add, edit (refused over a newer
// version), import a file by upload, export .xlsx. Everything goes through PeopleDirectory.
#include <fmt/format.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "commands/builtin_commands.hpp"
#include "crypto.hpp"
#include "person_edit.hpp"
#include "person_json.hpp"
#include "scratch_dir.hpp"
#include "thuky/table/import.hpp"
#include "thuky/web_import.hpp"
#include "web_app.hpp"

namespace thuky::web {

namespace {

namespace fs = std::filesystem;

constexpr std::size_t kMaxPage = 200;

std::size_t number_param(const httplib::Request& req, const char* key, std::size_t fallback) {
  if (!req.has_param(key))
    return fallback;
  const std::string text = req.get_param_value(key);
  if (text.empty() || text.find_first_not_of("0123456789") != std::string::npos || text.size() > 9)
    throw UserError(InputLocation{"", 0, 0, key}, fmt::format("'{}' is not a number", key));
  return std::stoul(text);
}

PeopleDirectory directory(WebApp& app) {
  return PeopleDirectory(app.host().store(), app.host().settings().text.name_order);
}

std::string file_bytes(const fs::path& file) {
  std::ifstream in(file, std::ios::binary);
  std::ostringstream bytes;
  bytes << in.rdbuf();
  return bytes.str();
}

void list_people(WebApp& app, const httplib::Request& req, httplib::Response& res) {
  const std::size_t offset = number_param(req, "offset", 0);
  const std::size_t limit = std::min(number_param(req, "limit", 50), kMaxPage);
  const auto page = directory(app).search(req.get_param_value("q"), offset, limit);
  nlohmann::json people = nlohmann::json::array();
  for (const Person& p : page.people)
    people.push_back(person_json(p));
  send_json(res, 200, {{"total", page.total}, {"offset", offset}, {"people", people}});
}

void add_person(WebApp& app, const httplib::Request& req, httplib::Response& res,
                const Caller& caller) {
  PersonInput input = person_input_from(json_body(req));
  host::HostSession& host = app.host();
  WriteTransaction transaction(host.store());
  PeopleDirectory people = directory(app);
  people.set_author(caller.session.user);
  const auto result = people.upsert(input, InputLocation{});
  const auto stored = people.find_by_id(result.id);
  host.audit().row("people", result.added ? "added" : "updated", stored->code);
  host.commit_audited(transaction);
  nlohmann::json body = {{"person", person_json(*stored)}, {"added", result.added}};
  if (result.possible_duplicate) {
    body["possible_duplicate"] = {{"code", result.possible_duplicate->other_code},
                                  {"reason", result.possible_duplicate->reason}};
  }
  send_json(res, result.added ? 201 : 200, body);
}

void edit_person(WebApp& app, const httplib::Request& req, httplib::Response& res,
                 const Caller& caller) {
  const auto body = json_body(req);
  if (!body.is_object() || !body.contains("version") || !body["version"].is_number_integer())
    throw UserError(InputLocation{"", 0, 0, "version"},
                    "the version the form was loaded at is missing");
  const PersonInput input = person_input_from(body);
  host::HostSession& host = app.host();
  WriteTransaction transaction(host.store());
  PeopleDirectory people = directory(app);
  try {
    const Person saved = save_person_edit(people, req.matches[1], input,
                                          body["version"].get<std::int64_t>(), caller.session.user);
    host.audit().row("people", "updated", saved.code);
    host.commit_audited(transaction);
    send_json(res, 200, {{"person", person_json(saved)}});
  } catch (const VersionConflict& conflict) {
    const Person& now = conflict.current();
    send_json(res, 409,
              {{"error", fmt::format("{} changed this person at {}: reload to see the change",
                                     now.changed_by, now.changed_at)},
               {"changed_by", now.changed_by},
               {"changed_at", now.changed_at},
               {"person", person_json(now)}});
  }
}

void import_people(WebApp& app, const httplib::Request& req, httplib::Response& res,
                   const Caller& caller) {
  if (!req.has_file("file"))
    throw field_error("file", Message(msg::kChooseTableFile));
  const auto upload = req.get_file_value("file");
  const std::string shown = shown_upload_name(upload.filename);
  ScratchDir scratch;
  // Errors name the browser's name.
  const fs::path file = scratch.save_upload("upload", upload.filename, upload.content);
  if (file.extension() != ".xlsx" && file.extension() != ".csv")
    throw field_error("file", Message(msg::kTableFileKind));
  host::HostSession& host = app.host();
  WriteTransaction transaction(host.store());
  try {
    PeopleDirectory people = directory(app);
    people.set_author(caller.session.user);
    const auto result = people.import_file(file);
    host.audit().rows("people", "added", result.added);
    host.audit().rows("people", "updated", result.updated);
    host.commit_audited(transaction);
    send_json(res, 200, {{"added", result.added}, {"updated", result.updated}});
  } catch (const table::ImportErrors& e) {
    const WebResponse refused = import_errors_response(e, file.string(), shown);
    res.status = refused.status;
    res.set_content(refused.json, "application/json; charset=utf-8");
  } catch (const UserError& e) {  // a file that is no table (no header row, not a workbook)
    host.audit().discard_rows();
    send_json(res, 400,
              {{"error", as_uploaded(vietnamese_text(e), file.string(), shown)},
               {"error_en", as_uploaded(e.what(), file.string(), shown)},
               {"field", "file"}});
  }
}

void export_people(WebApp& app, httplib::Response& res) {
  ScratchDir scratch;
  const fs::path file = scratch.path() / "danh-sach-nguoi.xlsx";
  host::run_people_list(app.host(), file);  // audited as `people list --out` is
  res.set_header("Content-Disposition", "attachment; filename=\"danh-sach-nguoi.xlsx\"");
  res.set_content(file_bytes(file),
                  "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
}

}  // namespace

void add_people_routes(WebApp& app) {
  app.get("/api/people",
          [&app](const auto& req, auto& res, const Caller&) { list_people(app, req, res); });
  app.get("/api/people/export.xlsx",
          [&app](const auto&, auto& res, const Caller&) { export_people(app, res); });
  app.get(R"(/api/people/([^/]+))", [&app](const auto& req, auto& res, const Caller&) {
    const auto person = directory(app).find_by_code(req.matches[1]);
    if (!person)
      return send_error(res, 404, fmt::format("no person with code '{}'", req.matches[1].str()));
    send_json(res, 200, {{"person", person_json(*person)}});
  });
  app.post("/api/people/import", [&app](const auto& req, auto& res, const Caller& caller) {
    import_people(app, req, res, caller);
  });
  app.post("/api/people", [&app](const auto& req, auto& res, const Caller& caller) {
    add_person(app, req, res, caller);
  });
  app.put(R"(/api/people/([^/]+))", [&app](const auto& req, auto& res, const Caller& caller) {
    edit_person(app, req, res, caller);
  });
}

}  // namespace thuky::web
