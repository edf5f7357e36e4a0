#pragma once
// Administrative areas in the shared store: a tree of any depth (tỉnh > xã after the 2025
// reform, tỉnh > huyện > xã before), each with its official code and the dates it was valid,
// since areas merge and split. Plugins keep foreign keys to `areas(id)` and read the tree only
// through this directory (`ctx.areas()`).

#include <cstdint>
#include <filesystem>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "thuky/error.hpp"
#include "thuky/export.hpp"
#include "thuky/progress.hpp"
#include "thuky/store.hpp"
#include "thuky/table/import.hpp"
#include "thuky/text/date.hpp"

namespace thuky {

struct THUKY_API Area {
  std::int64_t id = 0;
  std::optional<std::int64_t> parent_id;
  std::string code;        // official code: "42" (Hà Tĩnh), "18073"
  std::string name;        // as printed, without its kind: "Kỳ Anh"
  std::string kind;        // "tỉnh", "xã", "phường", "đặc khu", ...
  std::string valid_from;  // ISO dates, empty when open
  std::string valid_to;

  // "phường Kỳ Trinh", as sentences print it.
  std::string full_name() const { return kind.empty() ? name : kind + " " + name; }
  bool valid_on(const text::Date& day) const;
};

struct THUKY_API AreaInput {
  std::string code, name, kind;
  std::string parent_code;  // empty for a top-level area
  std::string valid_from, valid_to;
};

class THUKY_API AreaDirectory {
 public:
  explicit AreaDirectory(Store& store) : store_(store) {}

  struct ImportResult {
    int added = 0;
    int updated = 0;
    table::ImportReport table;
  };
  // Imports the official list (.csv or .xlsx; columns Mã, Tên, Cấp, Mã cấp trên, Hiệu lực từ,
  // Hiệu lực đến; see areas_schema()), in any row order: an area may come before its parent.
  // Upserts by code. Throws UserError naming file, row, column; run it in a write transaction.
  ImportResult import_file(const std::filesystem::path& file,
                           const table::ImportOptions& options = {}, Progress* progress = nullptr);
  // Adds the area with this code or updates it; its parent must be stored already.
  std::int64_t upsert(const AreaInput& input, const InputLocation& where);

  std::optional<Area> find_by_code(const std::string& code);
  std::optional<Area> find_by_id(std::int64_t id);
  // Areas called `name` (tone placement and case ignored; a leading kind such as "xã" or
  // "phường" may be written or not) under `parent_id` (top level when nullopt), valid on `on`
  // when given.
  std::vector<Area> find_by_name(const std::string& name, std::optional<std::int64_t> parent_id,
                                 std::optional<text::Date> on = std::nullopt);
  // The areas directly under `parent_id` (the top level when nullopt), by code.
  std::vector<Area> children(std::optional<std::int64_t> parent_id);
  // From the top level down to the area `id` itself.
  std::vector<Area> path_to(std::int64_t id);
  // Every area, parents before children, siblings by code.
  void for_each(const std::function<void(const Area&, int depth)>& visit);

 private:
  Store& store_;
};

// The columns `thuky areas import` reads (and `areas list --out` writes).
THUKY_API const table::TableSchema& areas_schema();

}  // namespace thuky
