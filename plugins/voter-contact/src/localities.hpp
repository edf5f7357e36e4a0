#pragma once
// The communes and wards a plan visits. Each is an area of the core tree (`ctx.areas()`); the
// plugin's table `voter_contact_localities` maps the key its other tables use (the area's code)
// to `areas(id)`, and keeps the rows stored before the areas tree (area_id NULL) until the plan
// is imported again.

#include <cstdint>
#include <optional>
#include <string>

#include "plan.hpp"
#include "thuky/areas.hpp"
#include "thuky/store.hpp"

namespace contact {

// The key a locality of the area `a` gets: its official code ("area-<id>" when it has none).
std::string locality_key(const thuky::Area& a);

// True when `text` names `l` as a user may: its code, its slug ("xa-ky-hoa"), or its name with
// case and diacritics folded ("XA KY HOA").
bool names_locality(const LocalityDef& l, const std::string& text);

class Localities {
 public:
  explicit Localities(thuky::Store& store) : store_(store) {}
  // Adds the locality, or updates its name and area.
  void upsert(const LocalityDef& l);
  // Moves the rows of `plan_id` kept under an older key of the locality `l` (a slug stored
  // before the areas tree, matched by its area or its printed name) to its key, so that a
  // re-imported plan keeps its schedule and opinions.
  void adopt_older_keys(const std::string& plan_id, const LocalityDef& l);

 private:
  thuky::Store& store_;
};

}  // namespace contact
