#include "plan_file.hpp"

#include <fmt/format.h>

#include <algorithm>

#include "local_time.hpp"
#include "thuky/toml_input.hpp"

namespace contact {
namespace {

using thuky::Need;
using thuky::TomlTable;

class PlanReader {
 public:
  explicit PlanReader(thuky::PeopleDirectory& people) : people_(people) {}

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
          LocalityDef l{id(t),
                        t.text("name", Need::kRequired),
                        t.dates("closed"),
                        t.dates("preferred"),
                        number(t, "voters", 0),
                        t.text("chair")};
          unique(p.localities, l.id, t);
          p.localities.push_back(std::move(l));
        },
        Need::kRequired);
    root.each(
        "venues",
        [&](const TomlTable& t) {
          VenueDef v{id(t), reference(t, "locality", p.localities), t.text("name", Need::kRequired),
                     t.text("address"), number(t, "capacity", 0)};
          unique(p.venues, v.id, t);
          p.venues.push_back(std::move(v));
        },
        Need::kRequired);
    root.each(
        "groups",
        [&](const TomlTable& t) {
          GroupDef g{id(t), t.text("name", Need::kRequired), {}, {}, 2};
          for (const auto& [code, node] : t.texts_at("members", Need::kRequired)) {
            const auto person = people_.find_by_code(code);
            if (!person) {
              t.fail_at(node, "members",
                        fmt::format("unknown person '{}': not in the people directory (import "
                                    "it with 'thuky people import')",
                                    code));
            }
            g.members.push_back({person->code, person->full_name, person->title});
          }
          for (const auto& [locality, node] : t.texts_at("localities", Need::kRequired)) {
            if (!find(p.localities, locality))
              t.fail_at(node, "localities", fmt::format("unknown locality '{}'", locality));
            if (std::count(g.localities.begin(), g.localities.end(), locality))
              t.fail_at(node, "localities", fmt::format("'{}' is listed twice", locality));
            g.localities.push_back(locality);
          }
          g.max_per_day = number(t, "max_per_day", 2);
          if (g.max_per_day < 1)
            t.fail("max_per_day", "must be at least 1");
          unique(p.groups, g.id, t);
          p.groups.push_back(std::move(g));
        },
        Need::kRequired);
    root.each("absences", [&](const TomlTable& t) {
      Absence a{t.text("person", Need::kRequired), t.dates("dates")};
      bool member = false;
      for (const auto& g : p.groups) {
        for (const auto& m : g.members)
          member = member || m.code == a.person;
      }
      if (!member)
        t.fail("person", fmt::format("'{}' is not a member of any group", a.person));
      p.absences.push_back(std::move(a));
    });
    root.each("travel", [&](const TomlTable& t) {
      p.travel.push_back({reference(t, "from", p.localities), reference(t, "to", p.localities),
                          number(t, "minutes", 0)});
    });
    if (const auto t = root.table("document")) {
      PlanDocument& doc = p.document;
      doc.number = t->text("number");
      doc.place_name = t->text("place_name");
      if (const auto issued = t->date("issued"))
        doc.issued = *issued;
      doc.parent_body = t->texts("parent_body");
      doc.issuing_body = t->texts("issuing_body");
      doc.symbol = t->text("symbol");
      doc.signer_authority = t->text("signer_authority");
      doc.signer_title = t->text("signer_title");
      doc.signer_name = t->text("signer_name");
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
  template <class T>
  static std::string reference(const TomlTable& t, const char* name, const std::vector<T>& items) {
    std::string value = t.text(name, Need::kRequired);
    if (!find(items, value))
      t.fail(name, fmt::format("unknown locality '{}'", value));
    return value;
  }

  thuky::PeopleDirectory& people_;
};

}  // namespace

PlanFile read_plan_file(const std::filesystem::path& file, thuky::PeopleDirectory& people) {
  const thuky::TomlInput input(file);
  PlanFile out{PlanReader(people).read(input.root()), {}};
  out.warnings = input.unknown_keys();
  return out;
}

}  // namespace contact
