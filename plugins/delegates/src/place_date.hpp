#pragma once
// The place and date a form prints over its signature (the voter list, the official candidate
// list): the place is where the body that signs has its seat (Decree 30), the day and month are
// left to be written by hand on the day it is signed.

#include <string>

#include "model.hpp"

namespace delegates {

// The place name of an area as a date line writes it: "xã Kỳ Hoa" → "Kỳ Hoa", "tỉnh Hà Tĩnh" →
// "Hà Tĩnh"; a place named by a number keeps its kind: "phường 5" → "Phường 5".
std::string place_name(const std::string& area_name);

// Where the body that publishes `election`'s candidate lists sits (list_publisher): Hà Nội for
// the National Election Council, the commune's own name for a commune's committee, else the
// day's place.
std::string committee_place(const ElectionDay& day, const Election& election);

// "Kỳ Hoa, ngày …… tháng …… năm 2026", in the year of the election day.
std::string blank_date_line(const std::string& place, const ElectionDay& day);

}  // namespace delegates
