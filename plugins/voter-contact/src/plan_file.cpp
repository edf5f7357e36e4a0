#include "plan_file.hpp"

#include <fmt/format.h>

#include <algorithm>

#include "elected_delegates.hpp"
#include "local_time.hpp"
#include "localities.hpp"
#include "thuky/toml_input.hpp"

namespace contact {
namespace {

using thuky::Need;
using thuky::TomlTable;

class PlanReader {
 public:
  explicit PlanReader(const PlanDirectories& d) : d_(d) {}
  // What read() found doubtful but not wrong, with file:line:column.
  const std::vector<std::string>& warnings() const { return warnings_; }

  Plan read(const TomlTable& root) {
    Plan p;
    p.id = id(root);
    p.title = root.text("title", Need::kRequired);
    p.council_session = root.text("council_session", Need::kRequired);
    p.timing = root.text("timing", Need::kRequired);
    if (p.timing != "before" && p.timing != "after")
      root.fail("timing", "expected \"before\" or \"after\" the council session");
    const TomlTable session = *root.table("session", Need::kRequired);
    p.session_starts = *session.date("starts", Need::kRequired);
    p.session_ends = *session.date("ends", Need::kRequired);
    if (p.session_ends < p.session_starts)
      session.fail("ends", "the session ends before it starts");
    const TomlTable window = *root.table("window", Need::kRequired);
    p.from = *window.date("from", Need::kRequired);
    p.to = *window.date("to", Need::kRequired);
    if (p.to < p.from)
      window.fail("to", "the window ends before it starts");
    const bool before = p.timing == "before";
    if (before ? !(p.to < p.session_starts) : !(p.session_ends < p.from)) {
      window.fail(before ? "to" : "from",
                  before ? "a round before the session must end before the session starts"
                         : "a round after the session must start after the session ends");
    }
    if (day_number(p.to) - day_number(p.from) > 92)
      window.fail("to", "the window is longer than three months");
    if (const auto weekends = root.boolean("weekends"))
      p.weekends = *weekends;
    p.holidays = root.dates("holidays");
    p.invited = root.texts("invited");
    if (root.has("area"))
      within_ = area(root, "area", root.get("area"), root.text("area"), std::nullopt, p.from);
    const std::string minutes_organiser = organiser(root, "minutes_organiser");
    root.each(
        "slots",
        [&](const TomlTable& t) {
          SlotDef s{id(t), t.text("name", Need::kRequired), 0, 0, 0};
          s.starts = clock(t, "starts");
          s.ends = clock(t, "ends");
          if (s.ends <= s.starts)
            t.fail("ends", "the slot ends before it starts");
          if (!p.slots.empty() && s.starts < p.slots.back().ends)
            t.fail("starts", "slots must follow each other through the day");
          s.cost = number(t, "cost", 0);
          unique(p.slots, s.id, t);
          p.slots.push_back(std::move(s));
        },
        Need::kRequired);
    root.each(
        "localities",
        [&](const TomlTable& t) {
          const thuky::Area a = area(t, "area", t.get("area"), t.text("area", Need::kRequired),
                                     within_ ? std::optional(within_->id) : std::nullopt, p.from);
          LocalityDef l{locality_key(a),
                        a.full_name(),
                        t.dates("closed"),
                        t.dates("preferred"),
                        number(t, "voters", 0),
                        t.text("chair"),
                        a.id,
                        organiser(t, "organiser"),
                        t.texts("invited")};
          if (l.organiser.empty())
            l.organiser = minutes_organiser;
          if (find(p.localities, l.id))
            t.fail("area", fmt::format("{} is listed twice", l.name));
          p.localities.push_back(std::move(l));
        },
        Need::kRequired);
    root.each(
        "venues",
        [&](const TomlTable& t) {
          VenueDef v{id(t), reference(t, "locality", p), t.text("name", Need::kRequired),
                     t.text("address"), number(t, "capacity", 0)};
          unique(p.venues, v.id, t);
          p.venues.push_back(std::move(v));
        },
        Need::kRequired);
    root.each(
        "groups",
        [&](const TomlTable& t) {
          GroupDef g{id(t), t.text("name", Need::kRequired), {}, {}, 2};
          const auto from = t.table("members_from");
          // Where each member is written, for the warning of a person in two groups.
          std::vector<thuky::InputLocation> written;
          if (from) {
            elected_members(t, *from, g);
            written.assign(g.members.size(), t.location(t.get("members_from"), "members_from"));
          }
          for (const auto& [code, node] :
               t.texts_at("members", from ? Need::kOptional : Need::kRequired)) {
            // A code, or a name the directory knows once (as people().resolve finds it).
            const auto person = d_.people.resolve(code, t.location(node, "members"));
            if (!person) {
              t.fail_at(node, "members",
                        fmt::format("unknown person '{}': not in the people directory (import "
                                    "it with 'thuky people import')",
                                    code));
            }
            for (const Member& m : g.members) {
              if (m.code == person->code)
                t.fail_at(node, "members", fmt::format("{} is listed twice", person->full_name));
            }
            g.members.push_back({person->code, person->full_name, person->title});
            written.push_back(t.location(node, "members"));
          }
          for (const auto& [text, node] : t.texts_at("localities", Need::kRequired)) {
            const LocalityDef& l = locality(t, "localities", node, text, p);
            if (std::count(g.localities.begin(), g.localities.end(), l.id))
              t.fail_at(node, "localities", fmt::format("{} is listed twice", l.name));
            g.localities.push_back(l.id);
          }
          g.max_per_day = number(t, "max_per_day", 2);
          if (g.max_per_day < 1)
            t.fail("max_per_day", "must be at least 1");
          unique(p.groups, g.id, t);
          warn_other_groups(p.groups, g, written);
          p.groups.push_back(std::move(g));
        },
        Need::kRequired);
    root.each("absences", [&](const TomlTable& t) {
      const std::string who = t.text("person", Need::kRequired);
      const auto person = d_.people.resolve(who, t.location(t.get("person"), "person"));
      Absence a{person ? person->code : who, t.dates("dates")};
      bool member = false;
      for (const auto& g : p.groups) {
        for (const auto& m : g.members)
          member = member || m.code == a.person;
      }
      if (!member)
        t.fail("person", fmt::format("'{}' is not a member of any group", who));
      p.absences.push_back(std::move(a));
    });
    root.each("travel", [&](const TomlTable& t) {
      p.travel.push_back({reference(t, "from", p), reference(t, "to", p), number(t, "minutes", 0)});
    });
    if (const auto t = root.table("document")) {
      PlanDocument& doc = p.document;
      // The issuer named by its code fills the header, seat and signer; keys written here win.
      if (const std::string code = organiser(*t, "organiser"); !code.empty()) {
        const auto o = d_.organisations.find_by_code(code);
        doc.place_name = o->place;
        doc.parent_body = o->parent_body;
        doc.issuing_body = o->issuing_body;
        doc.symbol = o->symbol.empty() ? "" : "KH-" + o->symbol;
        doc.signer_authority = o->signer_authority;
        doc.signer_title = o->signer_title;
        doc.signer_name = o->signer_name;
      }
      const auto keep = [&](std::string& field, const char* key) {
        if (t->has(key))
          field = t->text(key);
      };
      const auto keep_lines = [&](std::vector<std::string>& field, const char* key) {
        if (t->has(key))
          field = t->texts(key);
      };
      doc.number = t->text("number");
      keep(doc.place_name, "place_name");
      if (const auto issued = t->date("issued"))
        doc.issued = *issued;
      keep_lines(doc.parent_body, "parent_body");
      keep_lines(doc.issuing_body, "issuing_body");
      keep(doc.symbol, "symbol");
      keep(doc.signer_authority, "signer_authority");
      keep(doc.signer_title, "signer_title");
      keep(doc.signer_name, "signer_name");
      doc.recipients = t->texts("recipients");
    }
    return p;
  }

