#include "opinion_topics.hpp"

#include <algorithm>

namespace contact {

std::vector<Topic> topics_of(const Plan& plan, const std::vector<OpinionGroup>& groups) {
  std::vector<Topic> out;
  for (const OpinionGroup& g : groups) {
    Topic t;
    t.group = g.number;
    t.source = &g;
    t.content = g.opinions.front().content;
    for (const Opinion& o : g.opinions) {
      for (auto [to, from] :
           {std::pair{&t.field, &o.field}, std::pair{&t.committee, &o.committee},
            std::pair{&t.agency, &o.agency}, std::pair{&t.competence, &o.competence}}) {
        if (to->empty())
          *to = *from;
      }
      t.urgent = t.urgent || o.urgent;
      t.answered_at_sessions += o.answered ? 1 : 0;
      t.numbers.push_back(o.number);
    }
    t.settled_at_sessions = t.answered_at_sessions == g.opinions.size();
    for (const LocalityDef& l : plan.localities) {
      if (std::any_of(g.opinions.begin(), g.opinions.end(),
                      [&](const Opinion& o) { return o.locality == l.id; }))
        t.localities.push_back(l.name);
    }
    out.push_back(std::move(t));
  }
  std::stable_sort(out.begin(), out.end(),
                   [](const Topic& a, const Topic& b) { return a.urgent && !b.urgent; });
  return out;
}

bool awaits_answer(const Topic& topic) {
  return topic.source->status != "answered" && !topic.settled_at_sessions;
}

std::string or_unclassified(const std::string& value) {
  return value.empty() ? "Chưa phân loại" : value;
}

}  // namespace contact
