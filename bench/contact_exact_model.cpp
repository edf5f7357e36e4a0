#include "contact_exact_model.hpp"

#include <fmt/format.h>

#include <chrono>
#include <cstdlib>
#include <fstream>
#include <map>
#include <regex>
#include <sstream>
#include <string>
#include <vector>

#include "schedule/solver.hpp"

namespace contact::bench {
namespace {

using schedule::Placement;
using schedule::Problem;

std::string x(int s, const Placement& o) {
  return fmt::format("x_{}_{}_{}_{}", s, o.day, o.slot, o.venue);
}

int travel(const Problem& p, int a, int b) {
  for (const auto& t : p.travel) {
    if ((t.from == a && t.to == b) || (t.from == b && t.to == a))
      return t.minutes;
  }
  return 0;
}

int gap(const Problem& p, int k1, int k2) {
  return k1 < k2 ? p.slots[k2].starts - p.slots[k1].ends : p.slots[k1].starts - p.slots[k2].ends;
}

bool share_someone(const Problem& p, int s, int t) {
  const auto& a = p.groups[p.sessions[s].group].members;
  const auto& b = p.groups[p.sessions[t].group].members;
  if (p.sessions[s].group == p.sessions[t].group)
    return true;
  for (int m : a) {
    for (int n : b) {
      if (m == n)
        return true;
    }
  }
  return false;
}

// A sum of terms written a few to a line (LP lines should stay short).
class Sum {
 public:
  void add(const std::string& term, long long coefficient = 1) {
    if (coefficient == 0)
      return;
    out_ << (coefficient < 0 ? " - " : (count_ ? " + " : " "));
    if (std::llabs(coefficient) != 1)
      out_ << std::llabs(coefficient) << ' ';
    out_ << term;
    if (++count_ % 8 == 0)
      out_ << "\n ";
  }
  std::string str() const { return out_.str(); }
  bool empty() const { return count_ == 0; }

