#pragma once
// A private directory for one upload or export (owner only), removed with everything in it.

#include <filesystem>
#include <string>

namespace thuky::web {

// The browser's name for an uploaded file as messages show it: its last part only (a browser
// or a script may send "C:\\Users\\lan\\ds.xlsx" or "../ds.xlsx"), without control
// characters; "tệp tải lên" when nothing is left.
std::string shown_upload_name(const std::string& browser_name);

class ScratchDir {
 public:
  ScratchDir();
  ~ScratchDir();
  ScratchDir(const ScratchDir&) = delete;
  ScratchDir& operator=(const ScratchDir&) = delete;
  const std::filesystem::path& path() const { return path_; }
  // Writes an uploaded file here under a name of ours: `stem` and the browser's extension in
  // lower case (the browser's name is only shown). Returns its path.
  std::filesystem::path save_upload(const std::string& stem, const std::string& browser_name,
                                    const std::string& content) const;

 private:
  std::filesystem::path path_;
};

}  // namespace thuky::web
