#pragma once
// Pieces every paper of a meeting shares: the header, the people as written in prose, dates.

#include <string>

#include "meeting.hpp"
#include "thuky/doc/document.hpp"
#include "thuky/settings.hpp"

namespace minutes {

// The Decree 30 header: the organiser's lines (or the configuration's), "Số: 05/BB-MTTQ-BTT",
// and the place-and-date line with `date` (minutes have none).
thuky::doc::HeaderBlock header_for(const Meeting& m, const thuky::Settings& s,
                                   const std::string& type_symbol, const std::string& number,
                                   std::optional<thuky::text::Date> date);

// "12/GM-MTTQ-BTT": a number with its leading zero, the type symbol and the organiser's.
std::string document_number(const Meeting& m, const thuky::Settings& s,
                            const std::string& type_symbol, const std::string& number);

// What an attached paper (agenda, sign-in sheet) says it goes with: "Kèm theo Giấy mời số
// 12/GM-MTTQ-BTT ngày 10/09/2020 của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Hà Tĩnh".
std::string attached_to_invitation(const Meeting& m, const thuky::Settings& s);

// "đồng chí Hà Văn Hùng, UVBTV Tỉnh ủy, Chủ tịch Ủy ban MTTQ tỉnh"
std::string describe(const Participant& p);

// The title and the unit read as one phrase: a title that ends with the start of the unit's
// name takes the full name there ("Bí thư Thị uỷ" + "Thị uỷ Kỳ Anh" → "Bí thư Thị uỷ Kỳ
// Anh"); otherwise the unit follows after a comma.
std::string title_with_unit(const Participant& p);

// Whether `p` is the person who signs the organiser's papers (no invitation to himself).
bool is_signer(const Meeting& m, const Participant& p);

// The organiser in a sentence: "Ban Thường trực Ủy ban MTTQ tỉnh".
std::string organiser_name(const Meeting& m, const thuky::Settings& s);

// "từ 8 giờ 00 phút đến 11 giờ 30 phút, ngày 15 tháng 9 năm 2020"
std::string time_span(const Meeting& m);

// "Thời gian: từ ... ." and "Địa điểm: ... ." as labelled paragraphs; `end_mark` closes the
// place line with "./." when nothing follows it.
void time_and_place(thuky::doc::Document& d, const Meeting& m, bool end_mark = false);

// "8 giờ 00 phút, ngày 15 tháng 9 năm 2020"
std::string when(const DateTime& t);

// The date of the papers sent before the meeting: `issued`, else the meeting day.
thuky::text::Date issue_date(const Meeting& m);

thuky::doc::Signature signer(const Meeting& m);

thuky::doc::DocumentInfo info(const Meeting& m, const std::string& what);

// Tells the engine the meeting's proper names: people (printed as written, never split) and
// units and places (never split in titles, cells and Nơi nhận).
void name_names(thuky::doc::Document& d, const Meeting& m);

}  // namespace minutes
