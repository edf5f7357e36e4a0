// `requires = ["delegates >= 0.3"]`: parsing and version comparison.
#include <gtest/gtest.h>

#include "plugin_requirement.hpp"

namespace thuky::host {
namespace {

TEST(PluginRequirement, ParsesTheThreeForms) {
  const auto any = parse_requirement("delegates");
  ASSERT_TRUE(any);
  EXPECT_EQ(any->id, "delegates");
  EXPECT_EQ(any->op, "");
  const auto at_least = parse_requirement("delegates >= 0.3");
  ASSERT_TRUE(at_least);
  EXPECT_EQ(at_least->op, ">=");
  EXPECT_EQ(at_least->version, "0.3");
  const auto exact = parse_requirement("voter-contact=1.2.0");
  ASSERT_TRUE(exact);
  EXPECT_EQ(exact->id, "voter-contact");
  EXPECT_EQ(exact->op, "=");
}

TEST(PluginRequirement, RefusesMalformedText) {
  EXPECT_FALSE(parse_requirement(""));
  EXPECT_FALSE(parse_requirement("Delegates >= 1"));
  EXPECT_FALSE(parse_requirement("delegates > 1"));
  EXPECT_FALSE(parse_requirement("delegates >= one"));
  EXPECT_FALSE(parse_requirement("delegates >="));
}

TEST(PluginRequirement, VersionsCompareNumberByNumber) {
  EXPECT_GT(compare_versions("0.10", "0.9"), 0);
  EXPECT_EQ(compare_versions("1.2", "1.2.0"), 0);
  EXPECT_LT(compare_versions("0.2.9", "0.3"), 0);
  EXPECT_TRUE(satisfies(*parse_requirement("d >= 0.3"), "0.3.0"));
  EXPECT_TRUE(satisfies(*parse_requirement("d >= 0.3"), "1.0"));
  EXPECT_FALSE(satisfies(*parse_requirement("d >= 0.3"), "0.2.9"));
  EXPECT_FALSE(satisfies(*parse_requirement("d = 1.2"), "1.2.1"));
  EXPECT_TRUE(satisfies(*parse_requirement("d"), "0.0.1"));
}

}  // namespace
}  // namespace thuky::host
