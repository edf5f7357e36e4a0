// The web handlers in process, over a workspace the real `thuky` prepared from the sample round:
// each answer agrees with the command it stands for; every refusal names its field (or explains
// the schedule) and leaves the store unchanged.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include <iostream>

#include "contact_messages.hpp"
#include "support/catalogue_check.hpp"
#include "support/test_plugin_context.hpp"
#include "support/test_support.hpp"
#include "web_handlers.hpp"

namespace thuky::test {
namespace {

using nlohmann::json;
using thuky::WebResponse;

const std::filesystem::path kSample =
    std::filesystem::path(THUKY_SOURCE_DIR) / "samples" / "voter-contact";
const std::string kPlan = "ha-tinh-2026-ky-hop-3";

class ContactWeb : public ::testing::Test {
 protected:
  void SetUp() override {
    ASSERT_EQ(thuky({"init"}).exit_code, 0);
    // As scripts/demo.sh prepares the round: the areas and bodies the plan names, its people.
    for (const char* table : {"areas", "people", "organisations"}) {
      const RunResult r =
          thuky({table, "import", (kSample / (std::string(table) + ".csv")).string()});
      ASSERT_EQ(r.exit_code, 0) << r.err;
    }
    const RunResult r = thuky({"contact", "import", (kSample / "plan.toml").string()});
    ASSERT_EQ(r.exit_code, 0) << r.err;
    ctx_ = std::make_unique<TestPluginContext>(
        dir_.path(), TestPluginContext::declared_defaults(
                         THUKY_SOURCE_DIR "/plugins/voter-contact/voter-contact.plugin.toml"));
  }
  RunResult thuky(const std::vector<std::string>& args) { return run_thuky(args, dir_.path()); }
  WebResponse call(const std::string& method, const std::string& path, const json& body = nullptr) {
    const auto no_commands = [](const std::vector<std::string>&) {
      ADD_FAILURE() << "no command";
      return std::string();
    };
    return contact::answer_web(
        *ctx_, {method, path, body.is_null() ? std::string() : body.dump(), {}, "lan"},
        no_commands);
  }
  json ok(const std::string& method, const std::string& path, const json& body = nullptr) {
    const auto a = call(method, path, body);
    EXPECT_LT(a.status, 300) << a.json;
    return json::parse(a.json);
  }
  json refused(const std::string& method, const std::string& path, const json& body = nullptr) {
    const auto a = call(method, path, body);
    EXPECT_EQ(a.status, 400) << a.json;
    return json::parse(a.json);
  }
  // "date slot locality group" of every scheduled session, as the page shows them.
  static std::vector<std::string> sessions(const json& plan) {
    std::vector<std::string> out;
    for (const auto& s : plan["sessions"]) {
      out.push_back(s["date"].get<std::string>() + " " + s["slot"].get<std::string>() + " " +
                    s["locality"].get<std::string>() + " " + s["group"].get<std::string>() +
                    (s["pinned"] ? " pinned" : ""));
    }
    return out;
  }
  TempDir dir_;
  std::unique_ptr<TestPluginContext> ctx_;
};

TEST(ContactMessages, TheCatalogueIsCompleteAndInVietnamese) {
  thuky::test::check_catalogue(contact::msg::kAll);
}

TEST_F(ContactWeb, ThePlanAndItsScheduleAsTheListCommandGivesIt) {
  const json plans = ok("GET", "plans");
  ASSERT_EQ(plans["plans"].size(), 1u);
  EXPECT_EQ(plans["plans"][0]["id"], kPlan);

  json plan = ok("GET", "plans/" + kPlan);
  EXPECT_EQ(plan["sessions"].size(), 0u);
  EXPECT_EQ(plan["unscheduled"].size(), 7u);
  EXPECT_EQ(plan["groups"][1]["members"].size(), 3u);
  EXPECT_EQ(plan["slots"][0]["starts"], "07:30");

  plan = ok("POST", "plans/" + kPlan + "/schedule", json::object());
  EXPECT_EQ(plan["unscheduled"].size(), 0u);
  const RunResult cli = thuky({"--json", "contact", "list", kPlan});
  ASSERT_EQ(cli.exit_code, 0) << cli.err;
  const json rows = json::parse(cli.out)["sessions"];
  std::vector<std::string> listed;
  for (const auto& row : rows)
    listed.push_back(row["date"].get<std::string>() + " " + row["locality"].get<std::string>());
  std::vector<std::string> shown;
  for (const auto& s : plan["sessions"])
    shown.push_back(s["date"].get<std::string>() + " " + s["locality_name"].get<std::string>());
  EXPECT_EQ(shown, listed);
  EXPECT_EQ(plan["sessions"][0]["weekday"], "thứ Hai");
}

TEST_F(ContactWeb, APinIsKeptAndARefusedOneIsExplainedWithNothingChanged) {
  ok("POST", "plans/" + kPlan + "/schedule");
  json plan = ok(
      "POST", "plans/" + kPlan + "/pin",
      {{"group", "to-2"}, {"locality", "xa-cam-xuyen"}, {"date", "24/11/2026"}, {"slot", "sang"}});
  const auto pinned = sessions(plan);
  EXPECT_NE(std::find(pinned.begin(), pinned.end(), "2026-11-24 sang 18343 to-2 pinned"),
            pinned.end());

  json no = refused("POST", "plans/" + kPlan + "/pin",
                    {{"group", "to-1"},
                     {"locality", "phuong-vung-ang"},
                     {"date", "2026-11-23"},
                     {"slot", "sang"}});
  EXPECT_EQ(no["error"],
            "plan 'ha-tinh-2026-ky-hop-3' cannot be scheduled: 1 of 7 sessions have no place");
  const json explanation = {
      "phường Vũng Áng (Tổ đại biểu số 1): pinned to 23/11/2026 Sáng, but the locality cannot "
      "host"};
  EXPECT_EQ(no["explanation"], explanation);
  EXPECT_EQ(no["field"], "");
  EXPECT_EQ(sessions(ok("GET", "plans/" + kPlan)), pinned);

  no = refused(
      "POST", "plans/" + kPlan + "/pin",
      {{"group", "to-1"}, {"locality", "xa-ky-hoa"}, {"date", "2026-12-24"}, {"slot", "sang"}});
  EXPECT_EQ(no["field"], "date");
  no = refused(
      "POST", "plans/" + kPlan + "/pin",
      {{"group", "to-3"}, {"locality", "xa-ky-hoa"}, {"date", "2026-11-30"}, {"slot", "sang"}});
  EXPECT_EQ(no["field"], "locality");
  no = refused("POST", "plans/" + kPlan + "/pin",
               {{"group", "to-3"},
                {"locality", "phuong-tran-phu"},
                {"date", "2026-11-30"},
                {"slot", "dem"}});
  EXPECT_EQ(no["field"], "slot");

  plan = ok("POST", "plans/" + kPlan + "/unpin", {{"group", "to-2"}, {"locality", "xa-cam-xuyen"}});
  for (const auto& s : plan["sessions"])
    EXPECT_FALSE(s["pinned"]);
  no = refused("POST", "plans/" + kPlan + "/unpin",
               {{"group", "to-2"}, {"locality", "xa-cam-xuyen"}});
  // Localities are the areas tree's (xã Cẩm Xuyên is area 18343); the old slug still names one.
  EXPECT_EQ(no["error"], "no pinned session of 'to-2' at xã Cẩm Xuyên in plan '" + kPlan + "'");
}

TEST_F(ContactWeb, AnOpinionIsAddedThenTheSameOneUpdatedAndEachWrongFieldNamed) {
  const json opinion = {{"locality", "xã Cẩm Xuyên"},
                        {"voter", "Lê Văn Thành"},
                        {"content", "Đề nghị sửa đường liên thôn Trung Hà."},
                        {"field", "giao thông"},
                        {"competence", "tỉnh"},
                        {"urgent", true}};
  auto a = call("POST", "plans/" + kPlan + "/opinions", opinion);
  ASSERT_EQ(a.status, 201) << a.json;
  json saved = json::parse(a.json)["opinion"];
  EXPECT_EQ(saved["number"], 1);
  EXPECT_EQ(saved["group"], "to-2");
  EXPECT_EQ(saved["locality_name"], "xã Cẩm Xuyên");
  EXPECT_EQ(saved["urgent"], true);

  json again = opinion;
  again["agency"] = "Sở Xây dựng";
  a = call("POST", "plans/" + kPlan + "/opinions", again);
  ASSERT_EQ(a.status, 200) << a.json;
  EXPECT_EQ(json::parse(a.json)["opinion"]["number"], 1);

  const auto field_of = [&](const char* key, const json& value) {
    json body = opinion;
    body[key] = value;
    return refused("POST", "plans/" + kPlan + "/opinions", body)["field"].get<std::string>();
  };
  EXPECT_EQ(field_of("content", " "), "content");
  EXPECT_EQ(field_of("locality", "xã Không Có"), "locality");
  EXPECT_EQ(field_of("competence", "huyện"), "competence");
  // The page says why in Vietnamese (the catalogue's words).
  json wrong = opinion;
  wrong["locality"] = "xã Không Có";
  const std::string not_a_locality = "“xã Không Có” không phải là xã, phường của kế hoạch này";
  EXPECT_EQ(refused("POST", "plans/" + kPlan + "/opinions", wrong)["error"], not_a_locality);
  wrong = opinion;
  wrong["competence"] = "huyện";
  const std::string not_a_competence =
      "“huyện” không phải là thẩm quyền (ghi trung ương, tỉnh hoặc xã)";
  EXPECT_EQ(refused("POST", "plans/" + kPlan + "/opinions", wrong)["error"], not_a_competence);
  const json list = ok("GET", "plans/" + kPlan + "/opinions");
  ASSERT_EQ(list["opinions"].size(), 1u);
  EXPECT_EQ(list["opinions"][0]["agency"], "Sở Xây dựng");
  EXPECT_EQ(list["sessions"].size(), 7u);

  const RunResult cli = thuky({"--json", "contact", "opinions", "list", kPlan});
  ASSERT_EQ(cli.exit_code, 0) << cli.err;
  EXPECT_EQ(json::parse(cli.out)["opinions"][0]["content"],
            "Đề nghị sửa đường liên thôn Trung Hà.");
}

TEST_F(ContactWeb, AlikeOpinionsAreConfirmedOrSplitAsTheCommandsDo) {
  ASSERT_EQ(thuky({"contact", "opinions", "import", kPlan, (kSample / "opinions.csv").string()})
                .exit_code,
            0);
  // Reading shows the groups as stored: none yet. Suggesting (a write) groups them.
  EXPECT_TRUE(ok("GET", "plans/" + kPlan + "/groups")["groups"].empty());
  json groups = ok("POST", "plans/" + kPlan + "/groups/suggest")["groups"];
  ASSERT_FALSE(groups.empty());
  EXPECT_EQ(ok("GET", "plans/" + kPlan + "/groups")["groups"], groups);
  EXPECT_EQ(groups[0]["number"], 1);
  EXPECT_EQ(groups[0]["confirmed"], false);
  std::vector<std::int64_t> numbers;
  for (const auto& o : groups[0]["opinions"])
    numbers.push_back(o["number"]);
  const std::vector<std::int64_t> first = {1, 11};
  EXPECT_EQ(numbers, first);

  groups = ok("POST", "plans/" + kPlan + "/groups/1/confirm")["groups"];
  EXPECT_EQ(groups[0]["confirmed"], true);
  const std::string no_group = "no opinion group 99 in plan '" + kPlan +
                               "' (see 'thuky contact opinions groups " + kPlan + "')";
  EXPECT_EQ(refused("POST", "plans/" + kPlan + "/groups/99/confirm")["error"], no_group);
  EXPECT_EQ(refused("POST", "plans/" + kPlan + "/groups/x/confirm")["field"], "group");

  groups = ok("POST", "plans/" + kPlan + "/groups/1/split", {{"opinions", {11}}})["groups"];
  for (const auto& g : groups)
    EXPECT_NE(g["number"], 1);  // 1 stands alone now: nothing left to decide about it
  EXPECT_EQ(refused("POST", "plans/" + kPlan + "/groups/3/split", {{"opinions", {1}}})["error"],
            "opinion 1 is not in group 3");
}

TEST_F(ContactWeb, AnswersAreRecordedAndTheUnansweredCountTheDaysPastTheDeadline) {
  ASSERT_EQ(thuky({"contact", "opinions", "import", kPlan, (kSample / "opinions.csv").string()})
                .exit_code,
            0);
  ok("POST", "plans/" + kPlan + "/groups/suggest");
  // The session ends on 11/12/2026; agencies answer within 30 days: by 10/01/2027.
  ctx_->set_clock(Clock(std::chrono::sys_days{std::chrono::year{2027} / 1 / 20}));
  json list = ok("GET", "plans/" + kPlan + "/answers");
  EXPECT_EQ(list["due"], "2027-01-10");
  ASSERT_FALSE(list["requests"].empty());
  const json first = list["requests"][0];
  EXPECT_EQ(first["status"], "");
  EXPECT_EQ(first["overdue"], 10);
  // Answered on the spot where it was raised (opinions.csv: Hải Ninh's cultural house, Thành
  // Sen's online gambling): settled at the sessions, never overdue.
  std::vector<std::string> settled;
  for (const auto& r : list["requests"]) {
    if (r["settled_at_sessions"] == true) {
      settled.push_back(r["agency"].get<std::string>());
      EXPECT_EQ(r["overdue"], 0);
    }
  }
  const std::vector<std::string> expected_settled = {"UBND phường Hải Ninh", "Công an tỉnh"};
  EXPECT_EQ(settled, expected_settled);

  const std::string path = "plans/" + kPlan + "/groups/" + first["group"].dump() + "/answer";
  EXPECT_EQ(refused("POST", path, {{"answer", " "}})["field"], "answer");
  EXPECT_EQ(refused("POST", path, {{"answer", "Đã có kế hoạch"}, {"status", "done"}})["field"],
            "status");
  EXPECT_EQ(refused("POST", path, {{"answer", "Đã có kế hoạch"}, {"date", "32/01/2027"}})["field"],
            "date");
  EXPECT_TRUE(ctx_->audited().empty());
  list = ok("POST", path,
            {{"answer", "Sở Giao thông vận tải đã có kế hoạch sửa đường năm 2027"},
             {"agency", "Sở Giao thông vận tải"},
             {"date", "15/01/2027"}});
  json answered;
  for (const auto& r : list["requests"]) {
    if (r["group"] == first["group"])
      answered = r;
  }
  EXPECT_EQ(answered["status"], "answered");
  EXPECT_EQ(answered["answered_on"], "2027-01-15");
  EXPECT_EQ(answered["answer_agency"], "Sở Giao thông vận tải");
  EXPECT_EQ(answered["overdue"], 0);
  // As the command lists what is left: the answered request is not among them.
  const RunResult r = thuky({"contact", "opinions", "unanswered", kPlan, "--json"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  std::size_t open = 0;
  for (const auto& q : list["requests"])
    open += q["status"] != "answered" && q["settled_at_sessions"] != true;
  EXPECT_EQ(json::parse(r.out)["unanswered"].size(), open);
}

TEST_F(ContactWeb, OpinionsByUploadAreRefusedByRowAndColumnOrStoredAsTheImportStoresThem) {
  std::string text = read_file(kSample / "opinions.csv");
  text.replace(text.find("trung ương"), std::string("trung ương").size(), "liên bang");
  const std::filesystem::path bad = dir_.path() / "y-kien.csv";
  write_file(bad, text);
  const std::string path = "plans/" + kPlan + "/opinions/import";
  const auto upload = [&](const std::filesystem::path& file, const std::string& skip) {
    return contact::answer_web(
        *ctx_,
        {"POST",
         path,
         "",
         {{"file", file.string()}, {"file_name", "Ý kiến cử tri.csv"}, {"skip_invalid", skip}},
         "lan"},
        {});
  };
  auto a = upload(bad, "");
  ASSERT_EQ(a.status, 422) << a.json;
  json answer = json::parse(a.json);
  EXPECT_EQ(answer["total"], 1);
  EXPECT_EQ(answer["problems"][0]["row"], 2);
  EXPECT_EQ(answer["problems"][0]["column"], 8);
  EXPECT_EQ(answer["problems"][0]["header"], "Thẩm quyền");
  const std::string vietnamese = "“liên bang” không thuộc các giá trị: Trung ương, Tỉnh, Xã";
  EXPECT_EQ(answer["problems"][0]["message"], vietnamese);
  EXPECT_EQ(answer["problems"][0]["message_en"], "'liên bang' is not one of: Trung ương, Tỉnh, Xã");
  const std::string error = answer["error"];
  EXPECT_EQ(error.find(bad.string()), std::string::npos) << error;
  EXPECT_NE(error.find("Ý kiến cử tri.csv"), std::string::npos) << error;
  EXPECT_TRUE(ok("GET", "plans/" + kPlan + "/opinions")["opinions"].empty());

  a = upload(bad, "1");
  ASSERT_EQ(a.status, 200) << a.json;
  answer = json::parse(a.json);
  EXPECT_EQ(answer["rejected"], 1);
  EXPECT_EQ(answer["rejects"]["name"], "Ý kiến cử tri.rejected.csv");
  EXPECT_NE(read_file(answer["rejects"]["path"].get<std::string>()).find("liên bang"),
            std::string::npos);
  // The rows kept are the command's: the same list `opinions list` prints.
  const std::size_t stored = ok("GET", "plans/" + kPlan + "/opinions")["opinions"].size();
  EXPECT_EQ(answer["added"], stored);
  const RunResult r = thuky({"contact", "opinions", "list", kPlan, "--json"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(json::parse(r.out)["opinions"].size(), stored);
  EXPECT_EQ(refused("POST", path)["field"], "file");
}

TEST_F(ContactWeb, PapersAreRenderedByThePluginsOwnCommands) {
  std::vector<std::string> ran;
  const auto run = [&](const std::vector<std::string>& args) {
    ran = args;
    return std::string("out/a-ke-hoach.pdf\nout/a.ics\n");
  };
  const auto a = contact::answer_web(
      *ctx_, {"POST", "plans/" + kPlan + "/documents/report", "", {}, "lan"}, run);
  ASSERT_EQ(a.status, 200) << a.json;
  const std::vector<std::string> args = {"contact", "opinions", "report",
                                         kPlan,     "--out",    (dir_.path() / "out").string()};
  EXPECT_EQ(ran, args);
  const json files = json::parse(a.json)["files"];
  ASSERT_EQ(files.size(), 2u);
  EXPECT_EQ(files[0]["name"], "a-ke-hoach.pdf");
  EXPECT_EQ(files[0]["path"],
            (std::filesystem::current_path() / "out" / "a-ke-hoach.pdf").string());
  const auto wrong = contact::answer_web(
      *ctx_, {"POST", "plans/" + kPlan + "/documents/ballots", "", {}, "lan"}, run);
  EXPECT_EQ(wrong.status, 400);
  EXPECT_EQ(json::parse(wrong.json)["field"], "kind");
}

TEST_F(ContactWeb, UnknownPathsAndMethods) {
  EXPECT_EQ(call("GET", "nowhere").status, 404);
  EXPECT_EQ(call("DELETE", "plans").status, 405);
  EXPECT_EQ(call("GET", "plans/khong-co").status, 400);
}

}  // namespace
}  // namespace thuky::test
