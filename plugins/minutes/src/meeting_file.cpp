#include "meeting_file.hpp"

#include <fmt/format.h>

#include <chrono>

#include "minutes_messages.hpp"
#include "thuky/text/normalize.hpp"
#include "thuky/toml_input.hpp"

namespace minutes {
namespace {

using thuky::Message;
using thuky::Need;
using thuky::TomlTable;

// A text of several paragraphs (a report's or a speech's summary): each paragraph cleaned as
// any text is, the blank lines between them kept ("\n\n") so that the minutes print them as
// paragraphs, not as one block.
std::string paragraphs(const TomlTable& t, std::string_view name) {
  const std::string whole = t.text(name, Need::kRequired);  // checks and cleans the whole
  const toml::node* node = t.get(name);
  const std::string raw = thuky::text::to_nfc(*node->value<std::string>());
  std::string out;
  std::string current;
  const auto flush = [&] {
    if (const std::string p = thuky::text::clean_text(current); !p.empty())
      out += (out.empty() ? "" : "\n\n") + p;
    current.clear();
  };
  std::size_t start = 0;
  while (start <= raw.size()) {
    const std::size_t end = std::min(raw.find('\n', start), raw.size());
    const std::string_view line = std::string_view(raw).substr(start, end - start);
    if (line.find_first_not_of(" \t\r") == std::string_view::npos)
      flush();
    else
      current += std::string(line) + " ";
    start = end + 1;
  }
  flush();
  return out.empty() ? whole : out;
}

class MeetingReader {
 public:
  MeetingReader(thuky::PeopleDirectory& people, thuky::OrganisationDirectory& organisations)
      : people_(people), organisations_(organisations) {}

  Meeting read(const TomlTable& root) {
    Meeting m;
    m.id = root.identifier("id", "ky-anh-2020-09-15");
    m.kind = root.text("kind");
    if (m.kind.empty())
      m.kind = "cuộc họp";
    m.title = root.text("title", Need::kRequired);
    m.number = root.text("number");  // else the document register gives it
    m.place = root.text("place", Need::kRequired);
    m.place_name = root.text("place_name", Need::kRequired);
    m.starts = datetime(root, "starts");
    m.ends = datetime(root, "ends");
    if (m.ends <= m.starts)
      root.fail("ends", Message(msg::kEndsBeforeStarts));
    // Plausibility: a typo in a year must not reach printed papers.
    if (days_between(m.starts.date, m.ends.date) > kLongestMeetingDays) {
      root.fail("ends",
                Message(msg::kTooLong,
                        {{"days", std::to_string(days_between(m.starts.date, m.ends.date) + 1)},
                         {"from", m.starts.date.dmy()},
                         {"to", m.ends.date.dmy()},
                         {"most", std::to_string(kLongestMeetingDays)}}));
    }
    if (const auto issued = root.date("issued")) {
      m.issued = plausible(root, "issued", *issued);
      if (days_between(m.starts.date, *m.issued) > 0) {
        root.fail("issued", Message(msg::kIssuedAfterStart, {{"issued", m.issued->dmy()},
                                                             {"starts", m.starts.date.dmy()}}));
      }
    }
    m.invitation_note = root.text("invitation_note");
    m.invitation_note_for = root.texts("invitation_note_for");
    if (const auto n = root.table("numbers")) {
      m.numbers = {n->text("minutes"), n->text("invitation"), n->text("agenda"),
                   n->text("conclusion")};
    }
    if (const toml::node* code = root.get("organiser"); code && code->is_string()) {
      m.organiser = organiser(root, root.text("organiser"));
    } else if (const auto o = root.table("organiser")) {
      m.organiser.place = o->text("place");
      m.organiser.name = o->text("name");
      m.organiser.signer_name = o->text("signer_name");
      m.organiser.parent_body = o->texts("parent_body");
      m.organiser.issuing_body = o->texts("issuing_body");
      m.organiser.symbol = o->text("symbol");
      m.organiser.signer_authority = o->text("signer_authority");
      m.organiser.signer_title = o->text("signer_title");
    }
    m.chair = participant(root, "chair");
    m.secretary = participant(root, "secretary");
    root.each("delegations", [&](const TomlTable& t) {
      Delegation d;
      d.name = t.text("name", Need::kRequired);
      if (const toml::node* members = t.get("members")) {
        const toml::array* array = members->as_array();
        if (!array)
          t.fail_at(members, "members", Message(msg::kExpectedPeople));
        for (std::size_t i = 0; i < array->size(); ++i)
          d.members.push_back(person(t, (*array)[i], fmt::format("members[{}]", i)));
      }
      d.groups = t.texts("groups");
      m.delegations.push_back(std::move(d));
    });
    root.each("agenda", [&](const TomlTable& t) {
      m.agenda.push_back({t.text("time"), t.text("title", Need::kRequired), t.text("presenter")});
    });
    root.each("reports", [&](const TomlTable& t) {
      m.reports.push_back({t.text("title", Need::kRequired), participant(t, "presenter"),
                           paragraphs(t, "summary")});
    });
    root.each("speeches", [&](const TomlTable& t) {
      m.speeches.push_back({participant(t, "speaker"), paragraphs(t, "summary")});
    });
    m.conclusions = root.texts("conclusions");
    root.each("tasks", [&](const TomlTable& t) {
      Task task{t.text("owner", Need::kRequired), t.text("task", Need::kRequired), std::nullopt,
                false};
      if (const auto deadline = t.date("deadline")) {
        task.deadline = plausible(t, "deadline", *deadline);
        if (days_between(*task.deadline, m.starts.date) > 0) {
          t.fail("deadline",
                 Message(msg::kDeadlineBeforeMeeting,
                         {{"deadline", task.deadline->dmy()}, {"starts", m.starts.date.dmy()}}));
        }
      }
      m.tasks.push_back(std::move(task));
    });
    m.recipients = root.texts("recipients");
    return m;
  }

