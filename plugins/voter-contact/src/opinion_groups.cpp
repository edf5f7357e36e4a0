#include "opinion_groups.hpp"

#include <SQLiteCpp/Statement.h>
#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <set>

#include "opinion_similarity.hpp"
#include "opinion_store.hpp"
#include "thuky/error.hpp"

namespace contact {

void OpinionGroups::regroup(double threshold) {
  std::map<std::int64_t, bool> confirmed;
  {
    SQLite::Statement q(store_.db(),
                        "SELECT id, confirmed FROM voter_contact_opinion_groups WHERE plan_id = ?");
    q.bind(1, plan_.id);
    while (q.executeStep())
      confirmed[q.getColumn(0).getInt64()] = q.getColumn(1).getInt() != 0;
  }
  std::vector<std::string> places;
  for (const LocalityDef& l : plan_.localities)
    places.push_back(l.name);
  const OpinionShingler shingler(places);
  std::vector<Opinion> free;
  std::vector<Shingles> shingles;
  for (Opinion& o : OpinionStore(store_).list(plan_.id)) {
    if (o.topic != 0 && confirmed[o.topic])
      continue;
    shingles.push_back(shingler(o.content));
    free.push_back(std::move(o));
  }
  std::set<std::int64_t> used;
  for (const auto& members : group_alike(shingles, threshold)) {
    // The group's number: the lowest one its members had, when not taken by an earlier group.
    std::int64_t number = 0;
    for (const std::size_t i : members) {
      const std::int64_t had = free[i].topic;
      if (had != 0 && used.count(had) == 0 && (number == 0 || had < number))
        number = had;
    }
    if (number == 0)
      number = add_group(false);
    used.insert(number);
    for (const std::size_t i : members) {
      if (free[i].topic != number)
        move(free[i].number, number);
    }
  }
  SQLite::Statement drop(store_.db(),
                         "DELETE FROM voter_contact_opinion_groups WHERE plan_id = ? AND "
                         "confirmed = 0 AND id NOT IN (SELECT opinion_group FROM "
                         "voter_contact_opinions WHERE opinion_group IS NOT NULL)");
  drop.bind(1, plan_.id);
  drop.exec();
}

std::vector<OpinionGroup> OpinionGroups::list() {
  std::map<std::int64_t, OpinionGroup> groups;
  SQLite::Statement q(store_.db(),
                      "SELECT id, confirmed, status, answer_agency, answer, "
                      "coalesce(answered_on, '') FROM voter_contact_opinion_groups WHERE "
                      "plan_id = ?");
  q.bind(1, plan_.id);
  while (q.executeStep()) {
    const std::int64_t id = q.getColumn(0).getInt64();
    groups[id] = {id,
                  q.getColumn(1).getInt() != 0,
                  {},
                  q.getColumn(2).getString(),
                  q.getColumn(3).getString(),
                  q.getColumn(4).getString(),
                  q.getColumn(5).getString()};
  }
  for (Opinion& o : OpinionStore(store_).list(plan_.id)) {
    if (auto at = groups.find(o.topic); at != groups.end())
      at->second.opinions.push_back(std::move(o));
  }
  std::vector<OpinionGroup> out;
  for (auto& [id, g] : groups) {
    if (!g.opinions.empty())
      out.push_back(std::move(g));
  }
  return out;
}

OpinionGroup OpinionGroups::load(std::int64_t group) {
  for (OpinionGroup& g : list()) {
    if (g.number == group)
      return std::move(g);
  }
  throw thuky::UserError(
      fmt::format("no opinion group {} in plan '{}' (see 'thuky contact "
                  "opinions groups {}')",
                  group, plan_.id, plan_.id));
}

void OpinionGroups::confirm(std::int64_t group) {
  load(group);
  SQLite::Statement q(store_.db(),
                      "UPDATE voter_contact_opinion_groups SET confirmed = 1 WHERE id = ?");
  q.bind(1, group);
  q.exec();
}

void OpinionGroups::split(std::int64_t group, const std::vector<std::int64_t>& numbers) {
  const OpinionGroup g = load(group);
  std::set<std::int64_t> out(numbers.begin(), numbers.end());
  for (const std::int64_t n : out) {
    if (std::none_of(g.opinions.begin(), g.opinions.end(),
                     [&](const Opinion& o) { return o.number == n; })) {
      throw thuky::UserError(fmt::format("opinion {} is not in group {}", n, group));
    }
  }
  if (out.empty()) {
    for (const Opinion& o : g.opinions)
      out.insert(o.number);
  }
  // The first opinion that stays keeps the group's number; when all leave, the first leaver.
  bool kept = false;
  for (const Opinion& o : g.opinions) {
    if (out.count(o.number) == 0 || (!kept && out.size() == g.opinions.size())) {
      kept = true;
      continue;
    }
    if (out.count(o.number) != 0)
      move(o.number, add_group(true));
  }
  confirm(group);
}

void OpinionGroups::answer(std::int64_t group, const std::string& status, const std::string& agency,
                           const std::string& text, const std::string& on) {
  load(group);
  SQLite::Statement q(store_.db(),
                      "UPDATE voter_contact_opinion_groups SET confirmed = 1, status = ?, "
                      "answer_agency = ?, answer = ?, answered_on = nullif(?, '') WHERE id = ?");
  q.bind(1, status);
  q.bind(2, agency);
  q.bind(3, text);
  q.bind(4, on);
  q.bind(5, group);
  q.exec();
}

std::int64_t OpinionGroups::add_group(bool confirmed) {
  SQLite::Statement q(
      store_.db(), "INSERT INTO voter_contact_opinion_groups (plan_id, confirmed) VALUES (?, ?)");
  q.bind(1, plan_.id);
  q.bind(2, confirmed ? 1 : 0);
  q.exec();
  return store_.db().getLastInsertRowid();
}

void OpinionGroups::move(std::int64_t opinion, std::int64_t group) {
  SQLite::Statement q(store_.db(),
                      "UPDATE voter_contact_opinions SET opinion_group = ? WHERE id = ?");
  q.bind(1, group);
  q.bind(2, opinion);
  q.exec();
}

}  // namespace contact