 private:
  static std::string id(const TomlTable& t) { return t.identifier("id", "xa-ky-hoa"); }

  static int number(const TomlTable& t, const char* name, int fallback) {
    return static_cast<int>(t.integer(name, 0).value_or(fallback));
  }

  static int clock(const TomlTable& t, const char* name) {
    const int minutes = parse_clock(t.text(name, Need::kRequired));
    if (minutes < 0)
      t.fail(name, "expected a time like \"07:30\"");
    return minutes;
  }

  template <class T>
  static const T* find(const std::vector<T>& items, const std::string& id) {
    for (const auto& item : items) {
      if (item.id == id)
        return &item;
    }
    return nullptr;
  }
  template <class T>
  static void unique(const std::vector<T>& items, const std::string& id, const TomlTable& t) {
    if (find(items, id))
      t.fail("id", fmt::format("the id '{}' is used twice", id));
  }
  // The area `text` names: its code, else its name under `parent` (the plan's `area`), valid on
  // `day`.
  thuky::Area area(const TomlTable& t, const char* key, const toml::node* node,
                   const std::string& text, std::optional<std::int64_t> parent,
                   const Date& day) const {
    if (auto a = d_.areas.find_by_code(text)) {
      if (!a->valid_on(day)) {
        t.fail_at(
            node, key,
            fmt::format("area '{}' ({}) is not in force on {}", text, a->full_name(), day.dmy()));
      }
      return *a;
    }
    const auto found = d_.areas.find_by_name(text, parent, day);
    if (found.size() == 1)
      return found.front();
    const std::string under =
        within_ ? " under " + within_->full_name() : " at the top of the areas tree";
    if (found.empty()) {
      t.fail_at(node, key,
                fmt::format("unknown area '{}': no area has this code, nor this name{} on {} "
                            "(import the areas list with 'thuky areas import'{})",
                            text, under, day.dmy(),
                            within_ ? "" : ", or set 'area' at the top of the plan"));
    }
    std::string codes;
    for (const auto& a : found)
      codes += (codes.empty() ? "" : ", ") + a.code;
    t.fail_at(node, key,
              fmt::format("'{}' names {} areas{} ({}): write its code", text, found.size(), under,
                          codes));
  }

