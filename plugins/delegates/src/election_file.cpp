#include "election_file.hpp"

#include <fmt/format.h>
#include <toml++/toml.h>

#include <algorithm>
#include <set>

#include "thuky/error.hpp"
#include "thuky/io.hpp"
#include "thuky/text/normalize.hpp"
#include "thuky/text/utf8.hpp"

namespace delegates {
namespace {

using thuky::InputLocation;
using thuky::UserError;

class ElectionReader {
 public:
  ElectionReader(std::string source, thuky::Logger& log) : source_(std::move(source)), log_(log) {}

  ElectionDay read(const toml::table& root) {
    only(root, "",
         {"id", "date", "name", "place", "committee", "areas", "elections", "polling_areas"});
    ElectionDay day;
    day.id = id(root, "id", "id");
    const toml::node* date = root.get("date");
    if (!date)
      fail(&root, "date", "required key 'date' is missing");
    if (!date->is_date())
      fail(date, "date", "expected the election day as a date like 2026-03-15");
    const auto d = date->as_date()->get();
    day.date = {d.year, d.month, d.day};
    day.name = text(root, "name", true, "name");
    day.place = text(root, "place", false, "place");
    day.committee = text(root, "committee", false, "committee");

    each(root, "areas", [&](const toml::table& t, const std::string& key) {
      only(t, key, {"code", "name"});
      Area a{id(t, "code", key + ".code"), text(t, "name", true, key + ".name")};
      if (!area_codes_.insert(a.code).second)
        fail(t.get("code"), key + ".code", fmt::format("area '{}' is declared twice", a.code));
      day.areas.push_back(std::move(a));
    });
    std::set<std::string> election_ids;
    each(root, "elections", [&](const toml::table& t, const std::string& key) {
      day.elections.push_back(election(t, key));
      if (!election_ids.insert(day.elections.back().id).second) {
        fail(t.get("id"), key + ".id",
             fmt::format("election '{}' is declared twice", day.elections.back().id));
      }
    });
    if (day.elections.empty())
      fail(&root, "elections", "the file declares no [[elections]]");
    std::set<std::string> codes;
    each(root, "polling_areas", [&](const toml::table& t, const std::string& key) {
      day.polling_areas.push_back(polling_area(t, key, day));
      if (!codes.insert(day.polling_areas.back().code).second) {
        fail(t.get("code"), key + ".code",
             fmt::format("polling area '{}' is declared twice", day.polling_areas.back().code));
      }
    });
    return day;
  }

 private:
  Election election(const toml::table& t, const std::string& key) {
    only(t, key, {"id", "level", "kind", "body", "term", "units"});
    Election e;
    e.id = id(t, "id", key + ".id");
    e.level = text(t, "level", true, key + ".level");
    const std::string kind = text(t, "kind", true, key + ".kind");
    if (kind == "national_assembly")
      e.kind = ElectionKind::kNationalAssembly;
    else if (kind == "council")
      e.kind = ElectionKind::kCouncil;
    else
      fail(t.get("kind"), key + ".kind", "expected \"national_assembly\" or \"council\"");
    e.body = text(t, "body", true, key + ".body");
    e.term = text(t, "term", true, key + ".term");
    std::set<int> numbers;
    each(
        t, "units",
        [&](const toml::table& u, const std::string& ukey) {
          only(u, ukey, {"number", "seats", "areas"});
          Unit unit;
          unit.number = integer(u, "number", ukey + ".number");
          unit.seats = integer(u, "seats", ukey + ".seats");
          unit.areas = areas(u, ukey + ".areas");
          unit.line = static_cast<int>(u.source().begin.line);
          if (!numbers.insert(unit.number).second)
            fail(u.get("number"), ukey + ".number",
                 fmt::format("unit {} is declared twice", unit.number));
          e.units.push_back(std::move(unit));
        },
        key + ".units");
    if (e.units.empty())
      fail(&t, key + ".units", fmt::format("election '{}' has no units", e.id));
    return e;
  }

  PollingArea polling_area(const toml::table& t, const std::string& key, const ElectionDay& day) {
    only(t, key, {"code", "name", "areas", "units"});
    PollingArea p;
    p.code = code(t, "code", key + ".code");
    p.name = text(t, "name", true, key + ".name");
    p.areas = areas(t, key + ".areas");
    const toml::node* units = t.get("units");
    if (!units || !units->is_table()) {
      fail(units ? units : &t, key + ".units",
           "expected the unit at each level, e.g. units = { dbqh-2026 = 1, hdnd-tinh-2026 = 3 }");
    }
    std::set<std::string> levels;
    for (const auto& [k, node] : *units->as_table()) {
      const std::string election_id(k.str());
      const std::string ukey = key + ".units." + election_id;
      const Election* e = nullptr;
      for (const auto& candidate : day.elections) {
        if (candidate.id == election_id)
          e = &candidate;
      }
      if (!e)
        fail(&node, ukey, fmt::format("no election '{}' in this file", election_id));
      const auto number = node.value<std::int64_t>();
      bool found = false;
      for (const auto& u : e->units)
        found = found || (number && u.number == *number);
      if (!number || !found) {
        fail(&node, ukey,
             fmt::format("election '{}' has no unit {}", election_id,
                         number ? std::to_string(*number) : "of that kind"));
      }
      if (!levels.insert(e->level).second) {
        fail(&node, ukey,
             fmt::format("two elections of the level '{}': a polling area belongs to one unit "
                         "per level",
                         e->level));
      }
      p.units[election_id] = static_cast<int>(*number);
    }
    if (p.units.empty())
      fail(units, key + ".units", "a polling area belongs to at least one unit");
    return p;
  }

