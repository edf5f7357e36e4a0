#include "election_file.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <set>

#include "polling_team.hpp"
#include "thuky/areas.hpp"
#include "thuky/toml_input.hpp"

namespace delegates {
namespace {

using thuky::Need;
using thuky::TomlTable;

class ElectionReader {
 public:
  explicit ElectionReader(thuky::AreaDirectory& tree) : tree_(tree) {}

  ElectionDay read(const TomlTable& root) {
    ElectionDay day;
    day.id = root.identifier("id", "hdnd-tinh-2026");
    day.date = *root.date("date", Need::kRequired);
    day.name = root.text("name", Need::kRequired);
    day.place = root.text("place");
    day.committee = root.text("committee");

    // Areas come from the core tree now: a file that still declares its own is told so,
    // rather than have names it wrote silently ignored.
    if (root.has("areas")) {
      root.fail("areas",
                "areas are no longer declared in the election file: import the official list "
                "with 'thuky areas import FILE.csv' and name areas by their code in units and "
                "polling areas");
    }
    day_ = day.date;
    std::set<std::string> election_ids;
    root.each("elections", [&](const TomlTable& t) {
      day.elections.push_back(election(t));
      if (!election_ids.insert(day.elections.back().id).second)
        t.fail("id", fmt::format("election '{}' is declared twice", day.elections.back().id));
    });
    if (day.elections.empty())
      root.fail("elections", "the file declares no [[elections]]");
    std::set<std::string> codes;
    root.each("polling_areas", [&](const TomlTable& t) {
      day.polling_areas.push_back(polling_area(t, day));
      if (!codes.insert(day.polling_areas.back().code).second) {
        t.fail("code",
               fmt::format("polling area '{}' is declared twice", day.polling_areas.back().code));
      }
    });
    return day;
  }

 private:
  Election election(const TomlTable& t) {
    Election e;
    e.id = t.identifier("id", "hdnd-tinh-2026");
    e.level = t.text("level", Need::kRequired);
    const std::string kind = t.text("kind", Need::kRequired);
    if (kind == "national_assembly")
      e.kind = ElectionKind::kNationalAssembly;
    else if (kind == "council")
      e.kind = ElectionKind::kCouncil;
    else
      t.fail("kind", "expected \"national_assembly\" or \"council\"");
    e.body = t.text("body", Need::kRequired);
    e.term = t.text("term", Need::kRequired);
    std::set<int> numbers;
    t.each("units", [&](const TomlTable& u) {
      Unit unit;
      unit.number = number(u, "number");
      unit.seats = number(u, "seats");
      unit.areas = areas(u);
      unit.line = static_cast<int>(u.raw().source().begin.line);
      if (!numbers.insert(unit.number).second)
        u.fail("number", fmt::format("unit {} is declared twice", unit.number));
      e.units.push_back(std::move(unit));
    });
    if (e.units.empty())
      t.fail("units", fmt::format("election '{}' has no units", e.id));
    return e;
  }

  PollingArea polling_area(const TomlTable& t, const ElectionDay& day) {
    PollingArea p;
    p.code = code(t);
    p.name = t.text("name", Need::kRequired);
    p.areas = areas(t);
    const toml::node* units = t.get("units");
    if (!units || !units->is_table()) {
      t.fail("units",
             "expected the unit at each level, e.g. units = { dbqh-2026 = 1, hdnd-tinh-2026 = 3 }");
    }
    std::set<std::string> levels;
    t.nested(*units->as_table(), "units")
        .each_entry([&](std::string_view key, const toml::node& node) {
          const std::string election_id(key);
          const std::string name = "units." + election_id;
          const Election* e = nullptr;
          for (const auto& candidate : day.elections) {
            if (candidate.id == election_id)
              e = &candidate;
          }
          if (!e)
            t.fail_at(&node, name, fmt::format("no election '{}' in this file", election_id));
          const auto number = node.value<std::int64_t>();
          bool found = false;
          for (const auto& u : e->units)
            found = found || (number && u.number == *number);
          if (!number || !found) {
            t.fail_at(&node, name,
                      fmt::format("election '{}' has no unit {}", election_id,
                                  number ? std::to_string(*number) : "of that kind"));
          }
          if (!levels.insert(e->level).second) {
            t.fail_at(&node, name,
                      fmt::format("two elections of the level '{}': a polling area belongs to one "
                                  "unit per level",
                                  e->level));
          }
          p.units[election_id] = static_cast<int>(*number);
        });
    if (p.units.empty())
      t.fail("units", "a polling area belongs to at least one unit");
    p.team = read_polling_team(t);
    return p;
  }

  static int number(const TomlTable& t, const char* name) {
    return static_cast<int>(*t.integer(name, 1, 100000, Need::kRequired));
  }

  // A polling area code as printed on cards: letters, digits, '-', '.'.
  static std::string code(const TomlTable& t) {
    std::string value = t.text("code", Need::kRequired);
    for (char c : value) {
      if (!std::isalnum(static_cast<unsigned char>(c)) && c != '-' && c != '.')
        t.fail("code", "use letters, digits, '-' and '.' (e.g. KV01)");
    }
    return value;
  }

  // The codes of areas of the core tree, each in force on the election day.
  std::vector<std::string> areas(const TomlTable& t) {
    std::vector<std::string> out;
    for (auto& [value, node] : t.texts_at("areas")) {
      const auto area = tree_.find_by_code(value);
      if (!area) {
        t.fail_at(node, "areas",
                  fmt::format("unknown area '{}': no area of the areas tree has this code "
                              "(import the official list with 'thuky areas import')",
                              value));
      }
      if (!area->valid_on(day_)) {
        t.fail_at(node, "areas",
                  fmt::format("area '{}' ({}) is not in force on {}", value, area->full_name(),
                              day_.dmy()));
      }
      if (std::find(out.begin(), out.end(), value) != out.end())
        t.fail_at(node, "areas", fmt::format("{} is listed twice", area->full_name()));
      out.push_back(std::move(value));
    }
    return out;
  }

  thuky::AreaDirectory& tree_;
  thuky::text::Date day_;
};

}  // namespace

const char* kind_name(ElectionKind kind) {
  return kind == ElectionKind::kNationalAssembly ? "national_assembly" : "council";
}

ElectionDay read_election_file(const std::filesystem::path& file, thuky::AreaDirectory& areas,
                               thuky::Logger& log) {
  const thuky::TomlInput input(file);
  ElectionDay day = ElectionReader(areas).read(input.root());
  input.warn_unknown_keys(log);
  return day;
}

}  // namespace delegates
