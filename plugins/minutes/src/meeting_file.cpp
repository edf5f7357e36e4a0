#include "meeting_file.hpp"

#include <fmt/format.h>
#include <toml++/toml.h>

#include <fstream>
#include <sstream>

#include "thuky/error.hpp"
#include "thuky/io.hpp"
#include "thuky/text/normalize.hpp"
#include "thuky/text/utf8.hpp"

namespace minutes {
namespace {

using thuky::InputLocation;
using thuky::UserError;

class MeetingReader {
 public:
  MeetingReader(std::string source, thuky::PeopleDirectory& people)
      : source_(std::move(source)), people_(people) {}

  Meeting read(const toml::table& root) {
    Meeting m;
    m.id = text(root, "id", true);
    for (char c : m.id) {
      if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-')) {
        fail(root.get("id"), "id",
             "use lower-case letters, digits and '-' (e.g. ky-anh-2020-09-15)");
      }
    }
    m.kind = text(root, "kind", false);
    if (m.kind.empty())
      m.kind = "cuộc họp";
    m.title = text(root, "title", true);
    m.number = text(root, "number", false);  // else the document register gives it
    m.place = text(root, "place", true);
    m.place_name = text(root, "place_name", true);
    m.starts = datetime(root, "starts");
    m.ends = datetime(root, "ends");
    if (m.ends <= m.starts) {
      fail(root.get("ends"), "ends", "the meeting ends before it starts");
    }
    if (const toml::node* issued = root.get("issued")) {
      const auto* date = issued->as_date();
      if (!date)
        fail(issued, "issued", "expected a date like 2020-09-10");
      m.issued = thuky::text::Date{date->get().year, date->get().month, date->get().day};
    }
    m.invitation_note = text(root, "invitation_note", false);
    m.invitation_note_for = lines(root, "invitation_note_for", "invitation_note_for");
    if (const toml::table* n = table(root, "numbers")) {
      m.numbers = {text(*n, "minutes", false, "numbers.minutes"),
                   text(*n, "invitation", false, "numbers.invitation"),
                   text(*n, "agenda", false, "numbers.agenda"),
                   text(*n, "conclusion", false, "numbers.conclusion")};
    }
    if (const toml::table* o = table(root, "organiser")) {
      m.organiser.name = text(*o, "name", false, "organiser.name");
      m.organiser.signer_name = text(*o, "signer_name", false, "organiser.signer_name");
      m.organiser.parent_body = lines(*o, "parent_body", "organiser.parent_body");
      m.organiser.issuing_body = lines(*o, "issuing_body", "organiser.issuing_body");
      m.organiser.symbol = text(*o, "symbol", false, "organiser.symbol");
      m.organiser.signer_authority =
          text(*o, "signer_authority", false, "organiser.signer_authority");
      m.organiser.signer_title = text(*o, "signer_title", false, "organiser.signer_title");
    }
    m.chair = participant(root, "chair", "chair");
    m.secretary = participant(root, "secretary", "secretary");
    each(root, "delegations", [&](const toml::table& t, const std::string& key) {
      Delegation d;
      d.name = text(t, "name", true, key + ".name");
      if (const toml::node* members = t.get("members")) {
        const toml::array* array = members->as_array();
        if (!array)
          fail(members, key + ".members", "expected an array of people");
        for (std::size_t i = 0; i < array->size(); ++i) {
          d.members.push_back(person((*array)[i], fmt::format("{}.members[{}]", key, i)));
        }
      }
      d.groups = lines(t, "groups", key + ".groups");
      m.delegations.push_back(std::move(d));
    });
    each(root, "agenda", [&](const toml::table& t, const std::string& key) {
      m.agenda.push_back({text(t, "time", false, key + ".time"),
                          text(t, "title", true, key + ".title"),
                          text(t, "presenter", false, key + ".presenter")});
    });
    each(root, "reports", [&](const toml::table& t, const std::string& key) {
      m.reports.push_back({text(t, "title", true, key + ".title"),
                           participant(t, "presenter", key + ".presenter"),
                           text(t, "summary", true, key + ".summary")});
    });
    each(root, "speeches", [&](const toml::table& t, const std::string& key) {
      m.speeches.push_back({participant(t, "speaker", key + ".speaker"),
                            text(t, "summary", true, key + ".summary")});
    });
    m.conclusions = lines(root, "conclusions", "conclusions");
    each(root, "tasks", [&](const toml::table& t, const std::string& key) {
      Task task{text(t, "owner", true, key + ".owner"), text(t, "task", true, key + ".task"),
                std::nullopt, false};
      if (const toml::node* d = t.get("deadline")) {
        const auto* date = d->as_date();
        if (!date)
          fail(d, key + ".deadline", "expected a date like 2020-12-31");
        task.deadline = thuky::text::Date{date->get().year, date->get().month, date->get().day};
      }
      m.tasks.push_back(std::move(task));
    });
    m.recipients = lines(root, "recipients", "recipients");
    return m;
  }

