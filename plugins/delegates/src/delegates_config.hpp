#pragma once
// [plugins.delegates] in thuky.toml: the numbers of the law that may change, with the law's
// values (Law 85/2015/QH13 as amended by 83/2025/QH15) as defaults. Declared, with one line of
// help each, in delegates.plugin.toml (`thuky plugins --config delegates`); read here and
// nowhere else.

#include <toml++/toml.h>

#include <map>
#include <string>
#include <vector>

#include "forms.hpp"
#include "model.hpp"
#include "thuky/context.hpp"

namespace delegates {

// A composition target in percent of a list; 0 means "statistics only".
struct CompositionTargets {
  double women = 35;
  double ethnic_minorities = 18;
  double under_40 = 0;
  double non_party = 0;
  double renominated = 0;
  double self_nominated = 0;
};

struct DelegatesConfig {
  // Extra candidates a unit needs beyond its seats, by seats: entry i for i+1 seats, the last
  // for any more. NA: seats + 2. Councils: 1–2 seats + 1, 3 seats + 2, 4 or more + 3.
  std::vector<int> surplus_national_assembly{2};
  std::vector<int> surplus_council{1, 1, 2, 3};
  CompositionTargets targets;  // checked on national-assembly lists, statistics elsewhere
  int candidate_min_age = 21;
  int voter_min_age = 18;
  int min_voters_per_polling_area = 300;
  int max_voters_per_polling_area = 4000;
  // The colour name of each tier's ballots (ballot_colours.hpp: ballot_tier).
  std::map<std::string, std::string> ballot_colours{{"national_assembly", "hồng"},
                                                    {"province", "vàng"},
                                                    {"district", "xanh"},
                                                    {"commune", "trắng"}};

  // The National Election Council's form numbers printed on the count's minutes (forms.hpp).
  FormNumbers form_numbers = default_form_numbers();

  int surplus(ElectionKind kind, int seats) const;
};

// The settings in force. The host has checked them against the manifest (wrong values and
// unknown keys are reported with the configuration file's line and column before the plugin
// loads); throws UserError, at the same place, for a range whose least is above its most.
DelegatesConfig read_config(const thuky::PluginContext& ctx);

}  // namespace delegates
