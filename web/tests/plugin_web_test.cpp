// The web extension point through the real server: a fixture plugin's handlers behind the
// session, role and CSRF checks, with its answers, errors and transactions.
#include <SQLiteCpp/Database.h>
#include <gtest/gtest.h>
#include <httplib.h>
#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <nlohmann/json.hpp>
#include <thread>

#include "plugin_handlers.hpp"
#include "user_accounts.hpp"
#include "web_app.hpp"

namespace thuky::web {
namespace {

namespace fs = std::filesystem;

class PluginWebTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() /
           ("thuky-plugin-web-" + std::to_string(::getpid()) + "-" +
            ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::remove_all(dir_);
    fs::create_directories(dir_);
    // A setting of samples/hello-plugin, which the plugin's page shows; a short busy timeout,
    // for the requests made while another connection holds the store.
    std::ofstream(dir_ / "thuky.toml")
        << "[store]\nbusy_timeout_ms = 200\n\n[plugins.hello]\ngreeting = \"Chào\"\n";
    host::GlobalOptions options;
    options.config_file = (dir_ / "thuky.toml").string();
    options.db = (dir_ / "thuky.db").string();
    options.plugin_paths = {THUKY_WEB_FIXTURE_PLUGINS, THUKY_WEB_HELLO_PLUGIN};
    session_ = std::make_unique<host::HostSession>(options);
    UserAccounts accounts(session_->store());
    accounts.add("lan", Role::kSecretary, "mật khẩu lan");
    accounts.add("hung", Role::kViewer, "mật khẩu hung");
    app_ = std::make_unique<WebApp>(*session_, AuthMode::kAccounts);
    add_auth_routes(*app_);
    add_people_routes(*app_);
    add_page_routes(*app_);
    add_plugin_routes(*app_);
    add_plugin_page_routes(*app_);
    const int port = app_->http().bind_to_any_port("127.0.0.1");
    ASSERT_GT(port, 0);
    app_->set_port(port);
    server_ = std::thread([this] { app_->http().listen_after_bind(); });
    while (!app_->http().is_running())  // stop() before the loop starts would not stop it
      std::this_thread::yield();
    client_ = std::make_unique<httplib::Client>("127.0.0.1", port);
  }
  void TearDown() override {
    app_->http().stop();
    server_.join();
    client_.reset();
    app_.reset();
    session_.reset();
    fs::remove_all(dir_);
  }

  struct Login {
    std::string cookie, csrf;
  };
  Login login(const std::string& name, const std::string& password) {
    const nlohmann::json body = {{"name", name}, {"password", password}};
    auto res = client_->Post("/api/login", body.dump(), "application/json");
    EXPECT_TRUE(res && res->status == 200);
    std::string cookie = res->get_header_value("Set-Cookie");
    cookie = cookie.substr(0, cookie.find(';'));
    return {cookie, nlohmann::json::parse(res->body)["csrf"]};
  }
  httplib::Result get(const Login& who, const std::string& path) {
    return client_->Get(path, {{"Cookie", who.cookie}});
  }
  httplib::Result post(const Login& who, const std::string& path, const std::string& body,
                       bool with_token = true) {
    httplib::Headers headers{{"Cookie", who.cookie}};
    if (with_token)
      headers.emplace("X-CSRF-Token", who.csrf);
    return client_->Post(path, headers, body, "text/plain");
  }
  int count(const Login& who) {
    auto res = get(who, "/api/p/webfix/count");
    return nlohmann::json::parse(res->body)["count"];
  }

