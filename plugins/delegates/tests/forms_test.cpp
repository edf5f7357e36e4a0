// The Council's form numbers the minutes print, by form and kind of election.
#include <gtest/gtest.h>

#include "forms.hpp"

namespace delegates {
namespace {

TEST(FormNumbers, TheCouncilsNumbersByFormAndKind) {
  const FormNumbers d = default_form_numbers();
  EXPECT_EQ(form_number(d, Form::kTally, ElectionKind::kNationalAssembly), "Mẫu số 20/HĐBC-QH");
  EXPECT_EQ(form_number(d, Form::kTally, ElectionKind::kCouncil), "Mẫu số 25/HĐBC-HĐND");
  EXPECT_EQ(form_number(d, Form::kResults, ElectionKind::kCouncil), "Mẫu số 26/HĐBC-HĐND");
  EXPECT_EQ(form_number(d, Form::kSummary, ElectionKind::kCouncil), "Mẫu số 27/HĐBC-HĐND");
  // None known: nothing is printed.
  EXPECT_EQ(form_number(d, Form::kResults, ElectionKind::kNationalAssembly), "");
  EXPECT_EQ(form_number(d, Form::kSummary, ElectionKind::kNationalAssembly), "");
}

TEST(FormNumbers, ASettingReplacesItsDefault) {
  FormNumbers numbers = default_form_numbers();
  numbers["tally_council"] = "Mẫu số 19/HĐBC-HĐND";
  numbers["tally_national_assembly"] = "";
  EXPECT_EQ(form_number(numbers, Form::kTally, ElectionKind::kCouncil), "Mẫu số 19/HĐBC-HĐND");
  EXPECT_EQ(form_number(numbers, Form::kTally, ElectionKind::kNationalAssembly), "");
  EXPECT_EQ(form_number(numbers, Form::kResults, ElectionKind::kCouncil), "Mẫu số 26/HĐBC-HĐND");
}

TEST(FormNumbers, EveryKeyOnce) {
  for (const auto& a : kFormNumbers) {
    int same = 0;
    for (const auto& b : kFormNumbers)
      same += a.key == b.key;
    EXPECT_EQ(same, 1) << a.key;
  }
}

}  // namespace
}  // namespace delegates
