#include "plan_file.hpp"

#include <fmt/format.h>
#include <toml++/toml.h>

#include <algorithm>
#include <set>

#include "thuky/error.hpp"
#include "thuky/io.hpp"
#include "thuky/text/normalize.hpp"
#include "thuky/text/utf8.hpp"

namespace contact {
namespace {

using thuky::InputLocation;
using thuky::UserError;

class PlanReader {
 public:
  PlanReader(std::string source, thuky::PeopleDirectory& people)
      : source_(std::move(source)), people_(people) {}

  PlanFile read(const toml::table& root) {
    known(root, "",
          {"id", "title", "council_session", "timing", "session", "window", "weekends", "holidays",
           "slots", "localities", "venues", "groups", "absences", "travel", "document"});
    Plan& p = out_.plan;
    p.id = id(root, "id");
    p.title = text(root, "title", true);
    p.council_session = text(root, "council_session", true);
    p.timing = text(root, "timing", true);
    if (p.timing != "before" && p.timing != "after")
      fail(root.get("timing"), "timing", "expected \"before\" or \"after\" the council session");
    const toml::table& session = table(root, "session");
    known(session, "session", {"starts", "ends"});
    p.session_starts = date(session, "starts", "session.starts");
    p.session_ends = date(session, "ends", "session.ends");
    if (p.session_ends < p.session_starts)
      fail(session.get("ends"), "session.ends", "the session ends before it starts");
    const toml::table& window = table(root, "window");
    known(window, "window", {"from", "to"});
    p.from = date(window, "from", "window.from");
    p.to = date(window, "to", "window.to");
    if (p.to < p.from)
      fail(window.get("to"), "window.to", "the window ends before it starts");
    const bool before = p.timing == "before";
    if (before ? !(p.to < p.session_starts) : !(p.session_ends < p.from)) {
      fail(window.get(before ? "to" : "from"), before ? "window.to" : "window.from",
           before ? "a round before the session must end before the session starts"
                  : "a round after the session must start after the session ends");
    }
    if (day_number(p.to) - day_number(p.from) > 92)
      fail(window.get("to"), "window.to", "the window is longer than three months");
    if (const toml::node* w = root.get("weekends")) {
      if (!w->is_boolean())
        fail(w, "weekends", "expected true (sessions on Saturday and Sunday) or false");
      p.weekends = *w->value<bool>();
    }
    p.holidays = dates(root, "holidays", "holidays");
    each(root, "slots", true, [&](const toml::table& t, const std::string& key) {
      known(t, key, {"id", "name", "starts", "ends", "cost"});
      SlotDef s{id(t, "id", key), text(t, "name", true, key + ".name"), 0, 0, 0};
      s.starts = clock(t, "starts", key);
      s.ends = clock(t, "ends", key);
      if (s.ends <= s.starts)
        fail(t.get("ends"), key + ".ends", "the slot ends before it starts");
      if (!p.slots.empty() && s.starts < p.slots.back().ends)
        fail(t.get("starts"), key + ".starts", "slots must follow each other through the day");
      s.cost = number(t, "cost", key, 0);
      unique(p.slots, s.id, t, key);
      p.slots.push_back(std::move(s));
    });
    each(root, "localities", true, [&](const toml::table& t, const std::string& key) {
      known(t, key, {"id", "name", "closed", "preferred", "voters", "chair"});
      LocalityDef l{id(t, "id", key), text(t, "name", true, key + ".name"), {}, {}, 0, ""};
      l.closed = dates(t, "closed", key + ".closed");
      l.preferred = dates(t, "preferred", key + ".preferred");
      l.voters = number(t, "voters", key, 0);
      l.chair = text(t, "chair", false, key + ".chair");
      unique(p.localities, l.id, t, key);
      p.localities.push_back(std::move(l));
    });
    each(root, "venues", true, [&](const toml::table& t, const std::string& key) {
      known(t, key, {"id", "locality", "name", "address", "capacity"});
      VenueDef v{id(t, "id", key), reference(t, "locality", key, p.localities),
                 text(t, "name", true, key + ".name"), text(t, "address", false, key + ".address"),
                 number(t, "capacity", key, 0)};
      unique(p.venues, v.id, t, key);
      p.venues.push_back(std::move(v));
    });
    each(root, "groups", true, [&](const toml::table& t, const std::string& key) {
      known(t, key, {"id", "name", "members", "localities", "max_per_day"});
      GroupDef g{id(t, "id", key), text(t, "name", true, key + ".name"), {}, {}, 2};
      for (const auto& [node, code] : strings(t, "members", key + ".members", true)) {
        const auto person = people_.find_by_code(code);
        if (!person) {
          fail(node, key + ".members",
               fmt::format("unknown person '{}': not in the people directory (import it with "
                           "'thuky people import')",
                           code));
        }
        g.members.push_back({person->code, person->full_name, person->title});
      }
      for (const auto& [node, locality] : strings(t, "localities", key + ".localities", true)) {
        if (!find(p.localities, locality))
          fail(node, key + ".localities", fmt::format("unknown locality '{}'", locality));
        if (std::count(g.localities.begin(), g.localities.end(), locality))
          fail(node, key + ".localities", fmt::format("'{}' is listed twice", locality));
        g.localities.push_back(locality);
      }
      g.max_per_day = number(t, "max_per_day", key, 2);
      if (g.max_per_day < 1)
        fail(t.get("max_per_day"), key + ".max_per_day", "must be at least 1");
      unique(p.groups, g.id, t, key);
      p.groups.push_back(std::move(g));
    });
    each(root, "absences", false, [&](const toml::table& t, const std::string& key) {
      known(t, key, {"person", "dates"});
      Absence a{text(t, "person", true, key + ".person"), dates(t, "dates", key + ".dates")};
      bool member = false;
      for (const auto& g : p.groups) {
        for (const auto& m : g.members)
          member = member || m.code == a.person;
      }
      if (!member)
        fail(t.get("person"), key + ".person",
             fmt::format("'{}' is not a member of any group", a.person));
      p.absences.push_back(std::move(a));
    });
    each(root, "travel", false, [&](const toml::table& t, const std::string& key) {
      known(t, key, {"from", "to", "minutes"});
      p.travel.push_back({reference(t, "from", key, p.localities),
                          reference(t, "to", key, p.localities), number(t, "minutes", key, 0)});
    });
    if (const toml::node* d = root.get("document")) {
      if (!d->is_table())
        fail(d, "document", "expected a table");
      const toml::table& t = *d->as_table();
      known(t, "document",
            {"number", "place_name", "issued", "parent_body", "issuing_body", "symbol",
             "signer_authority", "signer_title", "signer_name", "recipients"});
      PlanDocument& doc = p.document;
      doc.number = text(t, "number", false, "document.number");
      doc.place_name = text(t, "place_name", false, "document.place_name");
      if (t.get("issued"))
        doc.issued = date(t, "issued", "document.issued");
      doc.parent_body = lines(t, "parent_body", "document.parent_body");
      doc.issuing_body = lines(t, "issuing_body", "document.issuing_body");
      doc.symbol = text(t, "symbol", false, "document.symbol");
      doc.signer_authority = text(t, "signer_authority", false, "document.signer_authority");
      doc.signer_title = text(t, "signer_title", false, "document.signer_title");
      doc.signer_name = text(t, "signer_name", false, "document.signer_name");
      doc.recipients = lines(t, "recipients", "document.recipients");
    }
    return std::move(out_);
  }