  fs::path dir_;
  std::unique_ptr<host::HostSession> session_;
  std::unique_ptr<WebApp> app_;
  std::thread server_;
  std::unique_ptr<httplib::Client> client_;
};

TEST_F(PluginWebTest, ReadHandlerGetsItsParamsAndTheUser) {
  const Login lan = login("lan", "mật khẩu lan");
  auto res = get(lan, "/api/p/webfix/items/7?q=t%C3%AAn&id=8");
  ASSERT_TRUE(res);
  EXPECT_EQ(res->status, 200);
  const std::string expected = R"({"id": "7", "q": "tên", "user": "lan"})";
  EXPECT_EQ(res->body, expected);
  // A literal segment beats a placeholder.
  res = get(lan, "/api/p/webfix/items/new");
  EXPECT_EQ(res->body, R"({"new": true})");
}

TEST_F(PluginWebTest, NotLoggedInIsRefused) {
  auto res = client_->Get("/api/p/webfix/items/7");
  ASSERT_TRUE(res);
  EXPECT_EQ(res->status, 401);
}

TEST_F(PluginWebTest, UnknownPluginHandlerOrMethodIs404Or405) {
  const Login lan = login("lan", "mật khẩu lan");
  EXPECT_EQ(get(lan, "/api/p/nobody/items/7")->status, 404);
  EXPECT_EQ(get(lan, "/api/p/webfix/nothing")->status, 404);
  EXPECT_EQ(get(lan, "/api/p/webfix/items/7/more")->status, 404);
  EXPECT_EQ(post(lan, "/api/p/webfix/count", "x")->status, 405);
  // Declared in the manifest, not answered in code: the SDK's default.
  auto res = get(lan, "/api/p/webfix/undeclared-in-code");
  EXPECT_EQ(res->status, 404);
  const std::string expected = R"({"error": "this plugin has no such web handler"})";
  EXPECT_EQ(res->body, expected);
}

TEST_F(PluginWebTest, WriteHandlerCommitsWithItsAuditEntry) {
  const Login lan = login("lan", "mật khẩu lan");
  auto res = post(lan, "/api/p/webfix/items", "Lan");
  ASSERT_TRUE(res);
  EXPECT_EQ(res->status, 201);
  EXPECT_EQ(res->body, R"({"count": 1})");
  SQLite::Statement entry(session_->store().db(),
                          "SELECT command, component FROM audit_log ORDER BY id DESC LIMIT 1");
  ASSERT_TRUE(entry.executeStep());
  EXPECT_EQ(entry.getColumn(0).getString(), "thuky serve: user 'lan': POST /api/p/webfix/items");
  EXPECT_EQ(entry.getColumn(1).getString(), "webfix");
}

TEST_F(PluginWebTest, ViewerMayNotWrite) {
  const Login hung = login("hung", "mật khẩu hung");
  auto res = post(hung, "/api/p/webfix/items", "Hùng");
  ASSERT_TRUE(res);
  EXPECT_EQ(res->status, 403);
  EXPECT_EQ(count(hung), 0);
  // Reading is fine.
  EXPECT_EQ(get(hung, "/api/p/webfix/items/1")->status, 200);
}

TEST_F(PluginWebTest, PostWithoutTheCsrfTokenIsRefused) {
  const Login lan = login("lan", "mật khẩu lan");
  auto res = post(lan, "/api/p/webfix/items", "Lan", false);
  ASSERT_TRUE(res);
  EXPECT_EQ(res->status, 403);
  // Even for a handler declared "read": every POST carries the token.
  EXPECT_EQ(post(lan, "/api/p/webfix/sneaky", "Lan", false)->status, 403);
  EXPECT_EQ(count(lan), 0);
}

TEST_F(PluginWebTest, UserErrorIs400WithTheField) {
  const Login lan = login("lan", "mật khẩu lan");
  auto res = post(lan, "/api/p/webfix/items", "");
  ASSERT_TRUE(res);
  EXPECT_EQ(res->status, 400);
  const std::string expected = R"({"error":"give a name","error_en":"give a name","field":"name"})";
  EXPECT_EQ(res->body, expected);
}

// A catalogue's message refused by a plugin without WebRouter (the minutes plugin: its bridge
// reports the Vietnamese beside the English that crosses as its status): said in Vietnamese,
// the English kept for scripts.
TEST_F(PluginWebTest, AMinutesHandlersRefusalIsSaidInVietnamese) {
  const Login lan = login("lan", "mật khẩu lan");
  auto res = get(lan, "/api/p/minutes/meetings/khong-co");
  ASSERT_TRUE(res);
  EXPECT_EQ(res->status, 400);
  const nlohmann::json body = nlohmann::json::parse(res->body);
  const std::string vietnamese = "không có cuộc họp mã “khong-co” trong dữ liệu";
  const std::string english =
      "no meeting 'khong-co' in the store; 'thuky meeting list' shows the meetings there";
  EXPECT_EQ(body["error"], vietnamese) << res->body;
  EXPECT_EQ(body["error_en"], english) << res->body;
  EXPECT_FALSE(body.contains("field")) << res->body;
}

TEST_F(PluginWebTest, FailedOrRefusedWriteLeavesTheStoreUnchanged) {
  const Login lan = login("lan", "mật khẩu lan");
  auto res = post(lan, "/api/p/webfix/items", "boom");
  ASSERT_TRUE(res);
  EXPECT_EQ(res->status, 500);
  const std::string expected =
      R"({"error":"internal error in plugin 'webfix': the fixture failed after writing"})";
  EXPECT_EQ(res->body, expected);
  EXPECT_EQ(post(lan, "/api/p/webfix/items", "conflict")->status, 409);
  EXPECT_EQ(count(lan), 0);
  // The server goes on.
  EXPECT_EQ(post(lan, "/api/p/webfix/items", "Lan")->status, 201);
  EXPECT_EQ(count(lan), 1);
}

TEST_F(PluginWebTest, AReadHandlerThatWritesIsABugAndItsWriteIsRefused) {
  const Login lan = login("lan", "mật khẩu lan");
  ::testing::internal::CaptureStderr();
  auto res = post(lan, "/api/p/webfix/sneaky", "Lan");
  const std::string logged = ::testing::internal::GetCapturedStderr();
  ASSERT_TRUE(res);
  EXPECT_EQ(res->status, 500);
  const std::string message =
      "internal error in plugin 'webfix': web handler 'POST sneaky' is declared access = "
      "\"read\" in its manifest, yet tried to insert into 'webfix_items'; the write was refused "
      "and the store is unchanged";
  EXPECT_EQ(nlohmann::json::parse(res->body)["error"], message);
  EXPECT_EQ(logged, message + "\n");
  EXPECT_EQ(count(lan), 0);
  // The server goes on, and writes where it may.
  EXPECT_EQ(post(lan, "/api/p/webfix/items", "Lan")->status, 201);
  EXPECT_EQ(count(lan), 1);
}

TEST_F(PluginWebTest, AReadHandlerAnswersWhileAnotherConnectionHoldsTheWriteLock) {
  const Login lan = login("lan", "mật khẩu lan");
  ASSERT_EQ(post(lan, "/api/p/webfix/items", "Lan")->status, 201);  // migrated, one row
  // Another process writing (an import): the write lock is taken and a row is not committed.
  SQLite::Database other((dir_ / "thuky.db").string(), SQLite::OPEN_READWRITE);
  other.exec("BEGIN IMMEDIATE");
  other.exec("INSERT INTO webfix_items(name) VALUES ('Hùng')");
  // The read handler reads its snapshot at once: the committed row only.
  auto res = get(lan, "/api/p/webfix/count");
  ASSERT_TRUE(res);
  EXPECT_EQ(res->status, 200);
  EXPECT_EQ(res->body, R"({"count": 1})");
  other.exec("COMMIT");
  EXPECT_EQ(count(lan), 2);
}

TEST_F(PluginWebTest, AnUploadReachesTheHandlerAsAPrivateCopyWithTheBrowsersName) {
  const Login lan = login("lan", "mật khẩu lan");
  const httplib::MultipartFormDataItems form = {
      {"file", "Họ và tên\nLê Văn Hải\n", "Ứng cử viên.CSV", "text/csv"},
      {"note", "đợt 1", "", ""}};
  auto res = client_->Post("/api/p/webfix/upload",
                           {{"Cookie", lan.cookie}, {"X-CSRF-Token", lan.csrf}}, form);
  ASSERT_TRUE(res);
  EXPECT_EQ(res->status, 200) << res->body;
  const std::string expected =
      R"({"name": "Ứng cử viên.CSV", "content": "Họ và tên\nLê Văn Hải\n", "note": "đợt 1"})";
  EXPECT_EQ(res->body, expected);
}

// A handler's message that names the upload's private copy (by path, by name, or its rejects
// file) reaches the page with the name the user chose: its last part only.
TEST_F(PluginWebTest, AnUploadsMessagesNameTheUsersFileNotThePrivateCopy) {
  const Login lan = login("lan", "mật khẩu lan");
  const httplib::MultipartFormDataItems form = {
      {"file", "Họ và tên\n", "C:\\fakepath\\Ứng cử viên.CSV", "text/csv"},
      {"note", "refuse", "", ""}};
  auto res = client_->Post("/api/p/webfix/upload",
                           {{"Cookie", lan.cookie}, {"X-CSRF-Token", lan.csrf}}, form);
  ASSERT_TRUE(res);
  EXPECT_EQ(res->status, 400) << res->body;
  const auto body = nlohmann::json::parse(res->body);
  const std::string said =
      "Ứng cử viên.CSV:3: no row in Ứng cử viên.CSV; the others are in Ứng cử viên.rejected.csv "
      "(Ứng cử viên.rejected.csv)";
  EXPECT_EQ(body["error_en"], said) << res->body;
  EXPECT_EQ(body["error"], said) << res->body;
  EXPECT_EQ(res->body.find("upload-1"), std::string::npos) << res->body;
  EXPECT_EQ(res->body.find("thuky-web-"), std::string::npos) << res->body;
}

// Refusals made before any handler runs are said in Vietnamese, with the English for scripts.
TEST_F(PluginWebTest, SessionAndCsrfRefusalsAreSaidInVietnamese) {
  auto res = client_->Get("/api/p/webfix/count");
  ASSERT_TRUE(res);
  EXPECT_EQ(res->status, 401);
  const std::string not_logged_in =
      R"({"error":"bạn chưa đăng nhập hoặc phiên làm việc đã hết hạn: hãy đăng nhập lại",)"
      R"("error_en":"not logged in"})";
  EXPECT_EQ(res->body, not_logged_in);
  const Login lan = login("lan", "mật khẩu lan");
  res = post(lan, "/api/p/webfix/items", "Lan", false);
  ASSERT_TRUE(res);
  EXPECT_EQ(res->status, 403);
  const std::string csrf =
      R"({"error":"trang đã cũ hoặc thiếu mã bảo vệ (CSRF): hãy tải lại trang",)"
      R"("error_en":"missing or wrong CSRF token: reload the page"})";
  EXPECT_EQ(res->body, csrf);
  const Login hung = login("hung", "mật khẩu hung");
  res = post(hung, "/api/p/webfix/items", "Hùng");
  ASSERT_TRUE(res);
  EXPECT_EQ(res->status, 403);
  const std::string viewer = R"({"error":"tài khoản “hung” chỉ được xem, không được sửa",)"
                             R"("error_en":"'hung' may only read"})";
  EXPECT_EQ(res->body, viewer);
}

// httplib refuses a request too large or a form it cannot parse before any handler runs: the
// answer still has the words every refusal has.
TEST_F(PluginWebTest, ARequestTooLargeOrABrokenFormGetsAnError) {
  app_->http().set_payload_max_length(1024);
  const Login lan = login("lan", "mật khẩu lan");
  const httplib::Headers headers{{"Cookie", lan.cookie}, {"X-CSRF-Token", lan.csrf}};
  const httplib::MultipartFormDataItems big = {
      {"file", std::string(4096, 'x'), "ds.csv", "text/csv"}};
  auto res = client_->Post("/api/p/webfix/upload", headers, big);
  ASSERT_TRUE(res);
  EXPECT_EQ(res->status, 413);
  const std::string too_large = R"({"error":"dữ liệu gửi lên quá lớn: tối đa 64 MB",)"
                                R"("error_en":"the request is too large: at most 64 MiB",)"
                                R"("field":"file"})";
  EXPECT_EQ(res->body, too_large);
  res = client_->Post("/api/p/webfix/upload", headers, "--x\r\nnot a part\r\n",
                      "multipart/form-data; boundary=x");
  ASSERT_TRUE(res);
  EXPECT_EQ(res->status, 400);
  const std::string broken =
      R"({"error":"không đọc được dữ liệu gửi lên (biểu mẫu hoặc tệp tải lên bị hỏng): hãy gửi )"
      R"(lại","error_en":"the request could not be read (a broken form or upload): send it )"
      R"(again","field":"file"})";
  EXPECT_EQ(res->body, broken);
}

