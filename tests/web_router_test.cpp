// The SDK's web routing (thuky/web.hpp, 2.4): the paths a declared handler serves, and
// WebRouter's answers: the declared path the host matched, a path matched here, 404, 405, and
// a field_error as 400 {error, error_en, field}.
#include <gtest/gtest.h>

#include "support/test_plugin_context.hpp"
#include "support/test_support.hpp"
#include "thuky/web.hpp"

namespace thuky::test {
namespace {

TEST(WebPath, PlaceholdersTakeOneSegmentAndLiteralsAreCounted) {
  WebParams params;
  EXPECT_EQ(match_web_path("days/{day}/tally/{area}", "days/2026/tally/KV01", params), 2);
  const WebParams expected = {{"area", "KV01"}, {"day", "2026"}};
  EXPECT_EQ(params, expected);
  EXPECT_EQ(match_web_path("items/new", "items/new", params), 2);
  EXPECT_FALSE(match_web_path("items/{id}", "items/", params));
  EXPECT_FALSE(match_web_path("items/{id}", "items/7/more", params));
  EXPECT_FALSE(match_web_path("items/{id}", "things/7", params));
}

inline constexpr MessageText kGiveADate{"test.give_a_date", "give a date", "hãy ghi ngày"};

class Router : public ::testing::Test {
 protected:
  Router() : ctx_(dir_.path()) {
    router_
        .on("GET", "items/{id}",
            [](PluginContext&, const WebRequest& r) {
              return WebResponse{200, "{\"id\": " + json_string(r.params.at("id")) +
                                          ", \"q\": " + json_string(r.params.at("q")) + "}"};
            })
        .on("GET", "items/new", [](PluginContext&, const WebRequest&) { return WebResponse{}; })
        .on("POST", "items", [](PluginContext&, const WebRequest& r) -> WebResponse {
          if (r.body.empty())
            throw field_error("name", "give a name");
          if (r.body == "?")
            throw field_error("date", Message(kGiveADate));
          return {201, "{\"name\": " + json_string(r.body) + "}"};
        });
  }
  WebResponse call(const std::string& method, const std::string& path, WebParams params = {},
                   const std::string& body = "") {
    return router_.answer(ctx_, {method, path, body, std::move(params), "lan"});
  }
  TempDir dir_;
  TestPluginContext ctx_;
  WebRouter router_;
};

TEST_F(Router, TheDeclaredPathTheHostMatchedKeepsItsParams) {
  const auto a = call("GET", "items/{id}", {{"id", "7"}, {"q", "tên"}});
  EXPECT_EQ(a.status, 200);
  const std::string expected = R"({"id": "7", "q": "tên"})";
  EXPECT_EQ(a.json, expected);
}

TEST_F(Router, APathIsMatchedAsTheHostMatchesIt) {
  // A query parameter never replaces a placeholder; a literal beats a placeholder.
  auto a = call("GET", "items/7", {{"id", "8"}, {"q", "x"}});
  const std::string expected = R"({"id": "7", "q": "x"})";
  EXPECT_EQ(a.json, expected);
  a = call("GET", "items/new");
  EXPECT_EQ(a.status, 200);
  EXPECT_EQ(a.json, "{}");
}

TEST_F(Router, UnknownPathIs404AnotherMethod405) {
  auto a = call("GET", "nowhere");
  EXPECT_EQ(a.status, 404);
  std::string expected = R"({"error": "no handler for 'nowhere'", "field": ""})";
  EXPECT_EQ(a.json, expected);
  a = call("DELETE", "items/7");
  EXPECT_EQ(a.status, 405);
  expected = R"({"error": "DELETE is not allowed on 'items/7'", "field": ""})";
  EXPECT_EQ(a.json, expected);
}

TEST_F(Router, AFieldErrorIs400WithTheFieldAndTheBareMessage) {
  auto a = call("POST", "items", {}, "");
  EXPECT_EQ(a.status, 400);
  const std::string expected =
      R"({"error": "give a name", "error_en": "give a name", "field": "name"})";
  EXPECT_EQ(a.json, expected);
  // A catalogue's message: in Vietnamese, the English kept; beside the field, in both.
  a = call("POST", "items", {}, "?");
  EXPECT_EQ(a.status, 400);
  const std::string said =
      R"({"error": "hãy ghi ngày", "error_en": "give a date", "field": "date"})";
  EXPECT_EQ(a.json, said);
  a = call("POST", "items", {}, "Lan \"Hà\"");
  EXPECT_EQ(a.status, 201);
  EXPECT_EQ(a.json, R"({"name": "Lan \"Hà\""})");
}

}  // namespace
}  // namespace thuky::test
