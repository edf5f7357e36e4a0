#include "scratch_dir.hpp"

#include <cctype>
#include <fstream>

#include "crypto.hpp"

namespace thuky::web {

namespace fs = std::filesystem;

std::string shown_upload_name(const std::string& browser_name) {
  const std::size_t slash = browser_name.find_last_of("/\\");
  std::string name;
  for (const char c : browser_name.substr(slash == std::string::npos ? 0 : slash + 1)) {
    if (static_cast<unsigned char>(c) >= 0x20 && c != 0x7f)
      name += c;
  }
  if (name.find_first_not_of(" .") == std::string::npos)
    return "tệp tải lên";
  return name;
}

ScratchDir::ScratchDir()
    : path_(fs::temp_directory_path() / ("thuky-web-" + random_token().substr(0, 16))) {
  fs::create_directory(path_);
  fs::permissions(path_, fs::perms::owner_all, fs::perm_options::replace);
}

ScratchDir::~ScratchDir() {
  std::error_code ignored;
  fs::remove_all(path_, ignored);
}

fs::path ScratchDir::save_upload(const std::string& stem, const std::string& browser_name,
                                 const std::string& content) const {
  std::string extension = fs::path(browser_name).extension().string();
  for (char& c : extension)
    c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  const fs::path file = path_ / (stem + extension);
  std::ofstream(file, std::ios::binary) << content;
  return file;
}

}  // namespace thuky::web