// Another process holds the store's write lock past the busy timeout (a big import on the
// command line): every route that writes answers 503 with Retry-After, in Vietnamese and
// without the server's paths, and nothing is written; once the lock is free, it works.
TEST_F(PluginWebTest, AStoreAnotherProcessHoldsIs503ForEveryRoute) {
  const Login lan = login("lan", "mật khẩu lan");
  ASSERT_EQ(post(lan, "/api/p/webfix/items", "Lan")->status, 201);  // migrated, one row
  SQLite::Database other((dir_ / "thuky.db").string(), SQLite::OPEN_READWRITE);
  other.exec("BEGIN IMMEDIATE");
  const std::string busy =
      R"({"error":"dữ liệu đang bận: một lệnh thuky khác đang ghi đã hơn 0,2 giây; hãy thử lại )"
      R"(sau ít phút","error_en":"the store is busy: another thuky command has been writing )"
      R"(for more than 0.2 s; try again in a moment"})";
  const auto expect_busy = [&](const httplib::Result& res, const std::string& route) {
    ASSERT_TRUE(res) << route;
    EXPECT_EQ(res->status, 503) << route;
    EXPECT_EQ(res->get_header_value("Retry-After"), "1") << route;
    EXPECT_EQ(res->body, busy) << route;
  };
  // A plugin's handler that throws what the store said, and one that answers it itself
  // (delegates' WebRouter answers a UserError 400).
  expect_busy(post(lan, "/api/p/webfix/items", "Hùng"), "webfix items");
  expect_busy(
      client_->Post("/api/p/delegates/days/x/tally/KV01/dbqh-2026",
                    {{"Cookie", lan.cookie}, {"X-CSRF-Token", lan.csrf}}, "{}", "application/json"),
      "delegates tally");
  // The host's own routes.
  expect_busy(client_->Post("/api/people", {{"Cookie", lan.cookie}, {"X-CSRF-Token", lan.csrf}},
                            R"({"name": "Lê Văn Hải"})", "application/json"),
              "people");
  other.exec("ROLLBACK");
  EXPECT_EQ(count(lan), 1);
  EXPECT_EQ(post(lan, "/api/p/webfix/items", "Hùng")->status, 201);
}

