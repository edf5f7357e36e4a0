#include "delegates_config.hpp"

#include <fmt/format.h>

#include <algorithm>

#include "thuky/error.hpp"

namespace delegates {
namespace {

// The host has checked every value against the manifest's [config.*] schema (types, ranges,
// list lengths) and filled in the defaults: only what a schema cannot say is checked here.
const toml::node& value(const toml::table& config, std::string_view key) {
  const toml::node* node = config.at_path(key).node();
  if (!node)  // the manifest declares every key read here
    throw std::logic_error(fmt::format("[plugins.delegates] has no '{}'", key));
  return *node;
}

int integer(const toml::table& config, std::string_view key) {
  return static_cast<int>(*value(config, key).value<std::int64_t>());
}

double percent(const toml::table& config, std::string_view key) {
  return *value(config, key).value<double>();
}

std::vector<int> integers(const toml::table& config, std::string_view key) {
  std::vector<int> out;
  for (const auto& item : *value(config, key).as_array())
    out.push_back(static_cast<int>(*item.value<std::int64_t>()));
  return out;
}

}  // namespace

int DelegatesConfig::surplus(ElectionKind kind, int seats) const {
  const auto& list =
      kind == ElectionKind::kNationalAssembly ? surplus_national_assembly : surplus_council;
  const std::size_t at = static_cast<std::size_t>(std::max(seats, 1) - 1);
  return list[std::min(at, list.size() - 1)];
}

DelegatesConfig read_config(const thuky::PluginContext& ctx) {
  const toml::table& config = ctx.plugin_config();
  DelegatesConfig c;
  c.candidate_min_age = integer(config, "candidate_min_age");
  c.voter_min_age = integer(config, "voter_min_age");
  const std::vector<int> range = integers(config, "voters_per_polling_area");
  c.min_voters_per_polling_area = range[0];
  c.max_voters_per_polling_area = range[1];
  if (c.min_voters_per_polling_area > c.max_voters_per_polling_area)
    throw thuky::UserError(ctx.config_location("voters_per_polling_area"),
                           "the least is more than the most");
  c.surplus_national_assembly = integers(config, "surplus.national_assembly");
  c.surplus_council = integers(config, "surplus.council");
  c.targets.women = percent(config, "targets.women");
  c.targets.ethnic_minorities = percent(config, "targets.ethnic_minorities");
  c.targets.under_40 = percent(config, "targets.under_40");
  c.targets.non_party = percent(config, "targets.non_party");
  c.targets.renominated = percent(config, "targets.renominated");
  c.targets.self_nominated = percent(config, "targets.self_nominated");
  for (auto& [tier, colour] : c.ballot_colours)
    colour = *value(config, "ballot_colours." + tier).value<std::string>();
  for (auto& [key, number] : c.form_numbers)
    number = *value(config, "forms." + key).value<std::string>();
  return c;
}

}  // namespace delegates
