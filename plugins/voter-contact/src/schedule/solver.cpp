// The scheduler. Why this method: a round has a few thousand sessions at most (3.321 communes
// nationally) and each has a few dozen possible times (days × slots × venues), so a
// constructive greedy that places the most constrained session first, followed by a local
// search that moves one session at a time to its best free time, reaches a good schedule in
// milliseconds where an exact model (bench/contact_exact) takes minutes beyond toy sizes. Every
// step scans sessions, days, slots and venues in index order and breaks ties by the first
// found, so the same input gives the same schedule. A session that finds no free time may
// evict one other session to that session's next best time (one-level repair) before it is
// declared unplaceable, with the reasons.
#include "schedule/solver.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cstdint>
#include <map>
#include <unordered_map>

namespace contact::schedule {
namespace {

int travel_cost(const Weights& w, int minutes) {
  return minutes * w.travel_per_10_minutes / 10;
}

std::string join(const std::vector<std::string>& parts, const char* separator) {
  std::string out;
  for (const auto& part : parts) {
    if (!out.empty())
      out += separator;
    out += part;
  }
  return out;
}

// The fixed facts of a problem in dense form, for the solver, the score and the checks.
class Facts {
 public:
  explicit Facts(const Problem& p)
      : p(p), D(static_cast<int>(p.days.size())), K(static_cast<int>(p.slots.size())) {
    const auto L = p.localities.size();
    closed_.assign(L * D, 0);
    preferred_.assign(L * D, 0);
    has_preference_.assign(L, 0);
    venues_of_.resize(L);
    for (std::size_t l = 0; l < L; ++l) {
      for (int d : p.localities[l].closed_days)
        closed_[l * D + d] = 1;
      for (int d : p.localities[l].preferred_days) {
        preferred_[l * D + d] = 1;
        has_preference_[l] = 1;
      }
    }
    for (std::size_t v = 0; v < p.venues.size(); ++v)
      venues_of_[p.venues[v].locality].push_back(static_cast<int>(v));
    absent_.assign(p.people.size() * D, 0);
    for (std::size_t i = 0; i < p.people.size(); ++i) {
      for (int d : p.people[i].absent_days)
        absent_[i * D + d] = 1;
    }
    for (const auto& t : p.travel) {
      travel_[key(t.from, t.to)] = t.minutes;
      travel_[key(t.to, t.from)] = t.minutes;
    }
  }

  // Why `s` cannot be held on day `d` whatever the venue; "" when it can.
  std::string day_reason(int s, int d) const {
    if (!p.day_closed[d].empty())
      return p.day_closed[d];
    const Session& session = p.sessions[s];
    if (closed_[session.locality * D + d])
      return "the locality cannot host";
    for (int m : p.groups[session.group].members) {
      if (absent_[m * D + d])
        return fmt::format("delegate {} cannot attend", p.people[m].name);
    }
    return {};
  }
  bool venue_fits(int s, int v) const {
    const Venue& venue = p.venues[v];
    const int attendance = p.localities[p.sessions[s].locality].attendance;
    return venue.locality == p.sessions[s].locality &&
           (venue.capacity == 0 || venue.capacity >= attendance);
  }
  // Why `s` cannot be at `o` before any other session is placed; "" when it can.
  std::string static_reason(int s, const Placement& o) const {
    if (o.day < 0 || o.day >= D || o.slot < 0 || o.slot >= K || o.venue < 0 ||
        o.venue >= static_cast<int>(p.venues.size()))
      return "no such day, slot or venue";
    std::string why = day_reason(s, o.day);
    if (!why.empty())
      return why;
    if (p.venues[o.venue].locality != p.sessions[s].locality)
      return fmt::format("{} is not in the locality", p.venues[o.venue].name);
    if (!venue_fits(s, o.venue))
      return fmt::format("{} holds {} people, fewer than the {} expected", p.venues[o.venue].name,
                         p.venues[o.venue].capacity,
                         p.localities[p.sessions[s].locality].attendance);
    return {};
  }

