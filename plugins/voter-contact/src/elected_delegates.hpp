#pragma once
// The delegates elected in official results, as the delegates plugin publishes them in its view
// `delegates_elected_v1` (plugins/delegates/README.md). This plugin reads that view only, never
// the delegates plugin's tables; the manifest's `uses = ["delegates"]` has the host create it
// whenever that plugin is installed, so a missing view means it is not.

#include <cstdint>
#include <string>
#include <vector>

#include "thuky/store.hpp"

namespace contact {

struct ElectedDelegate {
  std::int64_t person_id = 0;  // people(id)
  std::string election_id;     // "hdnd-tinh-2026"
  std::string level;           // "HĐND tỉnh"
  std::string body, term;  // "Hội đồng nhân dân tỉnh Hà Tĩnh", "khóa XIX, nhiệm kỳ 2026–2031"
  int unit = 0;           // đơn vị bầu cử số
  int place = 0;          // 1: the most votes in the unit
  std::string locked_at;  // when the results became official
};

class ElectedDelegates {
 public:
  explicit ElectedDelegates(thuky::Store& store) : store_(store) {}
  // False when the delegates plugin is not installed (no view in the store).
  bool available() const;
  // Of `election_id` (every election when empty), by election, unit and place.
  std::vector<ElectedDelegate> list(const std::string& election_id = "") const;

 private:
  thuky::Store& store_;
};

// Why there is nothing to read: the delegates plugin is absent.
extern const char* const kNoDelegatesPlugin;

}  // namespace contact
