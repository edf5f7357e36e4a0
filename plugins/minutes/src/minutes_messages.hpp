#pragma once
// The catalogue of the minutes plugin's messages about a meeting file and the stored meetings
// (thuky/message.hpp): the command line prints the English, the meetings page the Vietnamese.

#include "thuky/message.hpp"

namespace minutes::msg {

using thuky::MessageText;

inline constexpr MessageText kEndsBeforeStarts{"minutes.ends_before_starts",
                                               "the meeting ends before it starts",
                                               "giờ kết thúc cuộc họp sớm hơn giờ bắt đầu"};
inline constexpr MessageText kTooLong{
    "minutes.too_long",
    "the meeting would last {days} days (from {from} to {to}); a meeting lasts at most {most} "
    "days: check the dates",
    "cuộc họp sẽ kéo dài {days} ngày (từ {from} đến {to}); một cuộc họp dài nhất {most} ngày: "
    "hãy kiểm tra lại ngày"};
inline constexpr MessageText kIssuedAfterStart{
    "minutes.issued_after_start",
    "the invitation would be issued on {issued}, after the meeting starts ({starts})",
    "giấy mời ghi ngày {issued}, sau ngày cuộc họp bắt đầu ({starts})"};
inline constexpr MessageText kExpectedPeople{
    "minutes.expected_people", "expected an array of people",
    "cần một danh sách người (mã trong danh bạ hoặc {{ name = \"...\" }})"};
inline constexpr MessageText kDeadlineBeforeMeeting{
    "minutes.deadline_before_meeting",
    "the deadline {deadline} is before the meeting ({starts}) that sets the task",
    "hạn {deadline} sớm hơn cuộc họp ({starts}) giao việc này"};
inline constexpr MessageText kImplausibleYear{
    "minutes.implausible_year",
    "the year {year} is not plausible for a meeting (expected {earliest} to {latest})",
    "năm {year} không hợp lý cho một cuộc họp (phải từ {earliest} đến {latest})"};
inline constexpr MessageText kUnknownOrganisation{
    "minutes.unknown_organisation",
    "unknown organisation '{code}': not in the store (import it with 'thuky organisations "
    "import', or write an [organiser] table)",
    "không có cơ quan mã “{code}” trong dữ liệu (hãy nhập danh sách cơ quan, hoặc ghi bảng "
    "[organiser])"};
inline constexpr MessageText kUnknownPerson{
    "minutes.unknown_person",
    "unknown person '{code}': not in the people directory (import it with 'thuky people "
    "import', or write the person inline as {{ name = \"...\", title = \"...\", unit = \"...\" }})",
    "không có người mã “{code}” trong danh bạ (hãy thêm vào danh bạ, hoặc ghi thẳng người đó "
    "dạng {{ name = \"...\", title = \"...\", unit = \"...\" }})"};
inline constexpr MessageText kExpectedPerson{
    "minutes.expected_person",
    "expected a person code or {{ name = ..., title = ..., unit = ... }}",
    "cần mã một người trong danh bạ hoặc {{ name = ..., title = ..., unit = ... }}"};
inline constexpr MessageText kRequiredPerson{"minutes.required_person",
                                             "required key '{key}' is missing",
                                             "thiếu mục bắt buộc “{key}” (một người)"};

inline constexpr MessageText kNoMeeting{
    "minutes.no_meeting",
    "no meeting '{id}' in the store; 'thuky meeting list' shows the meetings there",
    "không có cuộc họp mã “{id}” trong dữ liệu"};

inline constexpr MessageText kAll[] = {kEndsBeforeStarts,
                                       kTooLong,
                                       kIssuedAfterStart,
                                       kExpectedPeople,
                                       kDeadlineBeforeMeeting,
                                       kImplausibleYear,
                                       kUnknownOrganisation,
                                       kUnknownPerson,
                                       kExpectedPerson,
                                       kRequiredPerson,
                                       kNoMeeting};

}  // namespace minutes::msg
