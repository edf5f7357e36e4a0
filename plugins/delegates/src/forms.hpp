#pragma once
// The numbers of the National Election Council's forms (Mẫu ...) the count's minutes follow,
// in one place: the Council issues them anew for each election (domain.md §2; 2021: Nghị quyết
// of the Council with Mẫu 20/HĐBC-QH for the National Assembly's tally, 25, 26, 27/HĐBC-HĐND for
// a council's tally, unit results and committee summary). These are the defaults of the settings
// `[plugins.delegates.forms]` (declared in delegates.plugin.toml with these keys), so a
// committee prints the numbers of the year's resolution. An empty number prints nothing.

#include <map>
#include <string>
#include <string_view>

#include "model.hpp"

namespace delegates {

enum class Form {
  kTally,    // biên bản kết quả kiểm phiếu (a polling team, one level)
  kResults,  // biên bản xác định kết quả bầu cử (an election board, one unit)
  kSummary,  // biên bản tổng kết cuộc bầu cử (the election committee)
};

struct FormNumber {
  Form form;
  ElectionKind kind;
  std::string_view key;     // the setting's key under [plugins.delegates.forms]
  std::string_view number;  // printed top right: "Mẫu số 25/HĐBC-HĐND"
};

inline constexpr FormNumber kFormNumbers[] = {
    {Form::kTally, ElectionKind::kNationalAssembly, "tally_national_assembly", "Mẫu số 20/HĐBC-QH"},
    {Form::kTally, ElectionKind::kCouncil, "tally_council", "Mẫu số 25/HĐBC-HĐND"},
    // domain.md gives no number for a National Assembly unit's results: none is printed.
    {Form::kResults, ElectionKind::kNationalAssembly, "results_national_assembly", ""},
    {Form::kResults, ElectionKind::kCouncil, "results_council", "Mẫu số 26/HĐBC-HĐND"},
    // The National Assembly's summary is the National Election Council's: no form here.
    {Form::kSummary, ElectionKind::kCouncil, "summary_council", "Mẫu số 27/HĐBC-HĐND"},
};

// The numbers in force by key: the defaults, or the settings that replace them.
using FormNumbers = std::map<std::string, std::string, std::less<>>;
FormNumbers default_form_numbers();

// The number printed on `form` for an election of `kind` ("" when none).
std::string form_number(const FormNumbers& numbers, Form form, ElectionKind kind);

}  // namespace delegates
