#include "meeting_file.hpp"

#include <fmt/format.h>
#include <toml++/toml.h>

#include <algorithm>
#include <chrono>
#include <fstream>
#include <set>
#include <sstream>
#include <tuple>

#include "thuky/doc/printable_input.hpp"
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

  // "file:line:column: unknown key 'organiser.colour' is ignored" for every key the reader
  // never looked at (misspelt, or in the wrong table), in file order.
  std::vector<std::string> unknown_keys(const toml::table& root) const {
    std::vector<std::tuple<int, int, std::string>> found;
    collect_unknown(root, "", found);
    std::sort(found.begin(), found.end());
    std::vector<std::string> warnings;
    for (const auto& [line, column, key] : found)
      warnings.push_back(
          fmt::format("{}:{}:{}: unknown key '{}' is ignored", source_, line, column, key));
    return warnings;
  }

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
    // Plausibility: a typo in a year must not reach printed papers.
    if (days_between(m.starts.date, m.ends.date) > kLongestMeetingDays) {
      fail(root.get("ends"), "ends",
           fmt::format("the meeting would last {} days (from {} to {}); a meeting lasts at most "
                       "{} days: check the dates",
                       days_between(m.starts.date, m.ends.date) + 1, m.starts.date.dmy(),
                       m.ends.date.dmy(), kLongestMeetingDays));
    }
    if (const toml::node* issued = get(root, "issued")) {
      const auto* date = issued->as_date();
      if (!date)
        fail(issued, "issued", "expected a date like 2020-09-10");
      m.issued = real_date(*issued, "issued", date->get());
      if (days_between(m.starts.date, *m.issued) > 0) {
        fail(issued, "issued",
             fmt::format("the invitation would be issued on {}, after the meeting starts ({})",
                         m.issued->dmy(), m.starts.date.dmy()));
      }
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
      if (const toml::node* members = get(t, "members")) {
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
      if (const toml::node* d = get(t, "deadline")) {
        const auto* date = d->as_date();
        if (!date)
          fail(d, key + ".deadline", "expected a date like 2020-12-31");
        task.deadline = real_date(*d, key + ".deadline", date->get());
        if (days_between(*task.deadline, m.starts.date) > 0) {
          fail(d, key + ".deadline",
               fmt::format("the deadline {} is before the meeting ({}) that sets the task",
                           task.deadline->dmy(), m.starts.date.dmy()));
        }
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
    const std::string raw = *node.value<std::string>();
    // A "\u0000" would be stored whole and printed cut short (C strings end at NUL).
    if (raw.find('\0') != std::string::npos)
      fail(&node, key, "contains a NUL character (\\u0000); remove it");
    const std::string value = thuky::text::to_nfc(raw);
    const auto src = node.source();
    thuky::text::require_unicode_text(value,
                                      InputLocation{source_, static_cast<int>(src.begin.line),
                                                    static_cast<int>(src.begin.column), key});
    return thuky::text::clean_text(value);
  }

  std::string text(const toml::table& t, const char* name, bool required,
                   const std::string& key = "") const {
    const std::string k = key.empty() ? name : key;
    const toml::node* node = get(t, name);
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
    const toml::node* node = get(t, name);
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
    const toml::node* node = get(t, name);
    if (!node)
      return nullptr;
    if (!node->is_table())
      fail(node, name, "expected a table");
    return node->as_table();
  }

  DateTime datetime(const toml::table& t, const char* name) const {
    const toml::node* node = get(t, name);
    if (!node)
      fail(&t, name, fmt::format("required key '{}' is missing", name));
    const auto* value = node->as_date_time();
    if (!value)
      fail(node, name, "expected a date and time like 2020-09-15T08:00:00");
    const auto& dt = value->get();
    DateTime out{real_date(*node, name, dt.date), dt.time.hour, dt.time.minute};
    return out;
  }

  // A date that exists, in the years meetings are held (a year typed 2200 or 0020 is a typo).
  thuky::text::Date real_date(const toml::node& node, const std::string& key,
                              const toml::date& d) const {
    const thuky::text::Date date{d.year, d.month, d.day};
    if (!date.valid())
      fail(&node, key, "not a real date");
    if (date.year < kEarliestYear || date.year > kLatestYear) {
      fail(&node, key,
           fmt::format("the year {} is not plausible for a meeting (expected {} to {})", date.year,
                       kEarliestYear, kLatestYear));
    }
    return date;
  }

  // Days from `a` to `b` (negative when b is earlier).
  static long days_between(const thuky::text::Date& a, const thuky::text::Date& b) {
    using namespace std::chrono;
    const auto day = [](const thuky::text::Date& d) {
      return sys_days{year{d.year} / month{static_cast<unsigned>(d.month)} /
                      std::chrono::day{static_cast<unsigned>(d.day)}};
    };
    return static_cast<long>((day(b) - day(a)).count());
  }

  // Every key read is marked, so that the rest can be reported as unknown.
  const toml::node* get(const toml::table& t, const char* name) const {
    used_.insert({&t, name});
    return t.get(name);
  }

  void collect_unknown(const toml::table& t, const std::string& prefix,
                       std::vector<std::tuple<int, int, std::string>>& found) const {
    for (const auto& [key, node] : t) {
      const std::string path = prefix + std::string(key.str());
      if (!used_.count({&t, std::string(key.str())})) {
        found.emplace_back(static_cast<int>(key.source().begin.line),
                           static_cast<int>(key.source().begin.column), path);
        continue;
      }
      if (const toml::table* inner = node.as_table()) {
        collect_unknown(*inner, path + ".", found);
      } else if (const toml::array* array = node.as_array()) {
        for (std::size_t i = 0; i < array->size(); ++i) {
          if (const toml::table* item = (*array)[i].as_table())
            collect_unknown(*item, fmt::format("{}[{}].", path, i), found);
        }
      }
    }
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
    const toml::node* node = get(t, name);
    if (!node)
      fail(&t, key, fmt::format("required key '{}' is missing", key));
    return person(*node, key);
  }

  template <class F>
  void each(const toml::table& root, const char* name, F&& visit) const {
    const toml::node* node = get(root, name);
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

  static constexpr int kEarliestYear = 1945;  // the first meetings of the Republic
  static constexpr int kLatestYear = 2100;
  static constexpr long kLongestMeetingDays = 7;  // congresses last a few days, not weeks

  std::string source_;
  thuky::PeopleDirectory& people_;
  mutable std::set<std::pair<const toml::table*, std::string>> used_;
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

Meeting read_meeting_file(const std::filesystem::path& file, thuky::PeopleDirectory& people,
                          thuky::Logger* log) {
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
  MeetingReader reader(source, people);
  Meeting meeting = reader.read(root);
  thuky::doc::require_printable(root, source);  // refused here, not printed as empty boxes
  if (log) {
    for (const auto& warning : reader.unknown_keys(root))
      log->warn(warning);
  }
  return meeting;
}

}  // namespace minutes