 private:
  std::ostringstream out_;
  int count_ = 0;
};

}  // namespace

void write_lp(const Problem& p, const std::filesystem::path& file) {
  const int S = static_cast<int>(p.sessions.size());
  const int D = static_cast<int>(p.days.size());
  const int K = static_cast<int>(p.slots.size());
  const auto& w = p.weights;
  std::vector<std::vector<Placement>> domain(S);
  for (int s = 0; s < S; ++s)
    domain[s] = schedule::possible_placements(p, s);
  // X(s, d): the sessions's placements on day d.
  const auto on_day = [&](int s, int d, Sum& sum, long long c) {
    for (const auto& o : domain[s]) {
      if (o.day == d)
        sum.add(x(s, o), c);
    }
  };

  Sum objective;
  std::vector<std::string> constraints, binaries, bounds;
  for (int s = 0; s < S; ++s) {
    const auto& loc = p.localities[p.sessions[s].locality];
    Sum one;
    for (const auto& o : domain[s]) {
      const bool preferred = loc.preferred_days.empty() ||
                             std::find(loc.preferred_days.begin(), loc.preferred_days.end(),
                                       o.day) != loc.preferred_days.end();
      objective.add(x(s, o), (preferred ? 0 : w.not_preferred) + p.slots[o.slot].cost);
      one.add(x(s, o));
      binaries.push_back(x(s, o));
    }
    constraints.push_back(fmt::format("one_{}:{} = 1", s, one.str()));
  }
  // A venue holds one session at a time.
  std::map<std::tuple<int, int, int>, Sum> venue;
  for (int s = 0; s < S; ++s) {
    for (const auto& o : domain[s])
      venue[{o.venue, o.day, o.slot}].add(x(s, o));
  }
  int n = 0;
  for (auto& [key, sum] : venue)
    constraints.push_back(fmt::format("venue_{}:{} <= 1", n++, sum.str()));
  // Two sessions that share someone: never at once, and only with time to travel.
  n = 0;
  for (int s = 0; s < S; ++s) {
    for (int t = s + 1; t < S; ++t) {
      if (!share_someone(p, s, t))
        continue;
      const int minutes = travel(p, p.sessions[s].locality, p.sessions[t].locality);
      for (int d = 0; d < D; ++d) {
        for (int k1 = 0; k1 < K; ++k1) {
          for (int k2 = 0; k2 < K; ++k2) {
            if (k1 != k2 && minutes <= gap(p, k1, k2))
              continue;
            Sum pair;
            for (const auto& o : domain[s]) {
              if (o.day == d && o.slot == k1)
                pair.add(x(s, o));
            }
            const bool any = !pair.empty();
            for (const auto& o : domain[t]) {
              if (o.day == d && o.slot == k2)
                pair.add(x(t, o));
            }
            if (any && pair.str().find(fmt::format("x_{}_", t)) != std::string::npos)
              constraints.push_back(fmt::format("apart_{}:{} <= 1", n++, pair.str()));
          }
        }
      }
    }
  }
  // A group's day: n sessions (at most its limit) cost load·n² through ordered binaries z_j
  // (the j-th session of the day costs load·(2j − 1)); a long day is z_2; a long day after a
  // long day costs `consecutive`; travel between two sessions of one day.
  for (std::size_t g = 0; g < p.groups.size(); ++g) {
    const int max = p.groups[g].max_per_day;
    std::vector<int> sessions;
    for (int s = 0; s < S; ++s) {
      if (p.sessions[s].group == static_cast<int>(g))
        sessions.push_back(s);
    }
    for (int d = 0; d < D; ++d) {
      Sum count;
      for (int s : sessions)
        on_day(s, d, count, 1);
      for (int j = 1; j <= max; ++j) {
        const std::string z = fmt::format("z_{}_{}_{}", g, d, j);
        count.add(z, -1);
        objective.add(z, static_cast<long long>(w.load) * (2 * j - 1));
        binaries.push_back(z);
        if (j > 1)
          constraints.push_back(
              fmt::format("order_{}_{}_{}: z_{}_{}_{} - {} >= 0", g, d, j, g, d, j - 1, z));
      }
      constraints.push_back(fmt::format("count_{}_{}:{} = 0", g, d, count.str()));
      if (max >= 2 && d + 1 < D) {
        const std::string c = fmt::format("c_{}_{}", g, d);
        objective.add(c, w.consecutive);
        bounds.push_back(c + " >= 0");
        constraints.push_back(
            fmt::format("long_{}_{}: {} - z_{}_{}_2 - z_{}_{}_2 >= -1", g, d, c, g, d, g, d + 1));
      }
      for (std::size_t a = 0; a < sessions.size(); ++a) {
        for (std::size_t b = a + 1; b < sessions.size(); ++b) {
          const int cost =
              travel(p, p.sessions[sessions[a]].locality, p.sessions[sessions[b]].locality) *
              w.travel_per_10_minutes / 10;
          if (cost == 0)
            continue;
          const std::string y = fmt::format("y_{}_{}_{}", sessions[a], sessions[b], d);
          objective.add(y, cost);
          bounds.push_back(y + " >= 0");
          Sum both;
          both.add(y);
          on_day(sessions[a], d, both, -1);
          on_day(sessions[b], d, both, -1);
          constraints.push_back(fmt::format("travel_{}:{} >= -1", y, both.str()));
        }
      }
    }
  }
  std::ofstream out(file);
  out << "\\ voter-contact round: exact model\nMinimize\n obj:" << objective.str()
      << "\nSubject To\n";
  for (const auto& c : constraints)
    out << ' ' << c << '\n';
  out << "Bounds\n";
  for (const auto& b : bounds)
    out << ' ' << b << '\n';
  out << "Binary\n";
  for (const auto& b : binaries)
    out << ' ' << b << '\n';
  out << "End\n";
}

std::optional<Optimum> solve_with_glpsol(const std::filesystem::path& lp, int time_limit_s) {
  const auto solution = lp.string() + ".sol";
  const auto log = lp.string() + ".log";
  const auto start = std::chrono::steady_clock::now();
  const std::string command = fmt::format("glpsol --lp '{}' --tmlim {} -o '{}' > '{}' 2>&1",
                                          lp.string(), time_limit_s, solution, log);
  if (std::system(command.c_str()) != 0)
    return std::nullopt;
  Optimum out;
  out.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  std::ifstream in(solution);
  std::string line, status;
  while (std::getline(in, line)) {
    std::smatch m;
    if (std::regex_search(line, m, std::regex(R"(Status:\s+(.*))")))
      status = m[1].str();
    if (std::regex_search(line, m, std::regex(R"(Objective:\s+obj = (-?[0-9.e+]+))")))
      out.objective = std::llround(std::stod(m[1].str()));
  }
  if (status.empty())
    return std::nullopt;
  // INTEGER OPTIMAL, INTEGER NON-OPTIMAL (time limit), INTEGER EMPTY (no solution), UNDEFINED.
  out.feasible = status.find("OPTIMAL") != std::string::npos;
  out.proven = status == "INTEGER OPTIMAL" || status == "INTEGER EMPTY";
  return out;
}

}  // namespace contact::bench
