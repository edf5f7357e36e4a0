#include "legacy_details.hpp"

#include <toml++/toml.h>

namespace minutes {
namespace {

std::vector<std::string> strings_of(const toml::node_view<const toml::node>& node) {
  std::vector<std::string> out;
  if (const toml::array* array = node.as_array()) {
    for (const auto& item : *array)
      out.push_back(item.value_or(std::string()));
  }
  return out;
}

}  // namespace

void read_legacy_details(const std::string& toml_text, Meeting& m) {
  const toml::table details = toml::parse(toml_text);
  const auto text = [&](const char* key) { return details[key].value_or(std::string()); };
  m.organiser.name = text("name");
  m.organiser.parent_body = strings_of(details["parent_body"]);
  m.organiser.issuing_body = strings_of(details["issuing_body"]);
  m.organiser.symbol = text("symbol");
  m.organiser.signer_authority = text("signer_authority");
  m.organiser.signer_title = text("signer_title");
  m.organiser.signer_name = text("signer_name");
  m.issued = thuky::text::Date::parse_iso(text("issued"));
  m.invitation_note = text("invitation_note");
  m.invitation_note_for = strings_of(details["invitation_note_for"]);
  const auto number = [&](const char* kind) {
    return details["numbers"][kind].value_or(std::string());
  };
  m.numbers = {number("minutes"), number("invitation"), number("agenda"), number("conclusion")};
}

}  // namespace minutes
