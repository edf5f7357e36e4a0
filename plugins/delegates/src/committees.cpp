#include "committees.hpp"

namespace delegates {

std::string organising_committee(const ElectionDay& day, const Election& election) {
  static const std::string kCouncil = "Hội đồng nhân dân ";
  if (election.kind == ElectionKind::kCouncil && election.body.starts_with(kCouncil)) {
    const std::string place = election.body.substr(kCouncil.size());  // "xã Kỳ Hoa"
    for (const char* kind : {"xã ", "phường ", "đặc khu "}) {
      if (place.starts_with(kind))
        return "Ủy ban bầu cử " + place;
    }
  }
  return day.committee;
}

std::string list_publisher(const ElectionDay& day, const Election& election) {
  if (election.kind == ElectionKind::kNationalAssembly)
    return "Hội đồng bầu cử quốc gia";
  return organising_committee(day, election);
}

}  // namespace delegates
