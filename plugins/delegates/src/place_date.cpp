#include "place_date.hpp"

#include <fmt/format.h>

#include <cctype>

#include "committees.hpp"
#include "thuky/text/case.hpp"

namespace delegates {

std::string place_name(const std::string& area_name) {
  for (const char* kind : {"thành phố ", "đặc khu ", "thị trấn ", "phường ", "tỉnh ", "xã "}) {
    const std::string prefix = kind;
    if (!area_name.starts_with(prefix))
      continue;
    const std::string rest = area_name.substr(prefix.size());
    if (!rest.empty() && std::isdigit(static_cast<unsigned char>(rest.front())))
      return thuky::text::upper_first(area_name);
    return rest;
  }
  return area_name;
}

std::string committee_place(const ElectionDay& day, const Election& election) {
  static const std::string kCommittee = "Ủy ban bầu cử ";
  if (election.kind == ElectionKind::kNationalAssembly)
    return "Hà Nội";  // the National Election Council's seat (list_publisher)
  const std::string committee = organising_committee(day, election);
  if (committee != day.committee && committee.starts_with(kCommittee))
    return place_name(committee.substr(kCommittee.size()));
  return day.place;
}

std::string blank_date_line(const std::string& place, const ElectionDay& day) {
  return fmt::format("{}, ngày …… tháng …… năm {}", place, day.date.year);
}

}  // namespace delegates
