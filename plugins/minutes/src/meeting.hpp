#pragma once
// A meeting, as the secretary describes it once and every document prints it.

#include <optional>
#include <string>
#include <vector>

#include "thuky/text/date.hpp"

namespace minutes {

struct DateTime {
  thuky::text::Date date;
  int hour = 0;
  int minute = 0;
  std::string iso() const;  // "2020-09-15T08:00"
  static std::optional<DateTime> parse_iso(const std::string& text);
  auto operator<=>(const DateTime&) const = default;
};

// Someone taking part: from the people directory (code set) or written inline.
struct Participant {
  std::string code;  // people directory code, empty when inline
  std::string name;
  std::string title;
  std::string unit;
  // Attendance: "present", "absent" (with reason), "represented" (by someone), or "" (not yet).
  std::string attendance;
  std::string reason;
  std::string represented_by;
  bool added_late = false;  // added with 'meeting add-guest', not in the meeting file
};

struct Delegation {
  std::string name;  // "Đoàn công tác Ban Thường trực Ủy ban MTTQ tỉnh"
  std::vector<Participant> members;  // named people
  std::vector<std::string> groups;  // people attending as a group: "đại diện lãnh đạo UBND thị xã"
};

struct AgendaItem {
  std::string time;  // free text, e.g. "8 giờ 00"
  std::string title;
  std::string presenter;
};

struct Speech {
  Participant speaker;
  std::string summary;
};

struct Report {
  std::string title;
  Participant presenter;
  std::string summary;
};

struct Task {
  std::string owner;
  std::string text;
  std::optional<thuky::text::Date> deadline;
  bool done = false;
};

struct Organiser {
  std::string name;  // in sentences: "Ban Thường trực Ủy ban MTTQ tỉnh"
  std::vector<std::string> parent_body;   // left header, regular
  std::vector<std::string> issuing_body;  // left header, bold
  std::string symbol;                     // e.g. "MTTQ-BTT"
  std::string signer_authority;           // "TM. BAN THƯỜNG TRỰC"
  std::string signer_title;               // "CHỦ TỊCH"
  std::string signer_name;                // who signs invitations and notices
  std::string place;                      // its seat, for the date line: "Hà Tĩnh"
};

// Document numbers per kind of paper; `number` of the meeting when a kind has none.
struct Numbers {
  std::string minutes, invitation, agenda, conclusion;
};

struct Meeting {
  std::string id;
  std::string kind;        // "buổi làm việc", "hội nghị", ...
  std::string title;       // the subject line
  std::string number;      // document number, e.g. "05"
  std::string place;       // venue
  std::string place_name;  // for the date line: "Kỳ Anh"
  DateTime starts;
  DateTime ends;
  std::optional<thuky::text::Date> issued;  // date of the invitation, agenda and notice
  std::string invitation_note;              // e.g. what to bring; printed before "./."
  // Who the note asks to act ("Ban Thường trực Ủy ban MTTQ thị xã Kỳ Anh", to prepare the
  // report): they receive the invitation too, "(để thực hiện)".
  std::vector<std::string> invitation_note_for;
  Numbers numbers;
  Organiser organiser;
  Participant chair;
  Participant secretary;
  std::vector<Delegation> delegations;
  std::vector<AgendaItem> agenda;
  std::vector<Report> reports;
  std::vector<Speech> speeches;
  std::vector<std::string> conclusions;
  std::vector<Task> tasks;
  std::vector<std::string> recipients;  // "Nơi nhận" lines, without the final "Lưu"
};

}  // namespace minutes