  [[noreturn]] void fail(const toml::node* node, const std::string& key,
                         const std::string& message) const {
    const auto src = node ? node->source() : toml::source_region{};
    throw UserError(InputLocation{source_, static_cast<int>(src.begin.line),
                                  static_cast<int>(src.begin.column), key},
                    message);
  }

  // Warns about the keys of `t` that are not `known`: a typo must not pass silently.
  void only(const toml::table& t, const std::string& key,
            std::initializer_list<std::string_view> known) const {
    for (const auto& [k, node] : t) {
      if (std::find(known.begin(), known.end(), k.str()) == known.end()) {
        log_.warn(fmt::format("{}:{}: unknown key '{}{}' is ignored", source_,
                              k.source().begin.line, key.empty() ? "" : key + ".", k.str()));
      }
    }
  }

  std::string text(const toml::table& t, const char* name, bool required,
                   const std::string& key) const {
    const toml::node* node = t.get(name);
    if (!node) {
      if (required)
        fail(&t, key, fmt::format("required key '{}' is missing", key));
      return {};
    }
    if (!node->is_string())
      fail(node, key, "expected a string");
    const std::string value = thuky::text::to_nfc(*node->value<std::string>());
    thuky::text::require_unicode_text(value, location(*node, key));
    std::string cleaned = thuky::text::clean_text(value);
    if (required && cleaned.empty())
      fail(node, key, "must not be empty");
    return cleaned;
  }

  // A key of the store: lower-case letters, digits and '-'.
  std::string id(const toml::table& t, const char* name, const std::string& key) const {
    std::string value = text(t, name, true, key);
    for (char c : value) {
      if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-'))
        fail(t.get(name), key, "use lower-case letters, digits and '-' (e.g. hdnd-tinh-2026)");
    }
    return value;
  }

  // A polling area code as printed on cards: letters, digits, '-', '.'.
  std::string code(const toml::table& t, const char* name, const std::string& key) const {
    std::string value = text(t, name, true, key);
    for (char c : value) {
      if (!std::isalnum(static_cast<unsigned char>(c)) && c != '-' && c != '.')
        fail(t.get(name), key, "use letters, digits, '-' and '.' (e.g. KV01)");
    }
    return value;
  }

  int integer(const toml::table& t, const char* name, const std::string& key) const {
    const toml::node* node = t.get(name);
    if (!node)
      fail(&t, key, fmt::format("required key '{}' is missing", key));
    const auto value = node->value<std::int64_t>();
    if (!node->is_integer() || !value || *value < 1 || *value > 100000)
      fail(node, key, "expected a whole number from 1");
    return static_cast<int>(*value);
  }

  std::vector<std::string> areas(const toml::table& t, const std::string& key) const {
    std::vector<std::string> out;
    const toml::node* node = t.get("areas");
    if (!node)
      return out;
    const toml::array* array = node->as_array();
    if (!array)
      fail(node, key, "expected a list of area codes");
    for (const toml::node& item : *array) {
      const auto value = item.value<std::string>();
      if (!value)
        fail(&item, key, "expected a list of area codes");
      if (!area_codes_.contains(*value))
        fail(&item, key, fmt::format("unknown area '{}': declare it in [[areas]]", *value));
      out.push_back(*value);
    }
    return out;
  }

  template <class F>
  void each(const toml::table& root, const char* name, F&& visit, std::string key = "") const {
    if (key.empty())
      key = name;
    const toml::node* node = root.get(name);
    if (!node)
      return;
    const toml::array* array = node->as_array();
    if (!array)
      fail(node, key, fmt::format("expected [[{}]] tables", key));
    for (std::size_t i = 0; i < array->size(); ++i) {
      const toml::table* t = (*array)[i].as_table();
      if (!t)
        fail(&(*array)[i], key, fmt::format("expected [[{}]] tables", key));
      visit(*t, fmt::format("{}[{}]", key, i));
    }
  }

  InputLocation location(const toml::node& node, const std::string& key) const {
    return {source_, static_cast<int>(node.source().begin.line),
            static_cast<int>(node.source().begin.column), key};
  }

  std::string source_;
  thuky::Logger& log_;
  std::set<std::string> area_codes_;
};

}  // namespace

const char* kind_name(ElectionKind kind) {
  return kind == ElectionKind::kNationalAssembly ? "national_assembly" : "council";
}

ElectionDay read_election_file(const std::filesystem::path& file, thuky::Logger& log) {
  const std::string content = thuky::read_input_file(file);
  const std::string source = file.string();
  thuky::text::require_utf8(content, InputLocation{source, 0, 0, ""});
  toml::table root;
  try {
    root = toml::parse(content, source);
  } catch (const toml::parse_error& e) {
    throw UserError(InputLocation{source, static_cast<int>(e.source().begin.line),
                                  static_cast<int>(e.source().begin.column), ""},
                    fmt::format("TOML syntax error: {}", e.description()));
  }
  return ElectionReader(source, log).read(root);
}

}  // namespace delegates
