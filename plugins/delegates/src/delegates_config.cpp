#include "delegates_config.hpp"

#include <fmt/format.h>

#include <algorithm>

#include "thuky/error.hpp"

namespace delegates {
namespace {

[[noreturn]] void fail(const toml::node& node, const std::string& key, const std::string& what) {
  throw thuky::UserError(
      thuky::InputLocation{"thuky.toml", static_cast<int>(node.source().begin.line),
                           static_cast<int>(node.source().begin.column),
                           "plugins.delegates." + key},
      what);
}

void warn_unknown(thuky::Logger& log, const toml::key& key, const std::string& prefix) {
  log.warn(fmt::format("thuky.toml:{}:{}: unknown key 'plugins.delegates.{}{}' is ignored",
                       key.source().begin.line, key.source().begin.column, prefix, key.str()));
}

int integer(const toml::node& node, const std::string& key, int min, int max) {
  const auto value = node.value<std::int64_t>();
  if (!value || *value < min || *value > max)
    fail(node, key, fmt::format("expected a whole number from {} to {}", min, max));
  return static_cast<int>(*value);
}

double percent(const toml::node& node, const std::string& key) {
  const auto value = node.value<double>();
  if (!value || *value < 0 || *value > 100)
    fail(node, key, "expected a percentage from 0 to 100");
  return *value;
}

std::vector<int> surplus_list(const toml::node& node, const std::string& key) {
  const toml::array* array = node.as_array();
  if (!array || array->empty())
    fail(node, key, "expected extra candidates by seats, e.g. [1, 1, 2, 3]");
  std::vector<int> out;
  for (const auto& item : *array)
    out.push_back(integer(item, key, 0, 100));
  return out;
}

}  // namespace

int DelegatesConfig::surplus(ElectionKind kind, int seats) const {
  const auto& list =
      kind == ElectionKind::kNationalAssembly ? surplus_national_assembly : surplus_council;
  const std::size_t at = static_cast<std::size_t>(std::max(seats, 1) - 1);
  return list[std::min(at, list.size() - 1)];
}

DelegatesConfig read_config(const toml::table& table, thuky::Logger& log) {
  DelegatesConfig c;
  for (const auto& [key, node] : table) {
    const std::string k(key.str());
    if (k == "candidate_min_age") {
      c.candidate_min_age = integer(node, k, 18, 100);
    } else if (k == "voter_min_age") {
      c.voter_min_age = integer(node, k, 16, 100);
    } else if (k == "voters_per_polling_area") {
      const toml::array* range = node.as_array();
      if (!range || range->size() != 2)
        fail(node, k, "expected [least, most], e.g. [300, 4000]");
      c.min_voters_per_polling_area = integer(*range->get(0), k, 0, 1000000);
      c.max_voters_per_polling_area = integer(*range->get(1), k, 1, 1000000);
      if (c.min_voters_per_polling_area > c.max_voters_per_polling_area)
        fail(node, k, "the least is more than the most");
    } else if (k == "surplus") {
      const toml::table* s = node.as_table();
      if (!s)
        fail(node, k, "expected a table: national_assembly = [2], council = [1, 1, 2, 3]");
      for (const auto& [sk, sn] : *s) {
        if (sk.str() == "national_assembly")
          c.surplus_national_assembly = surplus_list(sn, "surplus.national_assembly");
        else if (sk.str() == "council")
          c.surplus_council = surplus_list(sn, "surplus.council");
        else
          warn_unknown(log, sk, "surplus.");
      }
    } else if (k == "targets") {
      const toml::table* t = node.as_table();
      if (!t)
        fail(node, k, "expected a table of percentages: women = 35, ethnic_minorities = 18");
      for (const auto& [tk, tn] : *t) {
        const std::string name(tk.str());
        double* target = name == "women"               ? &c.targets.women
                         : name == "ethnic_minorities" ? &c.targets.ethnic_minorities
                         : name == "under_40"          ? &c.targets.under_40
                         : name == "non_party"         ? &c.targets.non_party
                         : name == "renominated"       ? &c.targets.renominated
                         : name == "self_nominated"    ? &c.targets.self_nominated
                                                       : nullptr;
        if (target)
          *target = percent(tn, "targets." + name);
        else
          warn_unknown(log, tk, "targets.");
      }
    } else {
      warn_unknown(log, key, "");
    }
  }
  return c;
}

}  // namespace delegates
