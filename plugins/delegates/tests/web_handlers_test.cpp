// The web handlers in process, over a workspace the real `thuky` prepared from the sample
// election: each answer agrees with the command it stands for, and every refusal names its
// field and leaves the store unchanged.
#include <nlohmann/json.hpp>

#include <map>
#include <sstream>
#include <string>

#include "delegates_messages.hpp"
#include "election_fixture.hpp"
#include "support/catalogue_check.hpp"
#include "support/test_plugin_context.hpp"
#include "web_handlers.hpp"

namespace thuky::test {
namespace {

using nlohmann::json;
using thuky::WebResponse;

class WebHandlers : public Election {
 protected:
  void SetUp() override {
    Election::SetUp();
    import_day();
    import_candidates();
    ctx_ = std::make_unique<TestPluginContext>(
        dir_.path(), TestPluginContext::declared_defaults(
                         THUKY_SOURCE_DIR "/plugins/delegates/delegates.plugin.toml"));
  }
  WebResponse call(const std::string& method, const std::string& path, const json& body = nullptr,
                   const std::string& user = "lan") {
    return delegates::answer_web(
        *ctx_, {method, path, body.is_null() ? std::string() : body.dump(), {}, user});
  }
  json get(const std::string& path) {
    const auto a = call("GET", path);
    EXPECT_EQ(a.status, 200) << a.json;
    return json::parse(a.json);
  }
  // The counts of KV01 for the National Assembly in the sample's tally.csv.
  static json kv01() {
    return {{"listed", 1245},
            {"voted", 1198},
            {"issued", 1198},
            {"returned", 1198},
            {"valid", 1180},
            {"invalid", 18},
            {"votes", {389, 708, 920, 319}}};
  }
  // kv01() as the tally page sends it: with the version it loaded the count at.
  static json kv01_at(std::int64_t version) {
    json body = kv01();
    body["version"] = version;
    return body;
  }
  std::int64_t version_of(const std::string& area, const std::string& election) {
    return get("days/ha-tinh-2026/tally/" + area + "/" + election)["version"];
  }
  // The rows `thuky ARGS --json` prints under `key` ({"key": [...]}).
  json cli_json(const std::vector<std::string>& args, const std::string& key) {
    std::vector<std::string> all = args;
    all.push_back("--json");
    const RunResult r = thuky(all);
    EXPECT_EQ(r.exit_code, 0) << r.err;
    return json::parse(r.out)[key];
  }
  std::unique_ptr<TestPluginContext> ctx_;
};

TEST_F(WebHandlers, DaysAndTheDayWithItsElectionsAndPollingAreas) {
  const json days = get("days");
  ASSERT_EQ(days["days"].size(), 1u);
  EXPECT_EQ(days["days"][0]["id"], "ha-tinh-2026");
  EXPECT_EQ(days["days"][0]["date"], "2026-03-15");

  const json day = get("days/ha-tinh-2026");
  std::vector<std::string> levels, areas;
  for (const auto& e : day["elections"])
    levels.push_back(e["level"]);
  for (const auto& p : day["polling_areas"])
    areas.push_back(p["code"]);
  const std::vector<std::string> want_levels = {"ĐBQH", "HĐND tỉnh", "HĐND xã"};
  const std::vector<std::string> want_areas = {"KV01", "KV02", "ST01", "KA01", "KX01"};
  EXPECT_EQ(levels, want_levels);
  EXPECT_EQ(areas, want_areas);
  const json unit = day["elections"][1]["units"][0];
  const std::string expected = R"({"areas":["xã Kỳ Hoa","xã Kỳ Anh"],"number":1,"seats":3})";
  EXPECT_EQ(unit.dump(), expected);
  EXPECT_TRUE(day["elections"][0]["locked_at"].is_null());
  EXPECT_EQ(day["polling_areas"][2]["units"]["hdnd-tinh-2026"], 2);
}

TEST_F(WebHandlers, CandidatesInTheOfficialOrderOfTheCommand) {
  const json web = get("days/ha-tinh-2026/candidates");
  const json cli =
      cli_json({"election", "candidates", "list", "--election", "hdnd-tinh-2026"}, "candidates");
  std::vector<std::string> from_web, from_cli;
  for (const auto& unit : web["elections"][1]["units"]) {
    for (const auto& c : unit["candidates"])
      from_web.push_back(std::to_string(unit["number"].get<int>()) + " " +
                         c["name"].get<std::string>());
  }
  for (const auto& row : cli)
    from_cli.push_back(row["unit"].dump() + " " + row["name"].get<std::string>());
  EXPECT_EQ(from_web, from_cli);
  EXPECT_EQ(web["elections"][1]["units"][0]["candidates"][0]["number"], 1);
}

TEST_F(WebHandlers, CheckGivesTheCommandsRowsWithTheVietnameseWording) {
  const json web = get("days/ha-tinh-2026/check");
  const RunResult r = thuky({"election", "check", "--json"});  // exits 1 when a rule fails
  const json cli = json::parse(r.out)["checks"];
  ASSERT_EQ(web["rows"].size(), cli.size());
  int failed = 0;
  for (std::size_t i = 0; i < cli.size(); ++i) {
    EXPECT_EQ(web["rows"][i]["rule"], cli[i]["rule"]);
    EXPECT_EQ(web["rows"][i]["detail"], cli[i]["detail"]);
    failed += cli[i]["status"] == "FAIL";
  }
  EXPECT_EQ(web["failed"], failed);
  EXPECT_EQ(r.exit_code, failed > 0 ? 1 : 0);
  EXPECT_EQ(web["rows"][0]["scope_vi"], "Đơn vị bầu cử số 3 (ĐBQH)");
}

TEST_F(WebHandlers, TheBallotOfAPollingAreaAndLevel) {
  const json t = get("days/ha-tinh-2026/tally/KV01/dbqh-2026");
  EXPECT_EQ(t["election"]["level"], "ĐBQH");
  EXPECT_EQ(t["unit"], 3);
  EXPECT_EQ(t["seats"], 2);
  EXPECT_EQ(t["candidates"].size(), 4u);
  EXPECT_TRUE(t["tally"].is_null());
}

TEST_F(WebHandlers, ATotalThatDoesNotAddUpIsRefusedNamingTheCountAndNothingIsStored) {
  json body = kv01_at(0);
  body["invalid"] = 19;  // 1180 + 19 is not the 1198 returned
  const auto a = call("POST", "days/ha-tinh-2026/tally/KV01/dbqh-2026", body);
  EXPECT_EQ(a.status, 400);
  const json answer = json::parse(a.json);
  EXPECT_EQ(answer["field"], "valid");
  const std::string vietnamese =
      "1.180 phiếu hợp lệ + 19 phiếu không hợp lệ là 1.199, không bằng 1.198 phiếu thu vào";
  const std::string english = "valid 1180 + invalid 19 is 1199, not the 1198 returned";
  EXPECT_EQ(answer["error"], vietnamese);
  EXPECT_EQ(answer["error_en"], english);
  EXPECT_EQ(answer["problems"][0]["message"], vietnamese);
  EXPECT_EQ(answer["problems"][0]["message_en"], english);
  EXPECT_EQ(answer["problems"].size(), 1u);
  EXPECT_EQ(rows("delegates_tallies"), 0);
  EXPECT_TRUE(ctx_->audited().empty());
}

TEST_F(WebHandlers, EachBrokenRuleNamesItsOwnCount) {
  const auto field_of = [&](const std::string& key, const json& value) {
    json body = kv01_at(0);
    body[key] = value;
    const auto a = call("POST", "days/ha-tinh-2026/tally/KV01/dbqh-2026", body);
    EXPECT_EQ(a.status, 400) << key;
    return json::parse(a.json)["field"].get<std::string>();
  };
  EXPECT_EQ(field_of("voted", 1300), "voted");
  EXPECT_EQ(field_of("issued", -1), "issued");
  EXPECT_EQ(field_of("listed", "nhiều"), "listed");
  EXPECT_EQ(field_of("votes", json({389, 708, 1181, 319})), "votes3");
  EXPECT_EQ(field_of("votes", json({389, 708, 920})), "votes4");
  EXPECT_EQ(field_of("votes", json({389, 708, 920, 319, 1})), "votes5");
  EXPECT_EQ(field_of("votes", json({389, "x", 920, 319})), "votes2");
  EXPECT_EQ(field_of("votes", json({1180, 1180, 920, 319})), "votes");
  EXPECT_EQ(rows("delegates_tallies"), 0);
}

TEST_F(WebHandlers, AConsistentCountIsStoredAsTheCommandStoresIt) {
  const auto a = call("POST", "days/ha-tinh-2026/tally/KV01/dbqh-2026", kv01_at(0));
  ASSERT_EQ(a.status, 200) << a.json;
  EXPECT_EQ(json::parse(a.json)["tally"], kv01());
  const json listed = cli_json({"election", "tally", "list", "--area", "KV01"}, "tallies");
  ASSERT_EQ(listed.size(), 1u);
  EXPECT_EQ(listed[0]["valid"], 1180);
  EXPECT_EQ(listed[0]["votes3"], 920);
  const std::vector<std::string> audited = {"delegates_tallies set KV01/dbqh-2026"};
  EXPECT_EQ(ctx_->audited(), audited);
  // The level's short name reaches the same count.
  EXPECT_EQ(get("days/ha-tinh-2026/tally/KV01/ĐBQH")["tally"], kv01());
}

TEST_F(WebHandlers, ASaveOverANewerCountIsRefusedSayingWhoSavedItAndWhen) {
  const std::string path = "days/ha-tinh-2026/tally/KV01/dbqh-2026";
  EXPECT_EQ(version_of("KV01", "dbqh-2026"), 0);  // Lan and Hùng both open the empty count
  auto a = call("POST", path, kv01_at(0), "lan");
  ASSERT_EQ(a.status, 200) << a.json;
  EXPECT_EQ(json::parse(a.json)["version"], 1);
  json other = kv01_at(0);
  other["votes"] = {390, 707, 920, 319};
  a = call("POST", path, other, "hung");
  EXPECT_EQ(a.status, 409);
  const json conflict = json::parse(a.json);
  const std::string saved_again =
      "số liệu kiểm phiếu của KV01, ĐBQH đã được lưu lại sau khi trang được tải (phiên bản 0, "
      "nay là 1): hãy xem số liệu mới rồi nhập lại";
  EXPECT_EQ(conflict["error"], saved_again);
  EXPECT_EQ(conflict["error_en"],
            "the count of KV01, ĐBQH was saved again after it was loaded (version 0, now 1)");
  EXPECT_EQ(conflict["changed_by"], "lan");
  EXPECT_EQ(conflict["changed_at"], "2026-03-16T02:00:00Z");
  EXPECT_EQ(conflict["tally"]["tally"], kv01());  // the latest, to reload
  EXPECT_EQ(get(path)["tally"], kv01());          // Lan's count stays
  EXPECT_EQ(ctx_->audited().size(), 1u);
  // A command storing the counts raises the version too, without an account.
  ASSERT_EQ(thuky({"election", "tally", "import", sample("tally.csv")}).exit_code, 0);
  const json after = get(path);
  EXPECT_EQ(after["version"], 2);
  EXPECT_EQ(after["changed_by"], "");
  EXPECT_EQ(call("POST", path, kv01_at(1), "hung").status, 409);
  // Reloaded, Hùng's count is saved and signed.
  a = call("POST", path, kv01_at(2), "hung");
  ASSERT_EQ(a.status, 200) << a.json;
  EXPECT_EQ(json::parse(a.json)["version"], 3);
  EXPECT_EQ(json::parse(a.json)["changed_by"], "hung");
  // A save without the version is refused by name.
  json without = kv01();
  a = call("POST", path, without);
  EXPECT_EQ(a.status, 400);
  EXPECT_EQ(json::parse(a.json)["field"], "version");
}

TEST(DelegatesMessages, TheCatalogueIsCompleteAndInVietnamese) {
  thuky::test::check_catalogue(delegates::msg::kAll);
}

// A row the plugin refuses (a unit the election does not have) is said in Vietnamese on the
// page, in English on the command line.
TEST_F(WebHandlers, ARowThePluginRefusesIsSaidInVietnamese) {
  const std::string file =
      variant("candidates-dbqh.csv", "3,Trần Thị Thu Hằng", "9,Trần Thị Thu Hằng");
  auto a = delegates::answer_web(
      *ctx_, {"POST",
              "days/ha-tinh-2026/elections/dbqh-2026/candidates",
              "",
              {{"file", file}, {"file_name", "ung-cu-vien-dbqh.csv"}, {"skip_invalid", ""}},
              "lan"});
  ASSERT_EQ(a.status, 422) << a.json;
  const json answer = json::parse(a.json);
  ASSERT_EQ(answer["problems"].size(), 1u);
  const std::string vietnamese = "cuộc bầu cử này không có đơn vị bầu cử số 9";
  const std::string english = "election 'dbqh-2026' has no unit 9";
  EXPECT_EQ(answer["problems"][0]["message"], vietnamese);
  EXPECT_EQ(answer["problems"][0]["message_en"], english);
  EXPECT_EQ(answer["problems"][0]["header"], "Đơn vị bầu cử");
}

TEST_F(WebHandlers, CandidatesByUploadAreRefusedByRowAndColumnOrTheValidRowsKept) {
  const std::string file = variant("candidates-dbqh.csv", "12/05/1978", "31/02/1978");
  const std::string path = "days/ha-tinh-2026/elections/dbqh-2026/candidates";
  const auto upload = [&](const std::string& skip) {
    return delegates::answer_web(
        *ctx_, {"POST",
                path,
                "",
                {{"file", file}, {"file_name", "ung-cu-vien-dbqh.csv"}, {"skip_invalid", skip}},
                "lan"});
  };
  const int before = rows("delegates_candidates");
  auto a = upload("");
  ASSERT_EQ(a.status, 422) << a.json;
  json answer = json::parse(a.json);
  EXPECT_EQ(answer["total"], 1);
  ASSERT_EQ(answer["problems"].size(), 1u);
  EXPECT_EQ(answer["problems"][0]["row"], 2);
  EXPECT_EQ(answer["problems"][0]["column"], 3);
  EXPECT_EQ(answer["problems"][0]["header"], "Ngày sinh");
  const std::string error = answer["error"];
  EXPECT_EQ(error.find(file), std::string::npos) << error;  // the browser's name, not our copy
  EXPECT_NE(error.find("ung-cu-vien-dbqh.csv"), std::string::npos) << error;
  EXPECT_EQ(rows("delegates_candidates"), before);
  EXPECT_TRUE(ctx_->audited().empty());

  // Skipping the invalid row: the three others are the unit's list, the row is in the rejects.
  a = upload("1");
  ASSERT_EQ(a.status, 200) << a.json;
  answer = json::parse(a.json);
  EXPECT_EQ(answer["rejected"], 1);
  EXPECT_EQ(answer["removed"], 1);
  EXPECT_EQ(rows("delegates_candidates"), before - 1);
  const std::filesystem::path rejects = answer["rejects"]["path"].get<std::string>();
  EXPECT_EQ(rejects, dir_.path() / "out" / "ung-cu-vien-dbqh.rejected.csv");
  EXPECT_NE(read_file(rejects).find("Trần Thị Thu Hằng"), std::string::npos);

  // Not a table, or no file at all: refused by the field.
  a = delegates::answer_web(
      *ctx_,
      {"POST", path, "", {{"file", sample("election.toml")}, {"file_name", "x.toml"}}, "lan"});
  EXPECT_EQ(a.status, 400);
  EXPECT_EQ(json::parse(a.json)["field"], "file");
  EXPECT_EQ(call("POST", path).status, 400);
}

TEST_F(WebHandlers, PapersArePrintedByThePluginsOwnRenderCommandForOneUnitOrArea) {
  import_voters();
  // The command itself, as the plugin runs it in process: its words must parse, and it prints
  // the files it wrote.
  std::vector<std::string> ran;
  const auto run = [&](const std::vector<std::string>& args) {
    ran = args;
    const RunResult r = thuky(args);
    EXPECT_EQ(r.exit_code, 0) << r.err;
    return r.out;
  };
  const auto papers = [&](const std::string& kind, WebParams params) {
    return delegates::answer_web(
        *ctx_, {"POST", "days/ha-tinh-2026/papers/" + kind, "", std::move(params), "lan"}, run);
  };
  auto a = papers("ballots", {{"election", "hdnd-tinh-2026"}, {"unit", "1"}});
  ASSERT_EQ(a.status, 200) << a.json;
  json files = json::parse(a.json)["files"];
  ASSERT_EQ(files.size(), 1u);
  EXPECT_EQ(files[0]["name"], "hdnd-tinh-2026-dv01-phieu-bau.pdf");
  const std::filesystem::path ballot = dir_.path() / "out" / "hdnd-tinh-2026-dv01-phieu-bau.pdf";
  EXPECT_EQ(files[0]["path"], ballot.string());
  const std::string expected =
      "Dấu của Tổ bầu cử\n"
      "PHIẾU BẦU CỬ\n"
      "Đại biểu Hội đồng nhân dân tỉnh Hà Tĩnh\n"
      "khóa XIX, nhiệm kỳ 2026–2031\n"
      "Đơn vị bầu cử số 1 - Số đại biểu được bầu: 3\n"
      "Bà Nguyễn Thị Hoa (15/09/1980)\n"
      "Bà Nguyễn Thị Hoa (02/01/1992)\n"
      "Ông Phan Văn Hoan\n"
      "Ông Hồ Xuân Hòa\n"
      "Bà Võ Thị Thanh\n"
      "\f";
  EXPECT_EQ(shell("pdftotext -raw " + quoted(ballot) + " -").out, expected);

  a = papers("voters", {{"area", "KV02"}});
  ASSERT_EQ(a.status, 200) << a.json;
  files = json::parse(a.json)["files"];
  ASSERT_EQ(files.size(), 1u);
  EXPECT_EQ(files[0]["name"], "ha-tinh-2026-KV02-danh-sach-cu-tri.pdf");
  const std::string list =
      shell("pdftotext -raw " +
            quoted(dir_.path() / "out" / "ha-tinh-2026-KV02-danh-sach-cu-tri.pdf") + " -")
          .out;
  EXPECT_NE(list.find("DANH SÁCH CỬ TRI"), std::string::npos) << list;
  EXPECT_NE(list.find("Khu vực bỏ phiếu số 2 - thôn Tây Hà"), std::string::npos) << list;
  // Refused by the field before anything runs.
  ran.clear();
  EXPECT_EQ(
      json::parse(papers("ballots", {{"election", "dbqh-2026"}, {"unit", "9"}}).json)["field"],
      "unit");
  EXPECT_EQ(json::parse(papers("voters", {{"area", "KV9"}}).json)["field"], "area");
  EXPECT_EQ(json::parse(papers("posters", {}).json)["field"], "kind");
  EXPECT_TRUE(ran.empty());
}

TEST_F(WebHandlers, AnAreaOrLevelThatIsNotThereIsRefusedByName) {
  auto a = call("POST", "days/ha-tinh-2026/tally/KV09/dbqh-2026", kv01_at(0));
  EXPECT_EQ(a.status, 400);
  EXPECT_EQ(json::parse(a.json)["field"], "area");
  a = call("GET", "days/ha-tinh-2026/tally/ST01/hdnd-xa-ky-hoa-2026");
  EXPECT_EQ(a.status, 400);
  const std::string does_not_vote = "khu vực bỏ phiếu “ST01” không bầu HĐND xã";
  EXPECT_EQ(json::parse(a.json)["error"], does_not_vote);
  EXPECT_EQ(json::parse(a.json)["error_en"], "polling area 'ST01' does not vote for HĐND xã");
  a = call("POST", "days/ha-tinh-2026/tally/KV01/dbqh-2026", "không phải JSON");
  EXPECT_EQ(a.status, 400);
}

// Every refusal of a count is said in Vietnamese beside its field, the English kept for
// scripts; a body cut short is said to be no JSON, with where it stops, not blamed on a field.
TEST_F(WebHandlers, ACountsRefusalsAreSaidInVietnameseAndABrokenBodyIsNotJson) {
  const std::string path = "days/ha-tinh-2026/tally/KV01/dbqh-2026";
  const auto refusal = [&](const std::string& body) {
    const auto a = delegates::answer_web(*ctx_, {"POST", path, body, {}, "lan"});
    EXPECT_EQ(a.status, 400) << a.json;
    return json::parse(a.json);
  };
  json cut = refusal(R"({"version": 0, "listed": 12)");
  const std::string not_json = "dữ liệu gửi lên không phải JSON hợp lệ (lỗi ở byte 28)";
  EXPECT_EQ(cut["error"], not_json);
  EXPECT_EQ(cut["error_en"], "the request body is not valid JSON (at byte 28)");
  EXPECT_EQ(cut["field"], "");
  json array = refusal("[1, 2]");
  EXPECT_EQ(array["error_en"], "the request body must be a JSON object ({…})");
  json body = kv01_at(0);
  body["issued"] = -1;
  json said = refusal(body.dump());
  const std::string issued = "“Số phiếu phát ra” phải là số nguyên, từ 0 trở lên";
  EXPECT_EQ(said["error"], issued);
  EXPECT_EQ(said["error_en"], "'issued' must be a count: a whole number, 0 or more");
  EXPECT_EQ(said["field"], "issued");
  body = kv01_at(0);
  body["votes"] = {389, 708, 920};
  said = refusal(body.dump());
  const std::string names = "phiếu bầu có 4 người ứng cử: hãy nhập đủ 4 số phiếu bầu, không phải 3";
  EXPECT_EQ(said["error"], names);
  EXPECT_EQ(said["error_en"], "the ballot has 4 names; give 4 vote counts, not 3");
  body = kv01();
  said = refusal(body.dump());
  const std::string version = "thiếu phiên bản của số liệu lúc tải trang: hãy tải lại trang";
  EXPECT_EQ(said["error"], version);
  EXPECT_EQ(said["field"], "version");
  EXPECT_EQ(rows("delegates_tallies"), 0);
}

TEST_F(WebHandlers, ResultsAgreeWithTheCommand) {
  ASSERT_EQ(thuky({"election", "tally", "import", sample("tally.csv")}).exit_code, 0);
  const json web = get("days/ha-tinh-2026/results");
  const json cli = cli_json({"election", "results"}, "results");
  std::vector<std::string> elected_web, elected_cli;
  for (const auto& unit : web["units"]) {
    for (const auto& c : unit["candidates"]) {
      if (c["elected"])
        elected_web.push_back(unit["election"].get<std::string>() + " " +
                              c["name"].get<std::string>());
    }
  }
  for (const auto& row : cli) {
    if (row["elected"] == "x")
      elected_cli.push_back(row["election"].get<std::string>() + " " +
                            row["name"].get<std::string>());
  }
  EXPECT_FALSE(elected_web.empty());
  EXPECT_EQ(elected_web, elected_cli);
  const json& dbqh = web["units"][0];
  EXPECT_EQ(dbqh["tallied"], 5);
  EXPECT_EQ(dbqh["turnout"], cli[0]["turnout"]);
  EXPECT_EQ(dbqh["status"], cli[0]["status"]);
  EXPECT_EQ(dbqh["official"], false);
}

TEST_F(WebHandlers, LockOnlyWhenCountedThenCountsAreRefusedUntilReopenedWithAReason) {
  auto a = call("POST", "days/ha-tinh-2026/elections/dbqh-2026/lock");
  EXPECT_EQ(a.status, 400);
  EXPECT_EQ(json::parse(a.json)["error"],
            "ĐBQH (dbqh-2026), unit 3: 0 of 5 polling areas counted; lock the results when every "
            "polling area has counted");
  EXPECT_EQ(rows("delegates_results_locks"), 0);

  ASSERT_EQ(thuky({"election", "tally", "import", sample("tally.csv")}).exit_code, 0);
  a = call("POST", "days/ha-tinh-2026/elections/dbqh-2026/lock");
  ASSERT_EQ(a.status, 200) << a.json;
  EXPECT_EQ(json::parse(a.json)["locked_at"], "2026-03-16T09:00:00+07:00");
  EXPECT_EQ(get("days/ha-tinh-2026/results")["units"][0]["official"], true);

  a = call("POST", "days/ha-tinh-2026/tally/KV01/dbqh-2026",
           kv01_at(version_of("KV01", "dbqh-2026")));
  EXPECT_EQ(a.status, 400);
  EXPECT_EQ(json::parse(a.json)["field"], "election");

  a = call("POST", "days/ha-tinh-2026/elections/dbqh-2026/reopen", json{{"reason", "  "}});
  EXPECT_EQ(a.status, 400);
  EXPECT_EQ(json::parse(a.json)["field"], "reason");
  EXPECT_EQ(rows("delegates_results_locks"), 1);

  a = call("POST", "days/ha-tinh-2026/elections/dbqh-2026/reopen",
           json{{"reason", "Tổ bầu cử KV01 cộng nhầm"}});
  ASSERT_EQ(a.status, 200) << a.json;
  EXPECT_EQ(rows("delegates_results_locks"), 0);
  EXPECT_EQ(rows("delegates_results_reopenings"), 1);
  const std::string reopened =
      "delegates_results_locks reopened dbqh-2026: Tổ bầu cử KV01 cộng nhầm";
  EXPECT_EQ(ctx_->audited().back(), reopened);
  EXPECT_EQ(call("POST", "days/ha-tinh-2026/tally/KV01/dbqh-2026",
                 kv01_at(version_of("KV01", "dbqh-2026")))
                .status,
            200);
}

// A candidate list that would change a unit whose results are official is refused in
// Vietnamese on the page (English in error_en, as the command says it), and nothing is stored.
TEST_F(WebHandlers, AListChangingALockedUnitIsRefusedInVietnamese) {
  ASSERT_EQ(thuky({"election", "tally", "import", sample("tally.csv")}).exit_code, 0);
  ASSERT_EQ(call("POST", "days/ha-tinh-2026/elections/dbqh-2026/lock").status, 200);
  const std::string candidates = thuky({"election", "candidates", "list"}).out;
  // Nguyễn Văn Đức by his code ("Mã"), his birth month now known: the same candidate, changed.
  SQLite::Database db((dir_ / "thuky.db").string());
  const std::string code =
      db.execAndGet(
            "SELECT p.code FROM people p JOIN delegates_candidates c ON c.person_id = "
            "p.id WHERE c.full_name = 'Nguyễn Văn Đức'")
          .getString();
  std::istringstream lines(read_file(kSample / "candidates-dbqh.csv"));
  std::string list;
  for (std::string line; std::getline(lines, line);) {
    const bool duc = line.starts_with("3,Nguyễn Văn Đức,1975,");
    if (duc)
      line.replace(0, std::string("3,Nguyễn Văn Đức,1975").size(), "3,Nguyễn Văn Đức,03/1975");
    list += (list.empty() ? "Mã," : duc ? code + "," : ",") + line + "\n";
  }
  const std::string file = (dir_ / "ung-cu-vien.csv").string();
  write_file(file, list);
  const auto a =
      delegates::answer_web(*ctx_, {"POST",
                                    "days/ha-tinh-2026/elections/dbqh-2026/candidates",
                                    "",
                                    {{"file", file}, {"file_name", "ung-cu-vien-dbqh.csv"}},
                                    "lan"});
  ASSERT_EQ(a.status, 400) << a.json;
  const json answer = json::parse(a.json);
  const std::string vietnamese =
      "ĐBQH (dbqh-2026), đơn vị bầu cử số 3: kết quả đã được công bố chính thức lúc 09:00 ngày "
      "16/03/2026, nên không thể thay đổi danh sách người ứng cử của đơn vị; muốn sửa, hãy mở lại "
      "kết quả ở trang Kết quả bầu cử (ghi rõ lý do) rồi nhập lại";
  const std::string english =
      "ĐBQH (dbqh-2026), unit 3: the results are official since 2026-03-16T09:00:00+07:00 and "
      "this import would change its candidates; reopen them first with 'thuky election results "
      "--reopen --election dbqh-2026 --reason TEXT'";
  EXPECT_EQ(answer["error"], vietnamese);
  EXPECT_EQ(answer["error_en"], english);
  EXPECT_EQ(thuky({"election", "candidates", "list"}).out, candidates);
}

TEST_F(WebHandlers, PathsMethodsAndTheHostsOwnSplitOfParameters) {
  EXPECT_EQ(call("GET", "nowhere").status, 404);
  EXPECT_EQ(call("DELETE", "days").status, 405);
  const auto a = delegates::answer_web(
      *ctx_, {"GET",
              "days/{day}/tally/{area}/{election}",
              "",
              {{"day", "ha-tinh-2026"}, {"area", "KV02"}, {"election", "hdnd-tinh-2026"}},
              "lan"});
  ASSERT_EQ(a.status, 200) << a.json;
  EXPECT_EQ(json::parse(a.json)["area"]["code"], "KV02");
  EXPECT_EQ(call("GET", "days/khong-co").status, 400);
}

// A page of a polling area's voter list, as the host hands the request over: the declared path
// and its placeholders, then the query string's parameters.
class VoterPages : public WebHandlers {
 protected:
  void SetUp() override {
    WebHandlers::SetUp();
    import_voters();
  }
  WebResponse voters(std::map<std::string, std::string> query) {
    query["day"] = "ha-tinh-2026";
    return delegates::answer_web(*ctx_, {"GET", "days/{day}/voters", "", query, "lan"});
  }
  // "total: card name, card name" of an answer.
  std::string page(std::map<std::string, std::string> query) {
    const auto a = voters(std::move(query));
    EXPECT_EQ(a.status, 200) << a.json;
    const json body = json::parse(a.json);
    std::string out = std::to_string(body["total"].get<int>()) + ":";
    for (const auto& v : body["voters"])
      out += " " + std::to_string(v["card"].get<int>()) + " " + v["name"].get<std::string>() + ",";
    return out;
  }
};

TEST_F(VoterPages, APageOfAnAreasListInCardOrder) {
  const std::string expected =
      "10: 4 Nguyễn Thị Mai, 5 Lê Văn Hùng, 6 Phạm Thị Hường, 7 Lê Thị Thủy,";
  EXPECT_EQ(page({{"area", "KV01"}, {"offset", "3"}, {"limit", "4"}}), expected);
  const std::string last = "6: 6 Võ Thị Ánh,";
  EXPECT_EQ(page({{"area", "KV02"}, {"offset", "5"}}), last);
}

TEST_F(VoterPages, SearchIgnoresCaseAndDiacriticsAndStaysInTheArea) {
  const std::string nguyen_van = "2: 1 Nguyễn Văn Bình, 3 Nguyễn Văn Cường,";
  EXPECT_EQ(page({{"area", "KV01"}, {"q", "NGUYEN van"}}), nguyen_van);
  const std::string dong = "1: 9 Đặng Văn Đông,";  // đ is d
  EXPECT_EQ(page({{"area", "KV01"}, {"q", "dong"}}), dong);
  const std::string hung = "1: 5 Lê Văn Hùng,";  // not Hường
  EXPECT_EQ(page({{"area", "KV01"}, {"q", "hùng"}}), hung);
  const std::string card = "1: 7 Lê Thị Thủy,";
  EXPECT_EQ(page({{"area", "KV01"}, {"q", "7"}}), card);
  const std::string other_area = "1: 2 Nguyễn Thị Hòa,";
  EXPECT_EQ(page({{"area", "KV02"}, {"q", "nguyen"}}), other_area);
  const std::string paged = "5: 6 Phạm Thị Hường, 7 Lê Thị Thủy,";
  EXPECT_EQ(page({{"area", "KV01"}, {"q", "thi"}, {"offset", "2"}, {"limit", "2"}}), paged);
  EXPECT_EQ(page({{"area", "KV01"}, {"q", "xyz"}}), "0:");
}

TEST_F(VoterPages, AnUnknownAreaOrAWrongNumberIsRefusedByField) {
  const auto area = voters({{"area", "KV99"}});
  EXPECT_EQ(area.status, 400);
  // No catalogue has these words yet: English in both.
  const json no_area = {{"error", "no polling area 'KV99' on ha-tinh-2026"},
                        {"error_en", "no polling area 'KV99' on ha-tinh-2026"},
                        {"field", "area"}};
  EXPECT_EQ(json::parse(area.json), no_area);
  const auto offset = voters({{"area", "KV01"}, {"offset", "-1"}});
  EXPECT_EQ(offset.status, 400);
  const json bad_offset = {
      {"error", "'-1' is not a number"}, {"error_en", "'-1' is not a number"}, {"field", "offset"}};
  EXPECT_EQ(json::parse(offset.json), bad_offset);
}

}  // namespace
}  // namespace thuky::test