 private:
  InputLocation where(const toml::node* node, const std::string& key) const {
    const auto src = node ? node->source() : toml::source_region{};
    return {source_, static_cast<int>(src.begin.line), static_cast<int>(src.begin.column), key};
  }
  [[noreturn]] void fail(const toml::node* node, const std::string& key,
                         const std::string& message) const {
    throw UserError(where(node, key), message);
  }

  void known(const toml::table& t, const std::string& prefix,
             std::initializer_list<std::string_view> keys) {
    for (const auto& [k, node] : t) {
      if (std::find(keys.begin(), keys.end(), k.str()) != keys.end())
        continue;
      const std::string key =
          prefix.empty() ? std::string(k.str()) : prefix + "." + std::string(k.str());
      const auto src = k.source();
      const InputLocation at{source_, static_cast<int>(src.begin.line),
                             static_cast<int>(src.begin.column), ""};
      out_.warnings.push_back(fmt::format("{}: unknown key '{}' ignored", at.describe(), key));
    }
  }

  std::string clean(const toml::node& node, const std::string& key) const {
    const std::string value = thuky::text::to_nfc(*node.value<std::string>());
    thuky::text::require_unicode_text(value, where(&node, key));
    return thuky::text::clean_text(value);
  }

  std::string text(const toml::table& t, const char* name, bool required,
                   const std::string& key = "") const {
    const std::string k = key.empty() ? name : key;
    const toml::node* node = t.get(name);
    if (!node) {
      if (required)
        fail(&t, k, fmt::format("required key '{}' is missing", k));
      return {};
    }
    if (!node->is_string())
      fail(node, k, "expected a string");
    std::string value = clean(*node, k);
    if (required && value.empty())
      fail(node, k, "must not be empty");
    return value;
  }

  std::string id(const toml::table& t, const char* name, const std::string& prefix = "") {
    const std::string key = prefix.empty() ? name : prefix + "." + name;
    std::string value = text(t, name, true, key);
    for (char c : value) {
      if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-'))
        fail(t.get(name), key, "use lower-case letters, digits and '-' (e.g. xa-ky-hoa)");
    }
    return value;
  }