  int travel(int a, int b) const {
    if (a == b)
      return 0;
    const auto found = travel_.find(key(a, b));
    return found == travel_.end() ? 0 : found->second;
  }
  // Minutes between the end of one slot and the start of the other.
  int gap(int k1, int k2) const {
    return k1 < k2 ? p.slots[k2].starts - p.slots[k1].ends : p.slots[k1].starts - p.slots[k2].ends;
  }
  bool preferred(int l, int d) const { return !has_preference_[l] || preferred_[l * D + d]; }
  const std::vector<int>& venues_of(int l) const { return venues_of_[l]; }

  // The cost a session carries alone at `o`.
  long long own_cost(int s, const Placement& o, Score* parts = nullptr) const {
    const Session& session = p.sessions[s];
    long long pref = preferred(session.locality, o.day) ? 0 : p.weights.not_preferred;
    long long slot = p.slots[o.slot].cost;
    const bool moved = session.previous && *session.previous != o;
    long long move = moved ? p.weights.moved : 0;
    if (parts) {
      parts->not_preferred += pref;
      parts->slots += slot;
      parts->moved += move;
      parts->moved_sessions += moved ? 1 : 0;
    }
    return pref + slot + move;
  }

  const Problem& p;
  const int D, K;

 private:
  static std::uint64_t key(int a, int b) {
    return (static_cast<std::uint64_t>(a) << 32) | static_cast<std::uint32_t>(b);
  }
  std::vector<char> closed_, preferred_, has_preference_, absent_;
  std::vector<std::vector<int>> venues_of_;
  std::unordered_map<std::uint64_t, int> travel_;
};

// The cost of a group's day (load and travel) given its sessions that day.
long long group_day_cost(const Facts& f, const std::vector<int>& sessions, Score* parts = nullptr) {
  const auto n = static_cast<long long>(sessions.size());
  const long long load = f.p.weights.load * n * n;
  long long travel = 0;
  for (std::size_t i = 0; i < sessions.size(); ++i) {
    for (std::size_t j = i + 1; j < sessions.size(); ++j) {
      travel += travel_cost(f.p.weights, f.travel(f.p.sessions[sessions[i]].locality,
                                                  f.p.sessions[sessions[j]].locality));
    }
  }
  if (parts) {
    parts->load += load;
    parts->travel += travel;
  }
  return load + travel;
}

std::vector<Placement> placements_for(const Facts& f, int s) {
  std::vector<Placement> out;
  for (int d = 0; d < f.D; ++d) {
    if (!f.day_reason(s, d).empty())
      continue;
    for (int v : f.venues_of(f.p.sessions[s].locality)) {
      if (!f.venue_fits(s, v))
        continue;
      for (int k = 0; k < f.K; ++k)
        out.push_back({d, k, v});
    }
  }
  return out;
}

// What stops a session from taking a placement.
struct Block {
  enum Kind { kVenue, kPerson, kGroupLimit, kTravel } kind;
  int other = -1;   // the session in the way
  int person = -1;  // for kPerson and kTravel
  int minutes = 0;  // for kTravel
};

class State {
 public:
  explicit State(const Facts& f)
      : f_(f),
        p_(f.p),
        at_(p_.sessions.size()),
        venue_busy_(p_.venues.size() * f.D * f.K, -1),
        person_busy_(p_.people.size() * f.D * f.K, -1),
        group_day_(p_.groups.size() * f.D) {}

  const Placement& at(int s) const { return at_[s]; }
  const std::vector<Placement>& placements() const { return at_; }

