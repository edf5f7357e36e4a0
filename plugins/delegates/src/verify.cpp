#include "verify.hpp"

#include <fmt/format.h>

#include <map>
#include <sstream>

#include "election_store.hpp"
#include "nouns.hpp"
#include "printed_lists.hpp"
#include "printed_rows.hpp"
#include "thuky/error.hpp"
#include "thuky/text/date_time.hpp"

namespace delegates {
namespace {

// "2026-11-30T08:05:00+07:00" → "08:05 30/11/2026"
std::string printed_when(const std::string& iso) {
  if (iso.size() < 16)
    return iso;
  return fmt::format("{} {}/{}/{}", iso.substr(11, 5), iso.substr(8, 2), iso.substr(5, 2),
                     iso.substr(0, 4));
}

std::string what_list(const PrintedList& p, const ElectionDay* day) {
  if (p.kind == "candidates") {
    return fmt::format("official candidate list of {} unit {}, election day {}", p.election_id,
                       p.unit, p.day_id);
  }
  std::string name;
  if (day) {
    for (const auto& a : day->polling_areas)
      name = a.code == p.area ? " (" + a.name + ")" : name;
  }
  return fmt::format("voter list of polling area {}{}, election day {}", p.area, name, p.day_id);
}

// The list as the store would print it now; throws UserError when what it covers is gone.
ListDigest current(thuky::Store& store, const ElectionDay& day, const PrintedList& p) {
  if (p.kind == "candidates") {
    const Election& election = election_of(day, p.election_id);
    const Unit* unit = unit_of(election, p.unit);
    if (!unit)
      throw thuky::UserError(
          fmt::format("unit {} of {} is no longer in the store", p.unit, p.election_id));
    return candidate_list_digest(day, election, *unit, load_candidates(store, election.id, p.unit));
  }
  for (const auto& area : day.polling_areas) {
    if (area.code == p.area)
      return voter_list_digest(store, day, area);
  }
  throw thuky::UserError(
      fmt::format("polling area {} is no longer in the store ({})", p.area, p.day_id));
}

std::vector<std::pair<std::string, std::string>> parse_rows(const std::string& text) {
  std::vector<std::pair<std::string, std::string>> out;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) {
    const auto tab = line.find('\t');
    if (tab != std::string::npos)
      out.emplace_back(line.substr(0, tab), line.substr(tab + 1));
  }
  return out;
}

std::string joined(const std::vector<std::string>& keys) {
  std::string out;
  for (std::size_t i = 0; i < keys.size(); ++i) {
    if (i == 5) {
      out += fmt::format(" and {} more", keys.size() - 5);
      break;
    }
    out += (i ? ", " : "") + keys[i];
  }
  return out;
}

// "the heading; added: number 8; changed: number 2; gone: Nguyễn Văn An"
std::string differences(const PrintedList& was, const ListDigest& now) {
  std::vector<std::string> parts;
  if (was.heading != now.heading_digest())
    parts.push_back("the heading changed");
  const auto before = parse_rows(was.rows);
  std::map<std::string, std::string> old(before.begin(), before.end());
  std::map<std::string, bool> seen;
  std::vector<std::string> added, changed, gone;
  for (const auto& [key, digest] : parse_rows(now.rows_text())) {
    seen[key] = true;
    const auto found = old.find(key);
    if (found == old.end())
      added.push_back(key);
    else if (found->second != digest)
      changed.push_back(key);
  }
  for (const auto& [key, digest] : before) {
    if (!seen.contains(key))
      gone.push_back(key);
  }
  if (!added.empty())
    parts.push_back("added: " + joined(added));
  if (!changed.empty())
    parts.push_back("changed: " + joined(changed));
  if (!gone.empty())
    parts.push_back("no longer on it: " + joined(gone));
  if (parts.empty())
    parts.push_back("the rows' order changed");
  std::string out;
  for (const auto& p : parts)
    out += (out.empty() ? "" : "; ") + p;
  return out;
}

}  // namespace

void verify_code(thuky::PluginContext& ctx, const std::string& typed, std::ostream& out) {
  const std::string code = canonical_code(typed);
  if (code.empty()) {
    throw thuky::UserError(fmt::format(
        "'{}' is not a verification code: 12 letters and digits, like 7KQ2-MX4D-9TBA", typed));
  }
  const auto printed = find_printed(ctx.store(), code);
  if (!printed)
    throw thuky::UserError(fmt::format("no list printed from this store has the code {}", code));
  std::optional<ElectionDay> day;
  try {
    day = ElectionStore(ctx.store()).load(printed->day_id);
  } catch (const thuky::UserError&) {
    day.reset();
  }
  out << fmt::format("{}: {}, {} {}, printed {}", code, what_list(*printed, day ? &*day : nullptr),
                     printed->row_count, noun(printed->row_count, "row", "rows"),
                     printed_when(printed->printed_at));
  if (printed->last_printed_at != printed->printed_at)
    out << fmt::format(" (again {})", printed_when(printed->last_printed_at));
  out << ".\n";
  if (!day) {
    throw thuky::UserError(
        fmt::format("election day {} is no longer in the store", printed->day_id));
  }
  const ListDigest now = current(ctx.store(), *day, *printed);
  if (now.code() == code) {
    out << "The store still holds exactly this list.\n";
    return;
  }
  throw thuky::UserError(fmt::format("the store no longer matches this list (now {}): {}",
                                     now.code(), differences(*printed, now)));
}

}  // namespace delegates
