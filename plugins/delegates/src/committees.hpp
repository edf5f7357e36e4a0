#pragma once
// Which election committee organises an election (Law 85/2015 Art. 22 as amended by Law
// 83/2025): the province's committee (the day's `committee`) for the National Assembly and the
// provincial council; since the two-tier reform of 1/7/2025, a commune, ward or special zone's
// own committee ("Ủy ban bầu cử xã Kỳ Hoa") for its council. Its name heads the papers of the
// election boards under it.

#include <string>

#include "model.hpp"

namespace delegates {

std::string organising_committee(const ElectionDay& day, const Election& election);

// Who publishes the official list of candidates (Law 85/2015 Art. 57, 58): the National Election
// Council for the National Assembly (the province's committee only posts it), the organising
// committee for a council.
std::string list_publisher(const ElectionDay& day, const Election& election);

}  // namespace delegates