TEST_F(PluginWebTest, WhatAHandlerPrintsStaysOutOfTheServersOutput) {
  const Login lan = login("lan", "mật khẩu lan");
  ::testing::internal::CaptureStdout();
  auto res = get(lan, "/api/p/webfix/count");
  std::cout.flush();
  const std::string printed = ::testing::internal::GetCapturedStdout();
  ASSERT_TRUE(res);
  EXPECT_EQ(res->body, R"({"count": 0})");
  EXPECT_EQ(printed, "");
}

// A page marks where the shared parts go; the server puts them in (a page without the marks,
// as index.html here, is served as written).
TEST_F(PluginWebTest, APageGetsTheSharedHeadAndTopBarWhereItMarksThem) {
  auto res = client_->Get("/p/webfix/shell.html");
  ASSERT_TRUE(res);
  EXPECT_EQ(res->status, 200);
  const std::string expected =
      "<!DOCTYPE html>\n<html lang=\"vi\">\n<head>\n"
      "<meta charset=\"utf-8\">\n"
      "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
      "<link rel=\"stylesheet\" href=\"/assets/style.css\">\n"
      "<script src=\"/assets/common.js\" defer></script>\n"
      "<title>Vỏ trang</title>\n</head>\n<body>\n"
      "<header class=\"top\">\n"
      "  <strong class=\"brand\">Thư ký</strong>\n"
      "  <nav><a href=\"/\">Danh bạ</a></nav>\n"
      "  <span class=\"spacer\"></span>\n"
      "  <span id=\"who\" class=\"muted\"></span>\n"
      "  <button id=\"logout\" type=\"button\" hidden>Đăng xuất</button>\n"
      "</header>\n"
      "<main>Trang có vỏ</main>\n</body>\n</html>\n";
  EXPECT_EQ(res->body, expected);
  res = client_->Get("/p/webfix/index.html");
  ASSERT_TRUE(res);
  EXPECT_EQ(res->body.find("<header"), std::string::npos);
  // The host's own pages use the same parts.
  res = client_->Get("/");
  ASSERT_TRUE(res);
  EXPECT_EQ(res->body.find("<!--thuky:"), std::string::npos);
  EXPECT_NE(res->body.find("<button id=\"logout\" type=\"button\" hidden>Đăng xuất</button>"),
            std::string::npos);
}

