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

// "đồng chí Hà Văn Hùng, UVBTV Tỉnh ủy, Chủ tịch Ủy ban MTTQ tỉnh"
std::string describe(const Participant& p);

// The organiser in a sentence: "Ban Thường trực Ủy ban MTTQ tỉnh".
std::string organiser_name(const Meeting& m, const thuky::Settings& s);

// "8 giờ 00 phút, ngày 15 tháng 9 năm 2020"
std::string when(const DateTime& t);

// The date of the papers sent before the meeting: `issued`, else the meeting day.
thuky::text::Date issue_date(const Meeting& m);

thuky::doc::Signature signer(const Meeting& m);

thuky::doc::DocumentInfo info(const Meeting& m, const std::string& what);

}  // namespace minutes