 private:
  [[noreturn]] void fail(const toml::node* node, const std::string& key,
                         const std::string& message) const {
    const auto src = node ? node->source() : toml::source_region{};
    throw UserError(InputLocation{source_, static_cast<int>(src.begin.line),
                                  static_cast<int>(src.begin.column), key},
                    message);
  }

  std::string clean(const toml::node& node, const std::string& key) const {
    const std::string value = thuky::text::to_nfc(*node.value<std::string>());
    const auto src = node.source();
    thuky::text::require_unicode_text(value,
                                      InputLocation{source_, static_cast<int>(src.begin.line),
                                                    static_cast<int>(src.begin.column), key});
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

  std::vector<std::string> lines(const toml::table& t, const char* name,
                                 const std::string& key) const {
    std::vector<std::string> out;
    const toml::node* node = t.get(name);
    if (!node)
      return out;
    const toml::array* array = node->as_array();
    if (!array)
      fail(node, key, "expected an array of strings");
    for (const toml::node& item : *array) {
      if (!item.is_string())
        fail(&item, key, "expected an array of strings");
      out.push_back(clean(item, key));
    }
    return out;
  }

  const toml::table* table(const toml::table& t, const char* name) const {
    const toml::node* node = t.get(name);
    if (!node)
      return nullptr;
    if (!node->is_table())
      fail(node, name, "expected a table");
    return node->as_table();
  }

  DateTime datetime(const toml::table& t, const char* name) const {
    const toml::node* node = t.get(name);
    if (!node)
      fail(&t, name, fmt::format("required key '{}' is missing", name));
    const auto* value = node->as_date_time();
    if (!value)
      fail(node, name, "expected a date and time like 2020-09-15T08:00:00");
    const auto& dt = value->get();
    DateTime out{{dt.date.year, dt.date.month, dt.date.day}, dt.time.hour, dt.time.minute};
    if (!out.date.valid())
      fail(node, name, "not a real date");
    return out;
  }

  // A person: a directory code ("ha-van-hung") or an inline table {name, title, unit}.
  Participant person(const toml::node& node, const std::string& key) const {
    if (node.is_string()) {
      const std::string code = clean(node, key);
      const auto found = people_.find_by_code(code);
      if (!found) {
        fail(&node, key,
             fmt::format("unknown person '{}': not in the people directory (import "
                         "it with 'thuky people import', or write the person inline "
                         "as {{ name = \"...\", title = \"...\", unit = \"...\" }})",
                         code));
      }
      return {found->code, found->full_name, found->title, found->unit, "", "", "", false};
    }
    const toml::table* t = node.as_table();
    if (!t)
      fail(&node, key, "expected a person code or { name = ..., title = ..., unit = ... }");
    return {"",
            text(*t, "name", true, key + ".name"),
            text(*t, "title", false, key + ".title"),
            text(*t, "unit", false, key + ".unit"),
            "",
            "",
            ""};
  }

  Participant participant(const toml::table& t, const char* name, const std::string& key) const {
    const toml::node* node = t.get(name);
    if (!node)
      fail(&t, key, fmt::format("required key '{}' is missing", key));
    return person(*node, key);
  }

  template <class F>
  void each(const toml::table& root, const char* name, F&& visit) const {
    const toml::node* node = root.get(name);
    if (!node)
      return;
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
};

}  // namespace

std::string DateTime::iso() const {
  return fmt::format("{}T{:02}:{:02}", date.iso(), hour, minute);
}

std::optional<DateTime> DateTime::parse_iso(const std::string& text) {
  if (text.size() != 16 || text[10] != 'T')
    return std::nullopt;
  const auto date = thuky::text::Date::parse_iso(text.substr(0, 10));
  if (!date)
    return std::nullopt;
  return DateTime{*date, std::stoi(text.substr(11, 2)), std::stoi(text.substr(14, 2))};
}

Meeting read_meeting_file(const std::filesystem::path& file, thuky::PeopleDirectory& people) {
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
  return MeetingReader(source, people).read(root);
}

}  // namespace minutes
