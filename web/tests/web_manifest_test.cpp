// `[web]` and `[[web.handlers]]` in a plugin manifest: read, and refused with file, line and key.
#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>

#include "manifest.hpp"
#include "thuky/error.hpp"

namespace thuky::host {
namespace {

namespace fs = std::filesystem;

class WebManifestTest : public ::testing::Test {
 protected:
  void SetUp() override {
    file_ = fs::temp_directory_path() /
            ("thuky-web-manifest-" + std::to_string(::getpid()) + ".plugin.toml");
  }
  void TearDown() override { fs::remove(file_); }
  Manifest read(const std::string& web) {
    std::ofstream(file_) << "id = \"p\"\nname = \"P\"\nversion = \"1.0\"\nsdk = 2\n" << web;
    return read_manifest(file_);
  }
  // "file:line: key: message" of the refusal.
  std::string refusal(const std::string& web) {
    try {
      read(web);
    } catch (const UserError& e) {
      const std::string where = e.location().describe() + ": ";
      return std::to_string(e.location().line) + ": " + e.location().field + ": " +
             std::string(e.what()).substr(where.size());
    }
    return "accepted";
  }
  fs::path file_;
};

TEST_F(WebManifestTest, HandlersAssetsAndTitleAreRead) {
  const Manifest m = read(R"(
[web]
assets = "p-web"
title = "Cuộc họp"

[[web.handlers]]
method = "POST"
path = "meetings/{id}/attendance"
access = "write"

[[web.handlers]]
method = "GET"
path = "meetings"
access = "read"
)");
  ASSERT_EQ(m.web_handlers.size(), 2u);
  EXPECT_EQ(m.web_handlers[0].method, "POST");
  EXPECT_EQ(m.web_handlers[0].path, "meetings/{id}/attendance");
  EXPECT_TRUE(m.web_handlers[0].write);
  EXPECT_FALSE(m.web_handlers[1].write);
  EXPECT_EQ(m.web_assets, file_.parent_path() / "p-web");
  EXPECT_EQ(m.web_title, "Cuộc họp");
}

TEST_F(WebManifestTest, ACommandMarkedAListIsRead) {
  const Manifest m = read(
      "\n[[commands]]\nname = \"p-list\"\nlist = true\n\n[[commands]]\nname = \"p\"\n"
      "\n[[commands]]\nname = \"p-other\"\nlist = false\n");
  ASSERT_EQ(m.commands.size(), 3u);
  EXPECT_TRUE(m.commands[0].list);
  EXPECT_FALSE(m.commands[1].list);
  EXPECT_FALSE(m.commands[2].list);
}

TEST_F(WebManifestTest, AListThatIsNotABooleanIsRefusedWithFileLineAndKey) {
  EXPECT_EQ(refusal("\n[[commands]]\nname = \"p-list\"\nlist = \"yes\"\n"),
            "8: list: expected true or false");
  try {
    read("[[commands]]\nname = \"p-list\"\nsummary = \"S\"\nlist = 1\n");
    FAIL() << "accepted";
  } catch (const UserError& e) {
    const std::string expected = file_.string() + ":8:8: field 'list': expected true or false";
    EXPECT_EQ(std::string(e.what()), expected);
  }
}

TEST_F(WebManifestTest, MistakesNameTheLineAndKey) {
  const std::string handler = "\n[[web.handlers]]\n";
  EXPECT_EQ(refusal(handler + "method = \"PATCH\"\npath = \"a\"\naccess = \"read\"\n"),
            "7: method: 'PATCH' is not GET, POST, PUT or DELETE");
  EXPECT_EQ(refusal(handler + "method = \"GET\"\npath = \"/a\"\naccess = \"read\"\n"),
            "8: path: '/a' is not a handler path: segments of a-z, 0-9, '-', '_', '.' or a "
            "{name}, separated by '/', no leading '/'");
  EXPECT_EQ(refusal(handler + "method = \"GET\"\npath = \"a/../b\"\naccess = \"read\"\n"),
            "8: path: 'a/../b' is not a handler path: segments of a-z, 0-9, '-', '_', '.' or a "
            "{name}, separated by '/', no leading '/'");
  EXPECT_EQ(refusal(handler + "method = \"GET\"\npath = \"a\"\naccess = \"all\"\n"),
            "9: access: 'all' is not \"read\" or \"write\"");
  EXPECT_EQ(refusal(handler + "method = \"GET\"\npath = \"a\"\naccess = \"write\"\n"),
            "9: access: a GET handler may only read: use POST, PUT or DELETE to write");
  EXPECT_EQ(refusal(handler + "method = \"GET\"\npath = \"a\"\n"),
            "6: access: required key 'access' is missing");
  EXPECT_EQ(refusal("\n[web]\nassets = \"../x\"\n"),
            "7: web.assets: '../x' must be a folder name beside the manifest");
  EXPECT_EQ(refusal("\n[web]\npages = 1\n"),
            "7: web.pages: unknown key 'pages' in [web] (assets, title, handlers)");
  const std::string twice = handler + "method = \"GET\"\npath = \"a\"\naccess = \"read\"\n";
  EXPECT_EQ(refusal(twice + twice), "11: path: handler GET a is declared twice");
}

}  // namespace
}  // namespace thuky::host
