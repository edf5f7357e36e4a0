#pragma once
// The bodies that issue documents (Ủy ban MTTQ tỉnh, its Ban Thường trực, an election
// committee), in the shared store: what each prints in the Decree 30 header, its symbol in
// document numbers, the seat named in the date line, and who signs for it. A meeting or a
// plan names its issuer by code instead of repeating the header in every file. Plugins read
// them only through this directory (`ctx.organisations()`).

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "thuky/error.hpp"
#include "thuky/export.hpp"
#include "thuky/progress.hpp"
#include "thuky/store.hpp"
#include "thuky/table/import.hpp"

namespace thuky {

struct THUKY_API Organisation {
  std::int64_t id = 0;
  std::string code;  // "mttq-ha-tinh-btt"
  std::string name;  // in sentences: "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Hà Tĩnh"
  std::string short_name;   // "Ban Thường trực"
  std::string parent_code;  // the body it belongs to; "" at the top
  std::string area_code;    // the area it serves (core areas); "" when not given
  // The Decree 30 header's left column: the governing body (regular) above the issuing body
  // (bold), one entry per printed line.
  std::vector<std::string> parent_body;   // {"ỦY BAN MTTQ VIỆT NAM", "TỈNH HÀ TĨNH"}
  std::vector<std::string> issuing_body;  // {"BAN THƯỜNG TRỰC"}
  std::string symbol;                     // in numbers: "MTTQ-BTT" of "Số: 05/BB-MTTQ-BTT"
  std::string place;                      // its seat, for the date line: "Hà Tĩnh"
  std::string signer_authority;           // "TM. BAN THƯỜNG TRỰC"
  std::string signer_title;               // "CHỦ TỊCH"
  std::string signer_name;                // "Nguyễn Văn A"
};

class THUKY_API OrganisationDirectory {
 public:
  explicit OrganisationDirectory(Store& store) : store_(store) {}

  struct ImportResult {
    int added = 0;
    int updated = 0;
    table::ImportReport table;
  };
  // Imports a list (.csv or .xlsx; columns in organisations_schema()) in any row order: a body
  // may come before the one it belongs to. Upserts by code; header lines are separated by "|"
  // in a cell ("ỦY BAN MTTQ VIỆT NAM | TỈNH HÀ TĨNH"). Throws UserError naming file, row and
  // column; run it in a write transaction.
  ImportResult import_file(const std::filesystem::path& file,
                           const table::ImportOptions& options = {}, Progress* progress = nullptr);

  std::optional<Organisation> find_by_code(const std::string& code);
  std::optional<Organisation> find_by_id(std::int64_t id);
  // Every organisation, by code.
  std::vector<Organisation> all();

 private:
  Store& store_;
};

// The columns `thuky organisations import` reads (and `organisations list --out` writes).
THUKY_API const table::TableSchema& organisations_schema();

}  // namespace thuky
