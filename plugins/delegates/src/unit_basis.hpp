#pragma once
// What a unit's decision rests on: its seats, its areas, its polling areas and its candidates.
// Two decisions stand on it, and an import that changes units, polling areas or candidates (the
// election file, a candidate list) may not pull either from under it:
//  - a stored count rests on the unit's polling areas and candidates: a counted candidate or
//    polling area may not move to another unit or leave the election, nor a counted unit take a
//    new candidate (counted.hpp, read from the stored votes);
//  - official results rest on all of it: while an election's results are locked, its units'
//    seats, areas, polling areas and candidates may not change, nor a unit come or go; the
//    results and the delegates published from them (delegates_elected_v1) would no longer agree.
// The import takes the picture first and, after its changes and before it commits, asks
// `refuse_changes`, which holds both rules:
//
//   const UnitBasis basis(store);
//   ... the import's changes ...
//   basis.refuse_changes(store, {election.id});

#include <map>
#include <string>
#include <utility>
#include <vector>

#include "thuky/store.hpp"

namespace delegates {

class UnitBasis {
 public:
  // The units of every election whose results are locked, as they are now.
  explicit UnitBasis(thuky::Store& store);

  // UserError: the first count among `elections` the changes left without its candidates or
  // polling areas (counted.hpp); else MessageError naming the first locked unit whose basis
  // changed, saying to reopen the results first. Nothing when both rules hold.
  void refuse_changes(thuky::Store& store, const std::vector<std::string>& elections) const;

  // One text per part of a unit ("seats", "areas", "polling areas", "candidates"): a change of
  // the part changes its text.
  using Parts = std::map<std::string, std::string>;
  // A locked election: its level ("ĐBQH") and when its results were locked.
  struct Locked {
    std::string level;
    std::string since;
  };

 private:
  std::map<std::pair<std::string, int>, Parts> units_;  // by (election id, unit number)
  std::map<std::string, Locked> elections_;             // by election id
};

}  // namespace delegates
