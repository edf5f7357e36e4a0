#pragma once
// A round of voter contact as the plan file gives it and the store keeps it.

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "local_time.hpp"

namespace contact {

struct SlotDef {
  std::string id;            // "sang"
  std::string name;          // "sáng"
  int starts = 0, ends = 0;  // minutes after midnight
  int cost = 0;              // soft penalty for using the slot
};

// A commune or ward of the core areas tree (`ctx.areas()`) that the round visits, with what the
// plan says of it.
struct LocalityDef {
  std::string id;    // the area's official code ("18100"): the key of every reference
  std::string name;  // as sentences print it, from the areas tree: "xã Kỳ Hoa"
  std::vector<Date> closed, preferred;
  int voters = 0;            // expected attendance
  std::string chair;         // who chairs for the Front: "Chủ tịch Ủy ban MTTQ xã"
  std::int64_t area_id = 0;  // areas(id); 0 for a locality stored before the areas tree
  std::string organiser;     // organisations code of the body keeping the minutes; "" if none
  // Officials invited to its session besides the delegates (thành phần mời), a line each:
  // "Thường trực Đảng ủy, HĐND, UBND xã Kỳ Hoa".
  std::vector<std::string> invited;
  // "xa-ky-hoa": for file names, and accepted where a user names the locality.
  std::string slug() const;
};

struct VenueDef {
  std::string id, locality, name, address;
  int capacity = 0;
};

struct Member {
  std::string code;  // people directory code
  std::string name;  // filled from the directory
  std::string title;
};

struct GroupDef {
  std::string id, name;
  std::vector<Member> members;
  std::vector<std::string> localities;  // the sessions to plan: one per locality
  int max_per_day = 2;
};

struct Absence {
  std::string person;
  std::vector<Date> dates;
};

struct TravelDef {
  std::string from, to;
  int minutes = 0;
};

// The document fields of the plan (kế hoạch).
struct PlanDocument {
  std::string number;      // "15"
  std::string place_name;  // "Hà Tĩnh"
  std::optional<Date> issued;
  std::vector<std::string> parent_body, issuing_body;
  std::string symbol;  // "KH-HĐND"
  std::string signer_authority, signer_title, signer_name;
  std::vector<std::string> recipients;
};

struct Plan {
  std::string id, title;
  std::string council_session;  // "Kỳ họp thứ Ba, HĐND tỉnh khóa XIX"
  std::string timing;           // "before" or "after" the council session
  Date session_starts, session_ends;
  Date from, to;  // the window of the round
  bool weekends = false;
  std::vector<Date> holidays;
  std::vector<SlotDef> slots;
  std::vector<LocalityDef> localities;
  std::vector<VenueDef> venues;
  std::vector<GroupDef> groups;
  std::vector<Absence> absences;
  std::vector<TravelDef> travel;
  // Officials invited to every session of the round ("Đại diện lãnh đạo các sở, ngành liên
  // quan"); each locality adds its own.
  std::vector<std::string> invited;
  PlanDocument document;
};

// A session of the stored schedule: one group at one locality.
struct Visit {
  std::string group, locality;
  std::optional<Date> date;  // none until scheduled
  std::string slot, venue;
  bool pinned = false;
};

}  // namespace contact
