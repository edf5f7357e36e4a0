#pragma once
// The host's typed configuration, read from thuky.toml (see config/thuky.toml for every key).

#include <filesystem>
#include <string>
#include <utility>
#include <vector>
#include "thuky/export.hpp"

#include "thuky/text/name_order_kind.hpp"

namespace thuky {

// Who issues the documents: the left column of the Decree 30 header.
struct THUKY_API OrganisationSettings {
  std::string parent_body;   // e.g. "ỦY BAN MTTQ VIỆT NAM TỈNH HÀ TĨNH" (may hold '\n')
  std::string issuing_body;  // e.g. "BAN THƯỜNG TRỰC"
  std::string symbol;        // document number suffix, e.g. "MTTQ-BTT" in "Số: 05/BB-MTTQ-BTT"
  std::string place;         // place name for the date line, e.g. "Hà Tĩnh"
};

struct THUKY_API PageSettings {
  std::string paper = "A4";  // "A4" or "A5"
  bool landscape = false;
  double margin_top_mm = 20;
  double margin_bottom_mm = 20;
  double margin_left_mm = 30;
  double margin_right_mm = 15;
};

struct THUKY_API FontSettings {
  std::filesystem::path dir = "/usr/share/fonts/truetype/liberation2";
  std::string regular = "LiberationSerif-Regular.ttf";
  std::string bold = "LiberationSerif-Bold.ttf";
  std::string italic = "LiberationSerif-Italic.ttf";
  std::string bold_italic = "LiberationSerif-BoldItalic.ttf";
  double body_size = 14;
};

// How printed text is set ([document] in thuky.toml): what every document shares.
struct THUKY_API DocumentSettings {
  // Tone-mark placement of everything printed except people's names: "new" (hòa, thủy, ủy),
  // "old" (hoà, thuỷ, uỷ) or "as-entered".
  std::string tone_style = "new";
  // Height of a row someone signs in (sign-in sheets, lists signed on receipt).
  double signature_row_mm = 15;
  // Terms never broken over two lines in titles, headers, table cells and signatures.
  std::vector<std::string> fixed_terms = {
      "Việt Nam",        "Ủy ban",          "Mặt trận",    "Tổ quốc",  "Hội đồng nhân dân",
      "Ủy ban nhân dân", "Ban Thường trực", "Thường trực", "Tỉnh ủy",  "Thị ủy",
      "Huyện ủy",        "Thành ủy",        "Đảng ủy",     "Chủ tịch", "Phó Chủ tịch"};
  // Words that follow a number and stay on its line ("2,3 tỷ đồng", "45,37 %", "34 người");
  // one word each, matched without case.
  std::vector<std::string> units = {"đồng", "tỷ",   "triệu", "nghìn", "ngàn", "%",   "m²",
                                    "m2",   "m",    "km",    "km²",   "ha",   "kg",  "tấn",
                                    "cm",   "mm",   "người", "hộ",    "lượt", "giờ", "phút",
                                    "tuổi", "suất", "lít",   "usd",   "vnđ",  "đ"};
  // Units that take a unit after them: "2,3 tỷ đồng" keeps "tỷ đồng" together.
  std::vector<std::string> multipliers = {"tỷ", "triệu", "nghìn", "ngàn"};
  // Words a title's line never ends on (they lean on what follows). Matched without case.
  std::vector<std::string> weak_words = {"về",    "của", "và",    "với",  "cho", "tại", "theo",
                                         "trong", "các", "những", "là",   "ở",   "đến", "từ",
                                         "trên",  "để",  "do",    "giữa", "việc"};
  // Abbreviations written out on their first use in a document's prose:
  // {"MTTQ", "Mặt trận Tổ quốc"} prints "Mặt trận Tổ quốc (MTTQ)" the first time.
  std::vector<std::pair<std::string, std::string>> abbreviations;
};

struct THUKY_API TextSettings {
  // The alphabetical order of official lists and ballots (docs/name-order.md).
  text::NameOrderKind name_order = text::NameOrderKind::kPublished;
};

struct THUKY_API Settings {
  std::filesystem::path config_file;  // empty when running on defaults
  OrganisationSettings organisation;
  PageSettings page;
  FontSettings fonts;
  TextSettings text;
  DocumentSettings document;
  std::filesystem::path output_dir = "out";
  std::filesystem::path store_path = "thuky.db";
  int busy_timeout_ms = 5000;
  bool allow_network_filesystem = false;  // SQLite locking is unreliable there
  std::vector<std::filesystem::path> plugin_paths;
  std::vector<std::string> disabled_plugins;
};

}  // namespace thuky
