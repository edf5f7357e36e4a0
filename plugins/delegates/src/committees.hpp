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

}  // namespace delegates
