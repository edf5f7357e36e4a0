#pragma once
// `thuky election check`: the law's rules over the whole election day — enough candidates per
// unit, candidates' ages, composition against the configured targets, a polling area for every
// area of a unit, voters per polling area, anyone listed twice.

#include <string>
#include <vector>

#include "delegates_config.hpp"
#include "model.hpp"
#include "thuky/store.hpp"

namespace delegates {

enum class CheckStatus { kOk, kFail, kWarn, kInfo };

struct CheckRow {
  CheckStatus status = CheckStatus::kOk;
  std::string
      rule;  // "candidates", "age", "composition", "polling areas", "voters", "listed twice"
  std::string scope;   // "hdnd-tinh-2026 unit 1", "KV03"
  std::string detail;  // in words
  // The same for the printed report, in Vietnamese: "Đơn vị bầu cử số 1 (HĐND tỉnh)", ...
  std::string scope_vi;
  std::string detail_vi;
};

std::vector<CheckRow> check_day(thuky::Store& store, const ElectionDay& day,
                                const DelegatesConfig& config);

const char* status_name(CheckStatus status);  // "ok", "FAIL", "warn", "info"

}  // namespace delegates