  // A locality of the plan, as a venue, a group or a travel time names it: its code, slug or
  // name, or any name the areas tree knows it by.
  const LocalityDef& locality(const TomlTable& t, const char* key, const toml::node* node,
                              const std::string& text, const Plan& p) const {
    for (const LocalityDef& l : p.localities) {
      if (names_locality(l, text))
        return l;
    }
    const thuky::Area a =
        area(t, key, node, text, within_ ? std::optional(within_->id) : std::nullopt, p.from);
    for (const LocalityDef& l : p.localities) {
      if (l.area_id == a.id)
        return l;
    }
    t.fail_at(node, key,
              fmt::format("{} is not a locality of this plan (add it under [[localities]])",
                          a.full_name()));
  }
  std::string reference(const TomlTable& t, const char* key, const Plan& p) const {
    return locality(t, key, t.get(key), t.text(key, Need::kRequired), p).id;
  }

  // `members_from = { election = "hdnd-tinh-2026", units = [1, 2] }`: the delegates elected in
  // the official results of those units (every unit when `units` is absent), by unit and votes.
  void elected_members(const TomlTable& t, const TomlTable& from, GroupDef& g) const {
    if (!d_.elected.available())
      t.fail("members_from",
             fmt::format("{}: list the group's members instead", kNoDelegatesPlugin));
    const std::string election = from.text("election", Need::kRequired);
    auto elected = d_.elected.list(election);
    if (elected.empty()) {
      std::string official;
      for (const ElectedDelegate& e : d_.elected.list()) {
        if (official.find("'" + e.election_id + "'") == std::string::npos)
          official += (official.empty() ? "'" : ", '") + e.election_id + "'";
      }
      from.fail("election",
                fmt::format("the election '{}' has no official results with delegates elected "
                            "({}; 'thuky election results --lock' makes results official)",
                            election,
                            official.empty() ? "no election has any yet"
                                             : "official results: " + official));
    }
    if (const toml::node* units = from.get("units")) {
      const toml::array* list = units->as_array();
      if (!list)
        from.fail("units", "expected a list of unit numbers, e.g. units = [1, 2]");
      std::vector<ElectedDelegate> chosen;
      for (const toml::node& item : *list) {
        const auto number = item.value<std::int64_t>();
        if (!number)
          from.fail_at(&item, "units", "expected a unit number, e.g. units = [1, 2]");
        const std::size_t before = chosen.size();
        for (const ElectedDelegate& e : elected) {
          if (e.unit == *number)
            chosen.push_back(e);
        }
        if (chosen.size() == before) {
          from.fail_at(
              &item, "units",
              fmt::format("no delegate of '{}' was elected in unit {}", election, *number));
        }
      }
      elected = std::move(chosen);
    }
    std::vector<std::int64_t> ids;
    for (const ElectedDelegate& e : elected)
      ids.push_back(e.person_id);
    const auto people = d_.people.find_many(ids);
    for (const ElectedDelegate& e : elected) {
      const auto person = people.find(e.person_id);
      if (person == people.end())
        continue;  // the view references people(id): not reached
      g.members.push_back({person->second.code, person->second.full_name, person->second.title});
    }
  }

  // An organisation by its code ('thuky organisations import'); "" when the key is absent.
  std::string organiser(const TomlTable& t, const char* key) const {
    const std::string code = t.text(key);
    if (!code.empty() && !d_.organisations.find_by_code(code)) {
      t.fail(key, fmt::format("unknown organisation '{}': not in the store (import it with "
                              "'thuky organisations import')",
                              code));
    }
    return code;
  }

  // A delegate belongs to the group of their election unit (domain.md §3): a person in a second
  // group is most likely a slip. Not refused: an official may go with several groups, and the
  // schedule never puts anyone in two places at once.
  void warn_other_groups(const std::vector<GroupDef>& before, const GroupDef& g,
                         const std::vector<thuky::InputLocation>& written) {
    for (std::size_t i = 0; i < g.members.size(); ++i) {
      for (const GroupDef& other : before) {
        const bool there =
            std::any_of(other.members.begin(), other.members.end(),
                        [&](const Member& m) { return m.code == g.members[i].code; });
        if (there) {
          warnings_.push_back(fmt::format(
              "{}: {} is in two delegate groups, '{}' ({}) and '{}' ({}); a delegate belongs to "
              "the group of their election unit",
              written[i].describe(), g.members[i].name, other.name, other.id, g.name, g.id));
        }
      }
    }
  }

  const PlanDirectories& d_;
  std::optional<thuky::Area> within_;  // the plan's `area`: names of localities are under it
  std::vector<std::string> warnings_;
};

}  // namespace

PlanFile read_plan_file(const std::filesystem::path& file, const PlanDirectories& directories) {
  const thuky::TomlInput input(file);
  PlanReader reader(directories);
  PlanFile out{reader.read(input.root()), input.unknown_keys()};
  out.warnings.insert(out.warnings.end(), reader.warnings().begin(), reader.warnings().end());
  return out;
}

}  // namespace contact
