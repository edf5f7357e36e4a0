#pragma once
// Election days in the store: saved by upsert (ids stay, candidates and voters keep their
// references), loaded whole (a day has a few hundred polling areas at most).

#include <optional>
#include <string>
#include <vector>

#include "model.hpp"
#include "thuky/store.hpp"
#include "thuky/text/lines.hpp"

namespace delegates {

class ElectionStore {
 public:
  explicit ElectionStore(thuky::Store& store) : store_(store) {}

  // Adds or updates the day, its elections, units and polling areas. Units, elections and
  // polling areas the file no longer has are removed when nothing refers to them; otherwise
  // UserError. Returns true when the day is new.
  bool save(const ElectionDay& day);

  // The day `id`, or when empty the latest day in the store. UserError when there is none.
  ElectionDay load(const std::string& id = "");
  std::vector<std::pair<std::string, std::string>> list_days();  // id, date

 private:
  thuky::Store& store_;
};

// The day's levels in order ("ĐBQH", "HĐND tỉnh", "HĐND xã"): the voter list's tick columns.
std::vector<std::string> levels_of(const ElectionDay& day);
// Position of the election's level in levels_of(day).
int level_index(const ElectionDay& day, const Election& election);
const Election& election_of(const ElectionDay& day, const std::string& id);
const Unit* unit_of(const Election& election, int number);

using thuky::text::join_lines;
using thuky::text::split_lines;

}  // namespace delegates