  // True when `s` may take `o` now (its static feasibility is the caller's); with `blocks`, lists
  // everything in the way instead of stopping at the first.
  bool free(int s, const Placement& o, std::vector<Block>* blocks = nullptr) const {
    bool ok = true;
    const auto blocked = [&](Block b) {
      ok = false;
      if (blocks)
        blocks->push_back(b);
      return blocks == nullptr;  // stop at the first unless listing
    };
    const int other_at_venue = venue_busy_[cell(o.venue, o.day, o.slot)];
    if (other_at_venue >= 0 && other_at_venue != s && blocked({Block::kVenue, other_at_venue}))
      return false;
    const Session& session = p_.sessions[s];
    const auto& today = group_day_[session.group * f_.D + o.day];
    int others_today = 0;
    for (int other : today) {
      if (other == s)
        continue;
      ++others_today;
      if (at_[other].slot == o.slot && blocked({Block::kPerson, other}))
        return false;
    }
    if (others_today >= p_.groups[session.group].max_per_day) {
      for (int other : today) {
        if (other != s && blocked({Block::kGroupLimit, other}))
          return false;
      }
    }
    for (int m : p_.groups[session.group].members) {
      for (int k = 0; k < f_.K; ++k) {
        const int other = person_busy_[cell(m, o.day, k)];
        if (other < 0 || other == s || p_.sessions[other].group == session.group)
          continue;  // the group's own sessions were checked above
        if (k == o.slot) {
          if (blocked({Block::kPerson, other, m}))
            return false;
          continue;
        }
        const int minutes = f_.travel(session.locality, p_.sessions[other].locality);
        if (minutes > f_.gap(o.slot, k) && blocked({Block::kTravel, other, m, minutes}))
          return false;
      }
    }
    // Travel between the group's own sessions that day.
    for (int other : today) {
      if (other == s || at_[other].slot == o.slot)
        continue;
      const int minutes = f_.travel(session.locality, p_.sessions[other].locality);
      if (minutes > f_.gap(o.slot, at_[other].slot) &&
          blocked({Block::kTravel, other, -1, minutes}))
        return false;
    }
    return ok;
  }

  void place(int s, const Placement& o) {
    at_[s] = o;
    venue_busy_[cell(o.venue, o.day, o.slot)] = s;
    const Session& session = p_.sessions[s];
    for (int m : p_.groups[session.group].members)
      person_busy_[cell(m, o.day, o.slot)] = s;
    group_day_[session.group * f_.D + o.day].push_back(s);
  }

  void remove(int s) {
    const Placement o = at_[s];
    if (!o.placed())
      return;
    const Session& session = p_.sessions[s];
    if (venue_busy_[cell(o.venue, o.day, o.slot)] == s)
      venue_busy_[cell(o.venue, o.day, o.slot)] = -1;
    for (int m : p_.groups[session.group].members) {
      if (person_busy_[cell(m, o.day, o.slot)] == s)
        person_busy_[cell(m, o.day, o.slot)] = -1;
    }
    auto& today = group_day_[session.group * f_.D + o.day];
    today.erase(std::find(today.begin(), today.end(), s));
    at_[s] = {};
  }

  // How much the total cost changes when the unplaced `s` is put at `o`.
  long long insert_delta(int s, const Placement& o) {
    const int g = p_.sessions[s].group;
    const long long before = local_cost(g, o.day);
    auto& today = group_day_[g * f_.D + o.day];
    today.push_back(s);
    const long long after = local_cost(g, o.day);
    today.pop_back();
    return after - before + f_.own_cost(s, o);
  }

 private:
  std::size_t cell(int who, int d, int k) const {
    return (static_cast<std::size_t>(who) * f_.D + d) * f_.K + k;
  }
  bool long_day(int g, int d) const {
    return d >= 0 && d < f_.D && group_day_[g * f_.D + d].size() >= 2;
  }
  // The costs that depend on group g's day d: its load and travel, and the long-day pairs it
  // is part of.
  long long local_cost(int g, int d) const {
    long long cost = group_day_cost(f_, group_day_[g * f_.D + d]);
    if (long_day(g, d)) {
      cost += long_day(g, d - 1) ? p_.weights.consecutive : 0;
      cost += long_day(g, d + 1) ? p_.weights.consecutive : 0;
    }
    return cost;
  }

  const Facts& f_;
  const Problem& p_;
  std::vector<Placement> at_;
  std::vector<int> venue_busy_, person_busy_;
  std::vector<std::vector<int>> group_day_;
};

class Solver {
 public:
  Solver(const Problem& p, const SolveOptions& options)
      : f_(p), p_(p), options_(options), state_(f_), domain_(p.sessions.size()) {
    for (std::size_t s = 0; s < p.sessions.size(); ++s)
      build_domain(static_cast<int>(s));
  }