TEST_F(PluginWebTest, PagesAreServedFromTheAssetsFolderOnly) {
  auto res = client_->Get("/p/webfix/");
  ASSERT_TRUE(res);
  EXPECT_EQ(res->status, 200);
  EXPECT_NE(res->body.find("Trang thử"), std::string::npos);
  EXPECT_NE(res->get_header_value("Content-Security-Policy").find("default-src 'self'"),
            std::string::npos);
  EXPECT_EQ(client_->Get("/p/webfix/../webfix.plugin.toml")->status, 404);
  EXPECT_EQ(client_->Get("/p/webfix/%2e%2e/webfix.plugin.toml")->status, 404);
  EXPECT_EQ(client_->Get("/p/webfix/missing.html")->status, 404);
  const Login lan = login("lan", "mật khẩu lan");
  res = get(lan, "/api/plugins/pages");
  const auto pages = nlohmann::json::parse(res->body)["pages"];
  bool listed = false;
  for (const auto& page : pages)
    listed = listed || (page["id"] == "webfix" && page["title"] == "Thử nghiệm" &&
                        page["url"] == "/p/webfix/");
  EXPECT_TRUE(listed) << res->body;
}

// The page the host makes for a plugin from its manifest (samples/hello-plugin, built for these
// tests): its list commands' records a page at a time, its commands and settings.

