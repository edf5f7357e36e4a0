#include "plan_problem.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <map>

namespace contact {
namespace {

template <class T>
int index_of(const std::vector<T>& items, const std::string& id) {
  for (std::size_t i = 0; i < items.size(); ++i) {
    if (items[i].id == id)
      return static_cast<int>(i);
  }
  return -1;
}

}  // namespace

PlanProblem to_problem(const Plan& plan, std::vector<Visit> visits,
                       const schedule::Weights& weights) {
  PlanProblem out;
  schedule::Problem& p = out.problem;
  p.weights = weights;
  const int first = day_number(plan.from);
  const int count = day_number(plan.to) - first + 1;
  const auto day_of = [&](const Date& d) {
    const int i = day_number(d) - first;
    return i >= 0 && i < count ? i : -1;
  };
  const auto days_of = [&](const std::vector<Date>& dates) {
    std::vector<int> out_days;
    for (const Date& d : dates) {
      if (const int i = day_of(d); i >= 0)
        out_days.push_back(i);
    }
    return out_days;
  };
  for (int i = 0; i < count; ++i) {
    const Date d = from_day_number(first + i);
    p.days.push_back(d.dmy());
    const bool holiday = std::count(plan.holidays.begin(), plan.holidays.end(), d) > 0;
    p.day_closed.push_back(holiday                             ? "public holiday"
                           : !plan.weekends && weekday(d) >= 5 ? "weekend"
                                                               : "");
  }
  for (const SlotDef& s : plan.slots)
    p.slots.push_back({s.name, s.starts, s.ends, s.cost});
  for (const LocalityDef& l : plan.localities)
    p.localities.push_back({l.name, days_of(l.closed), days_of(l.preferred), l.voters});
  for (const VenueDef& v : plan.venues)
    p.venues.push_back({index_of(plan.localities, v.locality), v.name, v.capacity});
  std::map<std::string, int> person;
  for (const GroupDef& g : plan.groups) {
    schedule::Group group{g.name, {}, g.max_per_day};
    for (const Member& m : g.members) {
      auto [at, added] = person.emplace(m.code, static_cast<int>(p.people.size()));
      if (added)
        p.people.push_back({m.name, {}});
      group.members.push_back(at->second);
    }
    p.groups.push_back(std::move(group));
  }
  for (const Absence& a : plan.absences) {
    if (const auto found = person.find(a.person); found != person.end())
      p.people[found->second].absent_days = days_of(a.dates);
  }
  for (const TravelDef& t : plan.travel) {
    p.travel.push_back(
        {index_of(plan.localities, t.from), index_of(plan.localities, t.to), t.minutes});
  }
  for (const Visit& v : visits) {
    schedule::Session s{index_of(plan.groups, v.group), index_of(plan.localities, v.locality),
                        std::nullopt, std::nullopt};
    if (v.date) {
      const schedule::Placement at{day_of(*v.date), index_of(plan.slots, v.slot),
                                   index_of(plan.venues, v.venue)};
      if (v.pinned)
        s.pinned = at;
      else if (at.day >= 0 && at.slot >= 0 && at.venue >= 0)
        s.previous = at;
    }
    p.sessions.push_back(s);
  }
  out.visits = std::move(visits);
  return out;
}

std::vector<Visit> with_placements(const Plan& plan, const PlanProblem& pp,
                                   const schedule::Result& result) {
  std::vector<Visit> out = pp.visits;
  for (std::size_t i = 0; i < out.size(); ++i) {
    const schedule::Placement& at = result.placements[i];
    if (!at.placed())
      continue;
    out[i].date = add_days(plan.from, at.day);
    out[i].slot = plan.slots[at.slot].id;
    out[i].venue = plan.venues[at.venue].id;
  }
  return out;
}

std::string describe_unplaced(const PlanProblem& pp, const schedule::Result& result) {
  std::string out;
  for (const auto& u : result.unplaced) {
    const schedule::Session& s = pp.problem.sessions[u.session];
    out += fmt::format("\n  {} ({}): {}", pp.problem.localities[s.locality].name,
                       pp.problem.groups[s.group].name, u.reason);
  }
  return out;
}

}  // namespace contact
