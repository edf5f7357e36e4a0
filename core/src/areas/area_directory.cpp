#include <SQLiteCpp/Statement.h>
#include <fmt/format.h>

#include <map>
#include <set>

#include "thuky/areas.hpp"
#include "thuky/text/case.hpp"
#include "thuky/text/names.hpp"
#include "tree_links.hpp"

namespace thuky {
namespace {

constexpr const char* kAreaSelect =
    "SELECT id, parent_id, coalesce(code, ''), name, kind, coalesce(valid_from, ''), "
    "coalesce(valid_to, '') FROM areas";

Area read_area(SQLite::Statement& q) {
  Area a;
  a.id = q.getColumn(0).getInt64();
  if (!q.getColumn(1).isNull())
    a.parent_id = q.getColumn(1).getInt64();
  a.code = q.getColumn(2).getString();
  a.name = q.getColumn(3).getString();
  a.kind = q.getColumn(4).getString();
  a.valid_from = q.getColumn(5).getString();
  a.valid_to = q.getColumn(6).getString();
  return a;
}

std::vector<Area> read_all(SQLite::Statement& q) {
  std::vector<Area> areas;
  while (q.executeStep())
    areas.push_back(read_area(q));
  return areas;
}

void bind_optional(SQLite::Statement& q, int index, const std::string& text) {
  if (text.empty()) {
    q.bind(index);
  } else {
    q.bind(index, text);
  }
}

// The kinds a name may be written with ("xã Kỳ Tân"), longest first.
const std::vector<std::string>& kind_words() {
  static const std::vector<std::string> kinds = {
      "thành phố", "thị trấn", "thị xã", "đặc khu", "phường", "huyện", "quận", "tỉnh", "xã"};
  return kinds;
}

}  // namespace

bool Area::valid_on(const text::Date& day) const {
  const std::string iso = day.iso();
  return (valid_from.empty() || valid_from <= iso) && (valid_to.empty() || iso <= valid_to);
}

std::int64_t AreaDirectory::upsert(const AreaInput& in, const InputLocation& where) {
  std::optional<std::int64_t> parent;
  if (!in.parent_code.empty()) {
    const auto found = find_by_code(in.parent_code);
    if (!found) {
      throw UserError(where, fmt::format("no area with the code '{}' to be the parent of '{}'",
                                         in.parent_code, in.code));
    }
    parent = found->id;
  }
  SQLite::Statement q(store_.db(),
                      "INSERT INTO areas(code, name, kind, parent_id, valid_from, valid_to, "
                      "match_key) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7) ON CONFLICT(code) DO UPDATE "
                      "SET name = ?2, kind = ?3, parent_id = ?4, valid_from = ?5, valid_to = ?6, "
                      "match_key = ?7 RETURNING id");
  q.bind(1, in.code);
  q.bind(2, in.name);
  q.bind(3, text::lower_first(in.kind));
  if (parent) {
    q.bind(4, *parent);
  } else {
    q.bind(4);
  }
  bind_optional(q, 5, in.valid_from);
  bind_optional(q, 6, in.valid_to);
  q.bind(7, text::match_key(in.name));
  q.executeStep();
  return q.getColumn(0).getInt64();
}

AreaDirectory::ImportResult AreaDirectory::import_file(const std::filesystem::path& file,
                                                       const table::ImportOptions& options,
                                                       Progress* progress) {
  ImportResult result;
  std::set<std::string> codes_before;
  {
    SQLite::Statement q(store_.db(), "SELECT code FROM areas WHERE code IS NOT NULL");
    while (q.executeStep())
      codes_before.insert(q.getColumn(0).getString());
  }
  // A child may come before its parent: areas are stored first, parents linked at the end.
  std::vector<host::ParentLink> links;
  std::map<std::string, int> row_of_code;
  SQLite::Statement upsert(store_.db(),
                           "INSERT INTO areas(code, name, kind, valid_from, valid_to, match_key) "
                           "VALUES (?1, ?2, ?3, ?4, ?5, ?6) ON CONFLICT(code) DO UPDATE SET name "
                           "= ?2, kind = ?3, valid_from = ?4, valid_to = ?5, match_key = ?6 "
                           "RETURNING id");
  const auto handle = [&](const table::Record& r) {
    const std::string& code = r.text("code");
    if (const auto earlier = row_of_code.find(code); earlier != row_of_code.end()) {
      throw table::RowProblem("code", fmt::format("the code '{}' is already used by the row {} "
                                                  "of this file",
                                                  code, earlier->second));
    }
    if (!r.text("valid_to").empty() && r.text("valid_to") < r.text("valid_from")) {
      throw table::RowProblem("valid_to", "the area cannot end before it begins");
    }
    if (r.text("parent") == code)
      throw table::RowProblem("parent", "an area cannot be its own parent");
    upsert.reset();
    upsert.bind(1, code);
    upsert.bind(2, r.text("name"));
    upsert.bind(3, text::lower_first(r.text("kind")));
    bind_optional(upsert, 4, r.text("valid_from"));
    bind_optional(upsert, 5, r.text("valid_to"));
    upsert.bind(6, text::match_key(r.text("name")));
    upsert.executeStep();
    links.push_back({upsert.getColumn(0).getInt64(), r.text("parent"), r.row()});
    row_of_code[code] = r.row();
    ++(codes_before.count(code) ? result.updated : result.added);
  };
  result.table = table::TableImport(areas_schema(), file, options).run(handle, progress);

  host::link_parents(store_.db(), {"areas", "area", areas_schema().index_of("parent") + 1}, links,
                     file);
  return result;
}

std::optional<Area> AreaDirectory::find_by_code(const std::string& code) {
  SQLite::Statement q(store_.db(), std::string(kAreaSelect) + " WHERE code = ?");
  q.bind(1, code);
  if (!q.executeStep())
    return std::nullopt;
  return read_area(q);
}

std::optional<Area> AreaDirectory::find_by_id(std::int64_t id) {
  SQLite::Statement q(store_.db(), std::string(kAreaSelect) + " WHERE id = ?");
  q.bind(1, id);
  if (!q.executeStep())
    return std::nullopt;
  return read_area(q);
}

std::vector<Area> AreaDirectory::find_by_name(const std::string& name,
                                              std::optional<std::int64_t> parent_id,
                                              std::optional<text::Date> on) {
  std::vector<std::pair<std::string, std::string>> readings = {{name, ""}};
  const std::string lowered = text::lower_first(name);
  for (const auto& kind : kind_words()) {
    if (lowered.size() > kind.size() + 1 && lowered.compare(0, kind.size(), kind) == 0 &&
        lowered[kind.size()] == ' ') {
      readings.emplace_back(lowered.substr(kind.size() + 1), kind);
      break;
    }
  }
  std::vector<Area> found;
  for (const auto& [bare, kind] : readings) {
    SQLite::Statement q(store_.db(), std::string(kAreaSelect) +
                                         " WHERE match_key = ?1 AND parent_id IS ?2 ORDER BY code");
    q.bind(1, text::match_key(bare));
    if (parent_id) {
      q.bind(2, *parent_id);
    } else {
      q.bind(2);
    }
    for (Area& a : read_all(q)) {
      if ((kind.empty() || text::match_key(a.kind) == text::match_key(kind)) &&
          (!on || a.valid_on(*on)))
        found.push_back(std::move(a));
    }
    if (!found.empty())
      break;
  }
  return found;
}

std::vector<Area> AreaDirectory::children(std::optional<std::int64_t> parent_id) {
  SQLite::Statement q(store_.db(),
                      std::string(kAreaSelect) + " WHERE parent_id IS ? ORDER BY code, id");
  if (parent_id) {
    q.bind(1, *parent_id);
  } else {
    q.bind(1);
  }
  return read_all(q);
}

std::vector<Area> AreaDirectory::path_to(std::int64_t id) {
  std::vector<Area> path;
  for (auto area = find_by_id(id); area && path.size() < 64;
       area = area->parent_id ? find_by_id(*area->parent_id) : std::nullopt) {
    path.insert(path.begin(), *area);
  }
  return path;
}

void AreaDirectory::for_each(const std::function<void(const Area&, int)>& visit) {
  const std::function<void(std::optional<std::int64_t>, int)> walk =
      [&](std::optional<std::int64_t> parent, int depth) {
        if (depth > 64)
          return;
        for (const Area& a : children(parent)) {
          visit(a, depth);
          walk(a.id, depth + 1);
        }
      };
  walk(std::nullopt, 0);
}

}  // namespace thuky