  int number(const toml::table& t, const char* name, const std::string& prefix, int fallback) {
    const toml::node* node = t.get(name);
    if (!node)
      return fallback;
    const auto value = node->value<std::int64_t>();
    if (!node->is_integer() || *value < 0 || *value > 1'000'000)
      fail(node, prefix + "." + name, "expected a whole number, 0 or more");
    return static_cast<int>(*value);
  }

  int clock(const toml::table& t, const char* name, const std::string& prefix) {
    const std::string value = text(t, name, true, prefix + "." + name);
    const int minutes = parse_clock(value);
    if (minutes < 0)
      fail(t.get(name), prefix + "." + name, "expected a time like \"07:30\"");
    return minutes;
  }

  const toml::table& table(const toml::table& t, const char* name) const {
    const toml::node* node = t.get(name);
    if (!node)
      fail(&t, name, fmt::format("required table [{}] is missing", name));
    if (!node->is_table())
      fail(node, name, "expected a table");
    return *node->as_table();
  }

  Date to_date(const toml::node* node, const std::string& key) const {
    const auto* value = node->as_date();
    if (!value)
      fail(node, key, "expected a date like 2026-11-24");
    const Date d{value->get().year, value->get().month, value->get().day};
    if (!d.valid())
      fail(node, key, "not a real date");
    return d;
  }
  Date date(const toml::table& t, const char* name, const std::string& key) const {
    const toml::node* node = t.get(name);
    if (!node)
      fail(&t, key, fmt::format("required key '{}' is missing", key));
    return to_date(node, key);
  }

  std::vector<Date> dates(const toml::table& t, const char* name, const std::string& key) const {
    std::vector<Date> out;
    const toml::node* node = t.get(name);
    if (!node)
      return out;
    const toml::array* array = node->as_array();
    if (!array)
      fail(node, key, "expected an array of dates");
    for (const toml::node& item : *array)
      out.push_back(to_date(&item, key));
    std::sort(out.begin(), out.end());
    return out;
  }

  std::vector<std::pair<const toml::node*, std::string>> strings(const toml::table& t,
                                                                 const char* name,
                                                                 const std::string& key,
                                                                 bool required) const {
    std::vector<std::pair<const toml::node*, std::string>> out;
    const toml::node* node = t.get(name);
    if (!node) {
      if (required)
        fail(&t, key, fmt::format("required key '{}' is missing", key));
      return out;
    }
    const toml::array* array = node->as_array();
    if (!array)
      fail(node, key, "expected an array of strings");
    for (const toml::node& item : *array) {
      if (!item.is_string())
        fail(&item, key, "expected an array of strings");
      out.emplace_back(&item, clean(item, key));
    }
    if (required && out.empty())
      fail(node, key, "must not be empty");
    return out;
  }

  std::vector<std::string> lines(const toml::table& t, const char* name,
                                 const std::string& key) const {
    std::vector<std::string> out;
    for (auto& [node, value] : strings(t, name, key, false))
      out.push_back(std::move(value));
    return out;
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
  void unique(const std::vector<T>& items, const std::string& id, const toml::table& t,
              const std::string& key) const {
    if (find(items, id))
      fail(t.get("id"), key + ".id", fmt::format("the id '{}' is used twice", id));
  }
  template <class T>
  std::string reference(const toml::table& t, const char* name, const std::string& prefix,
                        const std::vector<T>& items) {
    std::string value = text(t, name, true, prefix + "." + name);
    if (!find(items, value))
      fail(t.get(name), prefix + "." + name, fmt::format("unknown locality '{}'", value));
    return value;
  }

  template <class F>
  void each(const toml::table& root, const char* name, bool required, F&& visit) const {
    const toml::node* node = root.get(name);
    if (!node) {
      if (required)
        fail(&root, name, fmt::format("required [[{}]] tables are missing", name));
      return;
    }
    const toml::array* array = node->as_array();
    if (!array)
      fail(node, name, fmt::format("expected [[{}]] tables", name));
    for (std::size_t i = 0; i < array->size(); ++i) {
      const toml::table* t = (*array)[i].as_table();
      if (!t)
        fail(&(*array)[i], name, fmt::format("expected [[{}]] tables", name));
      visit(*t, fmt::format("{}[{}]", name, i));
    }
  }

  std::string source_;
  thuky::PeopleDirectory& people_;
  PlanFile out_;
};

}  // namespace

PlanFile read_plan_file(const std::filesystem::path& file, thuky::PeopleDirectory& people) {
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
  return PlanReader(source, people).read(root);
}

}  // namespace contact