TEST_F(PluginWebTest, AListCommandsRecordsComeAPageAtATimeWithTheTotal) {
  const Login hung = login("hung", "mật khẩu hung");  // a viewer may read them
  auto res = get(hung, "/api/plugins/hello/lists/hello-list");
  ASSERT_TRUE(res);
  EXPECT_EQ(res->status, 200) << res->body;
  const std::string columns =
      R"({"columns":[{"header":"Họ và tên","key":"name","type":"text"},)"
      R"({"header":"Ngày","key":"day","type":"date"}],"command":"hello-list",)";
  const std::string empty =
      columns + R"("limit":50,"list":"greetings","offset":0,"plugin":"hello","rows":[],"total":0})";
  EXPECT_EQ(res->body, empty);
  // A million greetings: the page holds the rows asked for, and says how many there are.
  SQLite::Database other((dir_ / "thuky.db").string(), SQLite::OPEN_READWRITE);
  other.exec(
      "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 1000000) "
      "INSERT INTO hello_greetings(name, day) SELECT 'Người ' || i, '2026-11-30' FROM n");
  res = get(hung, "/api/plugins/hello/lists/hello-list?offset=999998&limit=5");
  ASSERT_TRUE(res);
  EXPECT_EQ(res->status, 200) << res->body;
  const std::string last =
      columns + R"("limit":5,"list":"greetings","offset":999998,"plugin":"hello",)" +
      R"("rows":[["Người 999999","2026-11-30"],["Người 1000000","2026-11-30"]],"total":1000000})";
  EXPECT_EQ(res->body, last);
  res = get(hung, "/api/plugins/hello/lists/hello-list?offset=2&limit=1");
  EXPECT_EQ(nlohmann::json::parse(res->body)["rows"], nlohmann::json::parse(R"([["Người 3",
            "2026-11-30"]])"));
}