  Result run() {
    std::vector<int> order;
    for (std::size_t s = 0; s < p_.sessions.size(); ++s) {
      if (p_.sessions[s].pinned)
        place_pinned(static_cast<int>(s));
      else
        order.push_back(static_cast<int>(s));
    }
    sort_most_constrained_first(order);
    // Re-planning: every session that can keep its stored place keeps it first.
    for (int s : order) {
      const auto& previous = p_.sessions[s].previous;
      if (previous && f_.static_reason(s, *previous).empty() && state_.free(s, *previous))
        state_.place(s, *previous);
    }
    for (int s : order) {
      if (!state_.at(s).placed() && !place_best(s) && !repair(s))
        waiting_.push_back(s);
    }
    improve();
    Result result;
    result.placements = state_.placements();
    for (int s : waiting_)
      result.unplaced.push_back({s, explain(s)});
    result.score = score(p_, result.placements);
    return result;
  }

 private:
  void build_domain(int s) { domain_[s] = placements_for(f_, s); }

  void place_pinned(int s) {
    const Placement& pin = *p_.sessions[s].pinned;
    std::string why = f_.static_reason(s, pin);
    std::vector<Block> blocks;
    if (why.empty() && !state_.free(s, pin, &blocks))
      why = describe(s, blocks.front());
    if (why.empty()) {
      state_.place(s, pin);
      return;
    }
    waiting_.push_back(s);
    const bool known = pin.day >= 0 && pin.day < f_.D && pin.slot >= 0 && pin.slot < f_.K;
    pin_reason_[s] = known ? fmt::format("pinned to {} {}, but {}", p_.days[pin.day],
                                         p_.slots[pin.slot].name, why)
                           : fmt::format("pinned, but {}", why);
  }

  // Fewest possible times first; among equals, the busiest delegates first; then file order.
  void sort_most_constrained_first(std::vector<int>& order) const {
    std::vector<int> person_load(p_.people.size(), 0);
    for (const auto& session : p_.sessions) {
      for (int m : p_.groups[session.group].members)
        ++person_load[m];
    }
    std::vector<int> busiest(p_.sessions.size(), 0);
    for (std::size_t s = 0; s < p_.sessions.size(); ++s) {
      for (int m : p_.groups[p_.sessions[s].group].members)
        busiest[s] = std::max(busiest[s], person_load[m]);
    }
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
      if (domain_[a].size() != domain_[b].size())
        return domain_[a].size() < domain_[b].size();
      return busiest[a] > busiest[b];
    });
  }

  // The free placement of least cost, or nothing.
  std::optional<Placement> best_free(int s) {
    std::optional<Placement> best;
    long long best_cost = 0;
    for (const Placement& o : domain_[s]) {
      if (!state_.free(s, o))
        continue;
      const long long cost = state_.insert_delta(s, o);
      if (!best || cost < best_cost) {
        best = o;
        best_cost = cost;
      }
    }
    return best;
  }

  bool place_best(int s) {
    const auto best = best_free(s);
    if (best)
      state_.place(s, *best);
    return best.has_value();
  }

  // Takes a time held by exactly one movable session, which moves to its best other free time.
  bool repair(int s) {
    std::vector<Block> blocks;
    for (const Placement& o : domain_[s]) {
      blocks.clear();
      state_.free(s, o, &blocks);
      int other = blocks.empty() ? -1 : blocks.front().other;
      for (const Block& b : blocks) {
        if (b.other != other)
          other = -1;
      }
      if (other < 0 || p_.sessions[other].pinned)
        continue;
      const Placement old = state_.at(other);
      state_.remove(other);
      if (state_.free(s, o)) {
        state_.place(s, o);
        if (place_best(other))
          return true;
        state_.remove(s);
      }
      state_.place(other, old);
    }
    return false;
  }

  // Moves one session at a time to its cheapest free time while anything improves; sessions
  // still waiting get another chance after each pass.
  void improve() {
    for (int pass = 0; pass < options_.max_passes; ++pass) {
      bool improved = false;
      for (std::size_t i = 0; i < p_.sessions.size(); ++i) {
        const int s = static_cast<int>(i);
        const Placement current = state_.at(s);
        if (p_.sessions[s].pinned || !current.placed())
          continue;
        state_.remove(s);
        const long long stay = state_.insert_delta(s, current);
        const auto best = best_free(s);
        if (best && *best != current && state_.insert_delta(s, *best) < stay) {
          state_.place(s, *best);
          improved = true;
        } else {
          state_.place(s, current);
        }
      }
      improved = eject_pass() || improved;
      std::vector<int> still;
      for (int s : waiting_) {
        if (p_.sessions[s].pinned || (!place_best(s) && !repair(s)))
          still.push_back(s);
        else
          improved = true;
      }
      waiting_ = std::move(still);
      if (!improved)
        break;
    }
  }

