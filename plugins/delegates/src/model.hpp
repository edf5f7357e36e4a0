#pragma once
// An election day as the election file describes it: the elections held that day (one per
// level — levels are data), their units, and the polling areas with the unit each belongs to.

#include <map>
#include <string>
#include <vector>

#include "thuky/text/date.hpp"

namespace delegates {

// Which of the law's rules apply (surplus of candidates, additional election).
enum class ElectionKind { kNationalAssembly, kCouncil };

// An area of the core tree a unit or polling area covers, named as documents print it.
struct Area {
  std::string code;      // the tree's code: "18100"
  std::string name;      // its kind and name: "xã Kỳ Hoa"
  std::string province;  // the top-level area above it: "tỉnh Hà Tĩnh"; "" if none
};

struct Unit {
  int number = 0;                  // đơn vị bầu cử số 1
  std::vector<std::string> areas;  // codes of the core areas tree, in the file's order
  int seats = 0;
  int line = 0;  // in the election file, for messages
};

struct Election {
  std::string id;     // "hdnd-tinh-2026"
  std::string level;  // short name, the voter list's column: "HĐND tỉnh"
  ElectionKind kind = ElectionKind::kCouncil;
  std::string body;  // "Hội đồng nhân dân tỉnh Hà Tĩnh"
  std::string term;  // "khóa XIX, nhiệm kỳ 2026–2031"
  std::vector<Unit> units;
};

// One member of a polling team as the tally minutes print them.
struct TeamMember {
  std::string role;  // "Tổ trưởng", "Tổ phó", "Thư ký", "Ủy viên"
  std::string name;  // with the form's salutation: "Ông Nguyễn Văn Hùng"
};

struct PollingArea {
  std::string code;  // "KV01"
  std::string name;  // "Khu vực bỏ phiếu số 1 - thôn Đông"
  std::vector<std::string> areas;
  std::map<std::string, int> units;  // election id → unit number
  std::vector<TeamMember> team;      // the polling team in the form's order; empty: blanks
};

struct ElectionDay {
  std::string id;  // "bau-cu-2026"
  thuky::text::Date date;
  std::string name;  // "Bầu cử đại biểu Quốc hội khóa XVI và đại biểu HĐND các cấp ..."
  std::string place;        // the committee's seat, for date lines: "Hà Tĩnh"
  std::string committee;    // who issues the lists: "Ủy ban bầu cử tỉnh Hà Tĩnh"
  std::vector<Area> areas;  // those its units and polling areas cover (filled on load)
  std::vector<Election> elections;
  std::vector<PollingArea> polling_areas;
};

const char* kind_name(ElectionKind kind);  // "national_assembly", "council"

}  // namespace delegates
