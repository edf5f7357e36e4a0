#pragma once
// The catalogue of the delegates plugin's messages about candidate and voter lists and the
// imports under official results (thuky/message.hpp): the command line prints the English, the
// elections page the Vietnamese.

#include "thuky/message.hpp"

namespace delegates::msg {

using thuky::MessageText;

inline constexpr MessageText kNoSuchUnit{"delegates.no_such_unit",
                                         "election '{election}' has no unit {unit}",
                                         "cuộc bầu cử này không có đơn vị bầu cử số {unit}"};
inline constexpr MessageText kSameCandidate{
    "delegates.same_candidate",
    "the same person as row {row}: a candidate stands in one unit per level",
    "trùng người với dòng {row}: mỗi người chỉ ứng cử ở một đơn vị bầu cử của mỗi cấp"};
inline constexpr MessageText kWhichArea{
    "delegates.which_area",
    "which polling area? Add the column \"Khu vực bỏ phiếu\" or give --area",
    "khu vực bỏ phiếu nào? Hãy thêm cột “Khu vực bỏ phiếu”"};
inline constexpr MessageText kNoSuchArea{
    "delegates.no_such_area", "no polling area '{area}' on {day} (polling areas: {known})",
    "không có khu vực bỏ phiếu “{area}” (các khu vực bỏ phiếu: {known})"};
inline constexpr MessageText kListAlreadyMade{
    "delegates.list_already_made",
    "polling area '{area}' has its list already ({count} {voters}): add late voters with "
    "'thuky election voters add'",
    "khu vực bỏ phiếu “{area}” đã có danh sách cử tri ({count} người): cử tri bổ sung thì thêm "
    "từng người vào danh sách"};
inline constexpr MessageText kNumberOutOfOrder{
    "delegates.number_out_of_order",
    "STT {number} is not this voter's place on the list of '{area}': the next number there is "
    "{card} (a voter's number on the list is the voter-card number: numbers follow the rows "
    "without gaps or repeats; correct the STT column or the rows above)",
    "STT {number} không đúng thứ tự trong danh sách cử tri khu vực “{area}”: số tiếp theo ở đó "
    "là {card} (số thứ tự trong danh sách là số thẻ cử tri, nối tiếp nhau không bỏ sót, không "
    "trùng; sửa cột STT hoặc các dòng phía trên)"};
// {place}: "line 12" ("row 12" in a workbook), Vietnamese "dòng 12".
inline constexpr MessageText kNumberAfterRejected{
    "delegates.number_after_rejected",
    "STT {number} is not this voter's place on the list of '{area}': the next number there is "
    "{card}, since the row of '{area}' on {place} above was rejected and keeps no number "
    "(numbers follow the rows without gaps; correct that row)",
    "STT {number} không đúng thứ tự trong danh sách cử tri khu vực “{area}”: số tiếp theo ở đó "
    "là {card}, vì {place} phía trên của khu vực này bị loại nên không giữ số thứ tự (số "
    "thứ tự nối tiếp nhau không bỏ sót; hãy sửa dòng đó)"};
inline constexpr MessageText kAreaDoesNotVote{"delegates.area_does_not_vote",
                                              "polling area '{area}' does not vote for {level}",
                                              "khu vực bỏ phiếu “{area}” không bầu {level}"};
inline constexpr MessageText kAlreadyListed{
    "delegates.already_listed",
    "already on the list of {area} number {card}: a citizen is on exactly one list",
    "đã có tên trong danh sách cử tri {area}, số thứ tự {card}: mỗi công dân chỉ có tên trong một "
    "danh sách"};
// {who}: "a voter" / "cử tri", "a candidate" / "người ứng cử".
inline constexpr MessageText kTooYoung{
    "delegates.too_young", "{birth} is {age} on election day {day}; {who} must be at least {min}",
    "sinh {birth}, đến ngày bầu cử {day} mới {age} tuổi; {who} phải đủ {min} tuổi trở lên"};

// {change}: "change its seats", "remove the unit", … (unit_basis.cpp).
inline constexpr MessageText kResultsOfficial{
    "delegates.results_official",
    "{level} ({election}), unit {unit}: the results are official since {since} and this import "
    "would {change}; reopen them first with 'thuky election results --reopen --election "
    "{election} --reason TEXT'",
    "{level} ({election}), đơn vị bầu cử số {unit}: kết quả đã được công bố chính thức lúc "
    "{since}, nên không thể {change}; muốn sửa, hãy mở lại kết quả ở trang Kết quả bầu cử (ghi "
    "rõ lý do) rồi nhập lại"};

inline constexpr MessageText kAll[] = {kNoSuchUnit,    kSameCandidate,    kWhichArea,
                                       kNoSuchArea,    kListAlreadyMade,  kAreaDoesNotVote,
                                       kAlreadyListed, kNumberOutOfOrder, kNumberAfterRejected,
                                       kTooYoung,      kResultsOfficial};

}  // namespace delegates::msg
