#include "opinion_sessions.hpp"

#include <fmt/format.h>

#include <algorithm>

#include "contact_messages.hpp"
#include "localities.hpp"
#include "thuky/table/import.hpp"
#include "thuky/text/names.hpp"

namespace contact {
namespace {

bool names(const LocalityDef& l, const std::string& text) {
  return names_locality(l, text);
}

template <class T>
bool names(const T& item, const std::string& text) {
  const std::string key = thuky::text::search_key(text);
  return item.id == text || thuky::text::search_key(item.name) == key;
}

bool visits(const GroupDef& g, const LocalityDef& l) {
  return std::find(g.localities.begin(), g.localities.end(), l.id) != g.localities.end();
}

}  // namespace

const LocalityDef& OpinionSessions::locality(const std::string& text) const {
  for (const LocalityDef& l : plan_.localities) {
    if (names(l, text))
      return l;
  }
  throw thuky::table::RowMessageProblem(
      "locality", thuky::Message(msg::kNotALocality, {{"text", text}, {"plan", plan_.id}}));
}

const GroupDef& OpinionSessions::group(const LocalityDef& at, const std::string& text) const {
  const GroupDef* found = nullptr;
  int visiting = 0;
  for (const GroupDef& g : plan_.groups) {
    if (text.empty() && visits(g, at)) {
      found = &g;
      ++visiting;
    } else if (!text.empty() && names(g, text)) {
      found = &g;
    }
  }
  if (text.empty() && visiting > 1) {
    throw thuky::table::RowMessageProblem(
        "group", thuky::Message(msg::kSayWhichGroup,
                                {thuky::count_arg("count", visiting), {"locality", at.name}}));
  }
  if (found == nullptr && text.empty()) {
    throw thuky::table::RowMessageProblem(
        "locality",
        thuky::Message(msg::kNoGroupVisits, {{"locality", at.name}, {"plan", plan_.id}}));
  }
  if (found == nullptr) {
    throw thuky::table::RowMessageProblem(
        "group", thuky::Message(msg::kNotAGroup, {{"text", text}, {"plan", plan_.id}}));
  }
  if (!visits(*found, at)) {
    throw thuky::table::RowMessageProblem(
        "group",
        thuky::Message(msg::kGroupDoesNotVisit, {{"group", found->name}, {"locality", at.name}}));
  }
  return *found;
}

}  // namespace contact
