#pragma once
// The host's typed configuration, read from thuky.toml (see config/thuky.toml for every key).

#include <filesystem>
#include <string>
#include <vector>

namespace thuky {

// Who issues the documents: the left column of the Decree 30 header.
struct OrganisationSettings {
  std::string parent_body;   // e.g. "ỦY BAN MTTQ VIỆT NAM TỈNH HÀ TĨNH" (may hold '\n')
  std::string issuing_body;  // e.g. "BAN THƯỜNG TRỰC"
  std::string symbol;        // document number suffix, e.g. "MTTQ-BTT" in "Số: 05/BB-MTTQ-BTT"
  std::string place;         // place name for the date line, e.g. "Hà Tĩnh"
};

struct PageSettings {
  std::string paper = "A4";  // "A4" or "A5"
  bool landscape = false;
  double margin_top_mm = 20;
  double margin_bottom_mm = 20;
  double margin_left_mm = 30;
  double margin_right_mm = 15;
};

struct FontSettings {
  std::filesystem::path dir = "/usr/share/fonts/truetype/liberation2";
  std::string regular = "LiberationSerif-Regular.ttf";
  std::string bold = "LiberationSerif-Bold.ttf";
  std::string italic = "LiberationSerif-Italic.ttf";
  std::string bold_italic = "LiberationSerif-BoldItalic.ttf";
  double body_size = 14;
};

struct Settings {
  std::filesystem::path config_file;  // empty when running on defaults
  OrganisationSettings organisation;
  PageSettings page;
  FontSettings fonts;
  std::filesystem::path output_dir = "out";
  std::filesystem::path store_path = "thuky.db";
  int busy_timeout_ms = 5000;
  bool allow_network_filesystem = false;  // SQLite locking is unreliable there
  std::vector<std::filesystem::path> plugin_paths;
  std::vector<std::string> disabled_plugins;
};

}  // namespace thuky