  // Moves a session to a time held by one other session, which goes to its own best free time
  // (its old place included), when the two together cost less: what single moves cannot reach.
  bool eject_pass() {
    bool improved = false;
    std::vector<Block> blocks;
    for (std::size_t i = 0; i < p_.sessions.size(); ++i) {
      const int s = static_cast<int>(i);
      const Placement from = state_.at(s);
      if (p_.sessions[s].pinned || !from.placed())
        continue;
      for (const Placement& o : domain_[s]) {
        if (o == from)
          continue;
        blocks.clear();
        state_.remove(s);
        const long long stay_s = state_.insert_delta(s, from);
        state_.free(s, o, &blocks);
        int t = blocks.empty() ? -1 : blocks.front().other;
        for (const Block& b : blocks)
          t = b.other == t ? t : -1;
        if (t < 0 || p_.sessions[t].pinned) {
          state_.place(s, from);
          continue;
        }
        const Placement t_from = state_.at(t);
        state_.remove(t);
        const long long stay_t = state_.insert_delta(t, t_from);
        if (!state_.free(s, o)) {
          state_.place(t, t_from);
          state_.place(s, from);
          continue;
        }
        const long long moved_s = state_.insert_delta(s, o);
        state_.place(s, o);
        const auto t_to = best_free(t);
        if (t_to && moved_s + state_.insert_delta(t, *t_to) < stay_s + stay_t) {
          state_.place(t, *t_to);
          improved = true;
          break;  // `from` is stale now: next session
        }
        state_.remove(s);
        state_.place(t, t_from);
        state_.place(s, from);
      }
    }
    return improved;
  }

  std::string describe(int s, const Block& b) const {
    const Session& other = p_.sessions[b.other];
    const std::string& other_group = p_.groups[other.group].name;
    switch (b.kind) {
      case Block::kVenue:
        return fmt::format("the venue is taken by {}", other_group);
      case Block::kPerson:
        if (b.person < 0)
          return fmt::format("{} is at {} then", other_group, p_.localities[other.locality].name);
        return fmt::format("delegate {} is with {} then", p_.people[b.person].name, other_group);
      case Block::kGroupLimit:
        return fmt::format("{} already has {} sessions that day",
                           p_.groups[p_.sessions[s].group].name,
                           p_.groups[p_.sessions[s].group].max_per_day);
      case Block::kTravel:
        return fmt::format("{} minutes of travel from {} do not fit", b.minutes,
                           p_.localities[other.locality].name);
    }
    return {};
  }

  // Why `s` has no place: the days every hard rule excludes, or what holds each possible time.
  std::string explain(int s) const {
    if (const auto pinned = pin_reason_.find(s); pinned != pin_reason_.end())
      return pinned->second;
    const Session& session = p_.sessions[s];
    if (f_.venues_of(session.locality).empty())
      return "no venue is listed for the locality";
    if (domain_[s].empty()) {
      std::vector<std::pair<std::string, std::vector<std::string>>> by_reason;
      for (int d = 0; d < f_.D; ++d) {
        std::string why = f_.day_reason(s, d);
        if (why.empty()) {
          why = fmt::format("no venue holds the {} voters expected",
                            p_.localities[session.locality].attendance);
        }
        auto found = std::find_if(by_reason.begin(), by_reason.end(),
                                  [&](const auto& r) { return r.first == why; });
        if (found == by_reason.end())
          by_reason.push_back({why, {p_.days[d]}});
        else
          found->second.push_back(p_.days[d]);
      }
      std::vector<std::string> parts;
      for (const auto& [why, days] : by_reason)
        parts.push_back(fmt::format("{} ({})", why, join(days, ", ")));
      return "no possible day: " + join(parts, "; ");
    }
    std::map<std::string, int> count;
    std::vector<std::string> order;  // first seen first
    std::vector<Block> blocks;
    for (const Placement& o : domain_[s]) {
      blocks.clear();
      state_.free(s, o, &blocks);
      std::vector<std::string> seen;
      for (const Block& b : blocks) {
        std::string why = describe(s, b);
        if (std::find(seen.begin(), seen.end(), why) != seen.end())
          continue;
        seen.push_back(why);
        if (count[why]++ == 0)
          order.push_back(why);
      }
    }
    std::stable_sort(order.begin(), order.end(),
                     [&](const auto& a, const auto& b) { return count.at(a) > count.at(b); });
    std::vector<std::string> parts;
    for (std::size_t i = 0; i < order.size() && i < 4; ++i)
      parts.push_back(fmt::format("{} ({}×)", order[i], count.at(order[i])));
    if (order.size() > 4)
      parts.push_back(fmt::format("{} other reasons", order.size() - 4));
    return fmt::format("all {} possible times are taken: {}", domain_[s].size(), join(parts, "; "));
  }

