// The minutes plugin's message catalogue: complete, consistent, in Vietnamese for the pages.

#include <gtest/gtest.h>

#include "minutes_messages.hpp"
#include "support/catalogue_check.hpp"

namespace {

TEST(MinutesMessages, TheCatalogueIsCompleteAndInVietnamese) {
  thuky::test::check_catalogue(minutes::msg::kAll);
}

TEST(MinutesMessages, AMeetingThatEndsBeforeItStartsIsSaidInBothLanguages) {
  const thuky::MessageError e(thuky::InputLocation{"hop.toml", 5, 8, "ends"},
                              thuky::Message(minutes::msg::kEndsBeforeStarts));
  const std::string english = "hop.toml:5:8: field 'ends': the meeting ends before it starts";
  const std::string vietnamese =
      "hop.toml, dòng 5, cột 8, mục “ends”: giờ kết thúc cuộc họp sớm hơn giờ bắt đầu";
  EXPECT_EQ(std::string(e.what()), english);
  EXPECT_EQ(thuky::vietnamese_text(e), vietnamese);
}

}  // namespace
