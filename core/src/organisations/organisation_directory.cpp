#include <SQLiteCpp/Statement.h>
#include <fmt/format.h>

#include <map>
#include <set>

#include "thuky/organisations.hpp"
#include "thuky/text/lines.hpp"
#include "thuky/text/normalize.hpp"
#include "tree_links.hpp"

namespace thuky {
namespace {

constexpr const char* kSelect =
    "SELECT o.id, o.code, o.name, coalesce(o.short_name, ''), coalesce(p.code, ''), "
    "coalesce(a.code, ''), o.parent_body, o.issuing_body, o.symbol, o.place, "
    "o.signer_authority, o.signer_title, o.signer_name FROM organisations o "
    "LEFT JOIN organisations p ON p.id = o.parent_id LEFT JOIN areas a ON a.id = o.area_id";

Organisation read_organisation(SQLite::Statement& q) {
  Organisation o;
  o.id = q.getColumn(0).getInt64();
  o.code = q.getColumn(1).getString();
  o.name = q.getColumn(2).getString();
  o.short_name = q.getColumn(3).getString();
  o.parent_code = q.getColumn(4).getString();
  o.area_code = q.getColumn(5).getString();
  o.parent_body = text::split_lines(q.getColumn(6).getString());
  o.issuing_body = text::split_lines(q.getColumn(7).getString());
  o.symbol = q.getColumn(8).getString();
  o.place = q.getColumn(9).getString();
  o.signer_authority = q.getColumn(10).getString();
  o.signer_title = q.getColumn(11).getString();
  o.signer_name = q.getColumn(12).getString();
  return o;
}

// "ỦY BAN MTTQ VIỆT NAM | TỈNH HÀ TĨNH" → the two printed lines, stored one a line.
std::string header_lines(const std::string& cell) {
  std::vector<std::string> lines;
  std::size_t start = 0;
  while (start <= cell.size()) {
    const std::size_t bar = std::min(cell.find('|', start), cell.size());
    std::string line = text::clean_text(std::string_view(cell).substr(start, bar - start));
    if (!line.empty())
      lines.push_back(std::move(line));
    start = bar + 1;
  }
  return text::join_lines(lines);
}

}  // namespace

OrganisationDirectory::ImportResult OrganisationDirectory::import_file(
    const std::filesystem::path& file, const table::ImportOptions& options, Progress* progress) {
  ImportResult result;
  std::set<std::string> codes_before;
  {
    SQLite::Statement q(store_.db(), "SELECT code FROM organisations WHERE code IS NOT NULL");
    while (q.executeStep())
      codes_before.insert(q.getColumn(0).getString());
  }
  SQLite::Statement area_of(store_.db(), "SELECT id FROM areas WHERE code = ?");
  SQLite::Statement upsert(
      store_.db(),
      "INSERT INTO organisations(code, name, short_name, area_id, parent_body, issuing_body, "
      "symbol, place, signer_authority, signer_title, signer_name) VALUES (?1, ?2, ?3, ?4, ?5, "
      "?6, ?7, ?8, ?9, ?10, ?11) ON CONFLICT(code) DO UPDATE SET name = ?2, short_name = ?3, "
      "area_id = ?4, parent_body = ?5, issuing_body = ?6, symbol = ?7, place = ?8, "
      "signer_authority = ?9, signer_title = ?10, signer_name = ?11 RETURNING id");
  // A body may come before the one it belongs to: rows are stored first, parents linked last.
  std::vector<host::ParentLink> links;
  std::map<std::string, int> row_of_code;
  const auto handle = [&](const table::Record& r) {
    const std::string& code = r.text("code");
    if (const auto earlier = row_of_code.find(code); earlier != row_of_code.end()) {
      throw table::RowProblem("code", fmt::format("the code '{}' is already used by the row {} "
                                                  "of this file",
                                                  code, earlier->second));
    }
    if (r.text("parent") == code)
      throw table::RowProblem("parent", "an organisation cannot belong to itself");
    std::optional<std::int64_t> area;
    if (!r.text("area").empty()) {
      area_of.reset();
      area_of.bind(1, r.text("area"));
      if (!area_of.executeStep()) {
        throw table::RowProblem("area", fmt::format("no area with the code '{}'; import the "
                                                    "areas first ('thuky areas import')",
                                                    r.text("area")));
      }
      area = area_of.getColumn(0).getInt64();
    }
    upsert.reset();
    upsert.bind(1, code);
    upsert.bind(2, r.text("name"));
    upsert.bind(3, r.text("short_name"));
    if (area) {
      upsert.bind(4, *area);
    } else {
      upsert.bind(4);
    }
    upsert.bind(5, header_lines(r.text("parent_body")));
    upsert.bind(6, header_lines(r.text("issuing_body")));
    upsert.bind(7, r.text("symbol"));
    upsert.bind(8, r.text("place"));
    upsert.bind(9, r.text("signer_authority"));
    upsert.bind(10, r.text("signer_title"));
    upsert.bind(11, r.text("signer_name"));
    upsert.executeStep();
    links.push_back({upsert.getColumn(0).getInt64(), r.text("parent"), r.row()});
    row_of_code[code] = r.row();
    ++(codes_before.count(code) ? result.updated : result.added);
  };
  result.table = table::TableImport(organisations_schema(), file, options).run(handle, progress);

  host::link_parents(
      store_.db(), {"organisations", "organisation", organisations_schema().index_of("parent") + 1},
      links, file);
  return result;
}

std::optional<Organisation> OrganisationDirectory::find_by_code(const std::string& code) {
  SQLite::Statement q(store_.db(), std::string(kSelect) + " WHERE o.code = ?");
  q.bind(1, code);
  if (!q.executeStep())
    return std::nullopt;
  return read_organisation(q);
}

std::optional<Organisation> OrganisationDirectory::find_by_id(std::int64_t id) {
  SQLite::Statement q(store_.db(), std::string(kSelect) + " WHERE o.id = ?");
  q.bind(1, id);
  if (!q.executeStep())
    return std::nullopt;
  return read_organisation(q);
}

std::vector<Organisation> OrganisationDirectory::all() {
  SQLite::Statement q(store_.db(), std::string(kSelect) + " ORDER BY o.code");
  std::vector<Organisation> out;
  while (q.executeStep())
    out.push_back(read_organisation(q));
  return out;
}

}  // namespace thuky
