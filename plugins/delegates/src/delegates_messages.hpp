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

// A ballot is the list of names a voter crosses out: without names there is nothing to print.
inline constexpr MessageText kBallotWithoutCandidates{
    "delegates.ballot_without_candidates",
    "{level} ({election}), unit {unit}: no candidates, so no ballot to print; import the list "
    "of candidates first ('thuky election candidates import')",
    "{level}, đơn vị bầu cử số {unit}: chưa có người ứng cử nên chưa in được phiếu bầu; hãy nhập "
    "danh sách người ứng cử trước"};

// --- A count entered on the tally page ------------------------------------------------------
inline constexpr MessageText kNoSuchElection{
    "delegates.no_such_election", "no election '{election}' on {day}; it has {known}",
    "không có cuộc bầu cử “{election}” trong ngày bầu cử này; có: {known}"};
inline constexpr MessageText kNoPollingArea{
    "delegates.no_polling_area", "no polling area '{area}' on {day}",
    "không có khu vực bỏ phiếu “{area}” trong ngày bầu cử này"};
// {key}: the count's field ("listed"), in Vietnamese its label ("“số cử tri trong danh sách”").
inline constexpr MessageText kNotACount{"delegates.not_a_count",
                                        "'{key}' must be a count: a whole number, 0 or more",
                                        "{key} phải là số nguyên, từ 0 trở lên"};
inline constexpr MessageText kVotesNotAList{
    "delegates.votes_not_a_list", "'votes' must be the list of votes per candidate, ballot order",
    "cần số phiếu bầu của từng người ứng cử, theo thứ tự trên phiếu bầu"};
inline constexpr MessageText kCandidateVotesNotACount{
    "delegates.candidate_votes_not_a_count",
    "the votes of candidate {number} must be a whole number, 0 or more",
    "số phiếu bầu cho người thứ {number} trên phiếu bầu phải là số nguyên, từ 0 trở lên"};
inline constexpr MessageText kVersionMissing{
    "delegates.version_missing", "'version' must be the version the count was loaded at (0: none)",
    "thiếu phiên bản của số liệu lúc tải trang: hãy tải lại trang"};
inline constexpr MessageText kSavedAgain{
    "delegates.saved_again",
    "the count of {area}, {level} was saved again after it was loaded (version {loaded}, now "
    "{now})",
    "số liệu kiểm phiếu của {area}, {level} đã được lưu lại sau khi trang được tải (phiên bản "
    "{loaded}, nay là {now}): hãy xem số liệu mới rồi nhập lại"};
inline constexpr MessageText kCountsOfficial{
    "delegates.counts_official", "the results of {level} ({election}) are official since {at}",
    "kết quả bầu cử {level} đã chính thức từ {at}: không sửa được số liệu kiểm phiếu"};
inline constexpr MessageText kBallotNames{
    "delegates.ballot_names",
    "the ballot has {names} {names_word}; give {names} {counts_word}, not {given}",
    "phiếu bầu có {names} người ứng cử: hãy nhập đủ {names} số phiếu bầu, không phải {given}"};

// --- The law's consistency rules of a count (rules.hpp check_tally) ----------------------------
// The English words that follow a number ({are}, {ballots} ...) agree with it; Vietnamese has
// no plural and leaves them out.
inline constexpr MessageText kVotedOverListed{
    "delegates.voted_over_listed", "{voted} voted but {listed} {are} on the list",
    "{voted} cử tri đã bỏ phiếu nhưng danh sách chỉ có {listed} cử tri"};
inline constexpr MessageText kIssuedOverListed{
    "delegates.issued_over_listed", "{issued} {ballots} issued but {listed} {voters} listed",
    "đã phát ra {issued} phiếu nhưng danh sách chỉ có {listed} cử tri"};
inline constexpr MessageText kReturnedOverIssued{
    "delegates.returned_over_issued", "{returned} {ballots} returned but {issued} issued",
    "thu vào {returned} phiếu nhưng chỉ phát ra {issued} phiếu"};
inline constexpr MessageText kValidPlusInvalid{
    "delegates.valid_plus_invalid",
    "valid {valid} + invalid {invalid} is {sum}, not the {returned} returned",
    "{valid} phiếu hợp lệ + {invalid} phiếu không hợp lệ là {sum}, không bằng {returned} phiếu "
    "thu vào"};
inline constexpr MessageText kCandidateOverValid{
    "delegates.candidate_over_valid",
    "candidate {number} has {votes} {votes_word}, more than the {valid} valid {ballots}",
    "người thứ {number} trên phiếu bầu được {votes} phiếu, nhiều hơn {valid} phiếu hợp lệ"};
inline constexpr MessageText kVotesOverSeats{
    "delegates.votes_over_seats",
    "{total} {votes_word} in all, more than {valid} valid {ballots} × {seats} {seats_word}",
    "tổng cộng {total} phiếu bầu, nhiều hơn {valid} phiếu hợp lệ × {seats} đại biểu được bầu"};

inline constexpr MessageText kAll[] = {
    kNoSuchUnit,       kSameCandidate,           kWhichArea,
    kNoSuchArea,       kListAlreadyMade,         kAreaDoesNotVote,
    kAlreadyListed,    kNumberOutOfOrder,        kNumberAfterRejected,
    kTooYoung,         kResultsOfficial,         kBallotWithoutCandidates,
    kNoSuchElection,   kNoPollingArea,           kNotACount,
    kVotesNotAList,    kCandidateVotesNotACount, kVersionMissing,
    kSavedAgain,       kCountsOfficial,          kBallotNames,
    kVotedOverListed,  kIssuedOverListed,        kReturnedOverIssued,
    kValidPlusInvalid, kCandidateOverValid,      kVotesOverSeats};

}  // namespace delegates::msg
