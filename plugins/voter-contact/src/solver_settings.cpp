#include "solver_settings.hpp"

namespace contact {

schedule::Weights read_weights(const toml::table& config) {
  schedule::Weights w;
  // value_or: a host older than the schema leaves a key unset; the defaults match the manifest.
  const auto weight = [&](const char* key, int fallback) {
    return static_cast<int>(config[key].value_or<std::int64_t>(fallback));
  };
  w.not_preferred = weight("weight_preference", w.not_preferred);
  w.load = weight("weight_load", w.load);
  w.consecutive = weight("weight_consecutive_long_days", w.consecutive);
  w.travel_per_10_minutes = weight("weight_travel", w.travel_per_10_minutes);
  return w;
}

}  // namespace contact
