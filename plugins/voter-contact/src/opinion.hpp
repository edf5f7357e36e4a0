#pragma once
// An opinion (ý kiến, kiến nghị) a voter raised at a session: one group at one locality of a
// plan. Its number is given once, when it is first stored, and never changes.

#include <cstdint>
#include <string>

namespace contact {

struct Opinion {
  std::int64_t number = 0;  // 0 until stored
  std::string plan, group, locality;
  std::string voter, address;  // empty when the voter gave none
  std::string content;
  std::string field;       // lĩnh vực: "giao thông", "đất đai"
  std::string committee;   // ban of the council: "kinh tế - ngân sách"
  std::string agency;      // who must answer: "Sở Xây dựng"
  std::string competence;  // "trung ương", "tỉnh", "xã" or empty
  bool urgent = false;     // bức xúc
  bool answered = false;   // answered on the spot
  std::string answered_by;
  std::int64_t topic = 0;  // the group of alike opinions (same request) it is in; 0: none yet
};

}  // namespace contact