 private:
  DateTime datetime(const TomlTable& t, const char* name) const {
    const auto dt = *t.date_time(name, Need::kRequired);
    const thuky::text::Date date{dt.date.year, dt.date.month, dt.date.day};
    return {plausible(t, name, date), dt.time.hour, dt.time.minute};
  }

  // A date in the years meetings are held (a year typed 2200 or 0020 is a typo).
  static thuky::text::Date plausible(const TomlTable& t, const char* name,
                                     const thuky::text::Date& date) {
    if (date.year < kEarliestYear || date.year > kLatestYear) {
      t.fail(name, Message(msg::kImplausibleYear, {{"year", std::to_string(date.year)},
                                                   {"earliest", std::to_string(kEarliestYear)},
                                                   {"latest", std::to_string(kLatestYear)}}));
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

  // The organiser named by its code in the store ('thuky organisations import').
  Organiser organiser(const TomlTable& root, const std::string& code) const {
    const auto found = organisations_.find_by_code(code);
    if (!found) {
      root.fail("organiser", Message(msg::kUnknownOrganisation, {{"code", code}}));
    }
    return {.name = found->name,
            .parent_body = found->parent_body,
            .issuing_body = found->issuing_body,
            .symbol = found->symbol,
            .signer_authority = found->signer_authority,
            .signer_title = found->signer_title,
            .signer_name = found->signer_name,
            .place = found->place};
  }

  // A person: a directory code ("ha-van-hung") or an inline table {name, title, unit}.
  // `name` is the key within `owner` ("chair", or "members[2]" for an array element).
  Participant person(const TomlTable& owner, const toml::node& node,
                     const std::string& name) const {
    if (node.is_string()) {
      const std::string code = owner.text_of(node, name);
      const auto found = people_.find_by_code(code);
      if (!found) {
        owner.fail_at(&node, name, Message(msg::kUnknownPerson, {{"code", code}}));
      }
      return {found->code, found->full_name, found->title, found->unit, "", "", "", false};
    }
    if (!node.is_table()) {
      owner.fail_at(&node, name, Message(msg::kExpectedPerson));
    }
    const TomlTable t = owner.nested(*node.as_table(), name);
    return {"", t.text("name", Need::kRequired), t.text("title"), t.text("unit"), "", "", ""};
  }

  Participant participant(const TomlTable& t, const char* name) const {
    const toml::node* node = t.get(name);
    if (!node)
      t.fail(name, Message(msg::kRequiredPerson, {{"key", t.key(name)}}));
    return person(t, *node, name);
  }

  static constexpr int kEarliestYear = 1945;  // the first meetings of the Republic
  static constexpr int kLatestYear = 2100;
  static constexpr long kLongestMeetingDays = 7;  // congresses last a few days, not weeks

  thuky::PeopleDirectory& people_;
  thuky::OrganisationDirectory& organisations_;
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
                          thuky::OrganisationDirectory& organisations, thuky::Logger* log) {
  const thuky::TomlInput input(file);
  Meeting meeting = MeetingReader(people, organisations).read(input.root());
  if (log)
    input.warn_unknown_keys(*log);
  return meeting;
}

}  // namespace minutes