  Facts f_;
  const Problem& p_;
  SolveOptions options_;
  State state_;
  std::vector<std::vector<Placement>> domain_;
  std::vector<int> waiting_;  // sessions without a place yet
  std::map<int, std::string> pin_reason_;
};

}  // namespace

Result solve(const Problem& problem, const SolveOptions& options) {
  return Solver(problem, options).run();
}

std::vector<Placement> possible_placements(const Problem& problem, int s) {
  return placements_for(Facts(problem), s);
}

Score score(const Problem& problem, const std::vector<Placement>& placements) {
  const Facts f(problem);
  Score out;
  std::vector<std::vector<int>> group_day(problem.groups.size() * f.D);
  for (std::size_t s = 0; s < placements.size(); ++s) {
    if (!placements[s].placed())
      continue;
    f.own_cost(static_cast<int>(s), placements[s], &out);
    group_day[problem.sessions[s].group * f.D + placements[s].day].push_back(static_cast<int>(s));
  }
  for (std::size_t g = 0; g < problem.groups.size(); ++g) {
    for (int d = 0; d < f.D; ++d) {
      group_day_cost(f, group_day[g * f.D + d], &out);
      if (d + 1 < f.D && group_day[g * f.D + d].size() >= 2 &&
          group_day[g * f.D + d + 1].size() >= 2)
        out.consecutive += problem.weights.consecutive;
    }
  }
  out.total = out.not_preferred + out.slots + out.load + out.consecutive + out.travel + out.moved;
  return out;
}

std::vector<std::string> violations(const Problem& problem,
                                    const std::vector<Placement>& placements) {
  const Facts f(problem);
  std::vector<std::string> out;
  const auto name = [&](std::size_t s) {
    return fmt::format("{} at {}", problem.groups[problem.sessions[s].group].name,
                       problem.localities[problem.sessions[s].locality].name);
  };
  for (std::size_t s = 0; s < placements.size(); ++s) {
    const Placement& a = placements[s];
    if (!a.placed())
      continue;
    if (const std::string why = f.static_reason(static_cast<int>(s), a); !why.empty())
      out.push_back(fmt::format("{}: {}", name(s), why));
    int same_day = 1;
    for (std::size_t t = 0; t < placements.size(); ++t) {
      const Placement& b = placements[t];
      if (t == s || !b.placed() || b.day != a.day)
        continue;
      const Session& x = problem.sessions[s];
      const Session& y = problem.sessions[t];
      if (x.group == y.group)
        ++same_day;
      if (t < s)
        continue;
      if (b.slot == a.slot && b.venue == a.venue)
        out.push_back(fmt::format("{} and {} share the venue", name(s), name(t)));
      bool shared = x.group == y.group;
      for (int m : problem.groups[x.group].members) {
        const auto& other = problem.groups[y.group].members;
        shared = shared || std::find(other.begin(), other.end(), m) != other.end();
      }
      if (!shared)
        continue;
      if (b.slot == a.slot)
        out.push_back(fmt::format("{} and {} at the same time", name(s), name(t)));
      else if (f.travel(x.locality, y.locality) > f.gap(a.slot, b.slot))
        out.push_back(fmt::format("{} and {}: no time to travel", name(s), name(t)));
    }
    if (same_day > problem.groups[problem.sessions[s].group].max_per_day)
      out.push_back(fmt::format("{}: more than {} sessions that day", name(s),
                                problem.groups[problem.sessions[s].group].max_per_day));
  }
  return out;
}

}  // namespace contact::schedule