TEST_F(PluginWebTest, AListIsRefusedForAWrongWindowCommandOrPlugin) {
  const Login lan = login("lan", "mật khẩu lan");
  const auto refusal = [&](const std::string& path) {
    auto res = get(lan, path);
    return res ? std::to_string(res->status) + " " + res->body : std::string("no answer");
  };
  const std::string list = "/api/plugins/hello/lists/hello-list";
  EXPECT_EQ(refusal(list + "?limit=0"),
            R"(400 {"error":"limit must be from 1 to 500","field":"limit"})");
  EXPECT_EQ(refusal(list + "?limit=501"),
            R"(400 {"error":"limit must be from 1 to 500","field":"limit"})");
  EXPECT_EQ(refusal(list + "?offset=-1"),
            R"(400 {"error":"offset must be a whole number, not '-1'","field":"offset"})");
  EXPECT_EQ(refusal("/api/plugins/hello/lists/hello"),
            R"(404 {"error":"plugin 'hello' declares no list command 'hello'"})");
  EXPECT_EQ(refusal("/api/plugins/hello/lists/nothing"),
            R"(404 {"error":"plugin 'hello' declares no list command 'nothing'"})");
  EXPECT_EQ(refusal("/api/plugins/nobody/lists/x"), R"(404 {"error":"no plugin 'nobody' in use"})");
  EXPECT_EQ(refusal("/api/plugins/nobody/info"), R"(404 {"error":"no plugin 'nobody' in use"})");
  EXPECT_EQ(client_->Get(list)->status, 401);
  EXPECT_EQ(client_->Get("/api/plugins/hello/info")->status, 401);
}

TEST_F(PluginWebTest, AListCommandThatWritesOrPrintsNoListIsThePluginsBug) {
  const Login lan = login("lan", "mật khẩu lan");
  ::testing::internal::CaptureStderr();
  auto res = get(lan, "/api/plugins/webfix/lists/webfix-sneaky-list");
  const std::string logged = ::testing::internal::GetCapturedStderr();
  ASSERT_TRUE(res);
  EXPECT_EQ(res->status, 500);
  const std::string message =
      "internal error in plugin 'webfix': command 'webfix-sneaky-list' is declared a list (list "
      "= true) in its manifest, yet tried to insert into 'webfix_items'; the write was refused "
      "and the store is unchanged";
  EXPECT_EQ(nlohmann::json::parse(res->body)["error"], message);
  EXPECT_EQ(logged, message + "\n");
  EXPECT_EQ(count(lan), 0);
  ::testing::internal::CaptureStderr();
  res = get(lan, "/api/plugins/webfix/lists/webfix-silent");
  ::testing::internal::GetCapturedStderr();
  EXPECT_EQ(res->status, 500);
  const std::string silent =
      "internal error in plugin 'webfix': command 'webfix-silent' is declared a list (list = "
      "true) in its manifest, yet printed no table::ListOutput";
  EXPECT_EQ(nlohmann::json::parse(res->body)["error"], silent);
  // A list command that works, with its rows; what it prints besides stays out of the output.
  ASSERT_EQ(post(lan, "/api/p/webfix/items", "Lan")->status, 201);
  ::testing::internal::CaptureStdout();
  res = get(lan, "/api/plugins/webfix/lists/webfix-list?limit=1");
  std::cout.flush();
  EXPECT_EQ(::testing::internal::GetCapturedStdout(), "");
  EXPECT_EQ(nlohmann::json::parse(res->body)["rows"], nlohmann::json::parse(R"([["Lan"]])"));
}

TEST_F(PluginWebTest, APluginsInfoHasItsCommandsAndSettingsAsThukyTomlSetsThem) {
  const Login hung = login("hung", "mật khẩu hung");
  auto res = get(hung, "/api/plugins/hello/info");
  ASSERT_TRUE(res);
  EXPECT_EQ(res->status, 200) << res->body;
  const auto info = nlohmann::json::parse(res->body);
  EXPECT_EQ(info["name"], "Hello");
  EXPECT_EQ(info["version"], "1.1.0");
  EXPECT_EQ(info["section"], "plugins.hello");
  const std::string commands = R"json([
    {"name": "hello", "summary": "Greet someone in Vietnamese and remember it", "list": false},
    {"name": "hello-import", "summary": "Greet everyone listed in a .csv or .xlsx file (column Họ và tên)", "list": false},
    {"name": "hello-list", "summary": "Everyone greeted, with the day (--json, --out FILE.xlsx)", "list": true},
    {"name": "hello-card", "summary": "A greeting card as a PDF in the output directory", "list": false}])json";
  EXPECT_EQ(info["commands"], nlohmann::json::parse(commands));
  // thuky.toml sets [plugins.hello] greeting = "Chào" (SetUp).
  const std::string settings = R"([{"key": "greeting", "type": "string",
    "help": "The word of greeting", "default": "Xin chào", "value": "Chào"}])";
  EXPECT_EQ(info["settings"], nlohmann::json::parse(settings));
}

TEST_F(PluginWebTest, APluginWithoutPagesGetsTheHostsPageAndALink) {
  auto res = client_->Get("/p/hello/");
  ASSERT_TRUE(res);
  EXPECT_EQ(res->status, 200);
  EXPECT_NE(res->body.find(R"(<script src="/assets/plugin.js" defer></script>)"),
            std::string::npos);
  EXPECT_EQ(client_->Get("/p/hello/index.html")->status, 404);  // the host's page only
  EXPECT_EQ(client_->Get("/assets/plugin.js")->status, 200);
  const Login lan = login("lan", "mật khẩu lan");
  res = get(lan, "/api/plugins/pages");
  const auto pages = nlohmann::json::parse(res->body)["pages"];
  const auto listed = [&](const nlohmann::json& page) {
    return std::find(pages.begin(), pages.end(), page) != pages.end();
  };
  EXPECT_TRUE(listed({{"id", "hello"}, {"title", "Hello"}, {"url", "/p/hello/"}})) << res->body;
  // A plugin with pages of its own keeps its link.
  EXPECT_TRUE(listed({{"id", "webfix"}, {"title", "Thử nghiệm"}, {"url", "/p/webfix/"}}));
}

TEST(WebHandlerMatch, PlaceholdersAndMethods) {
  const std::vector<host::WebHandlerInfo> handlers = {{"GET", "meetings/{id}", false},
                                                      {"POST", "meetings/{id}/attendance", true}};
  auto match = match_web_handler(handlers, "POST", "meetings/ky-anh/attendance");
  ASSERT_TRUE(match && match->handler);
  EXPECT_EQ(match->handler->path, "meetings/{id}/attendance");
  EXPECT_EQ(match->params.at("id"), "ky-anh");
  match = match_web_handler(handlers, "DELETE", "meetings/ky-anh");
  ASSERT_TRUE(match);
  EXPECT_EQ(match->handler, nullptr);
  EXPECT_FALSE(match_web_handler(handlers, "GET", "meetings"));
  EXPECT_FALSE(match_web_handler(handlers, "GET", "meetings/"));
}

}  // namespace
}  // namespace thuky::web
