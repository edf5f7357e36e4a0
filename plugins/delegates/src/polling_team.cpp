#include "polling_team.hpp"

#include <fmt/format.h>

#include <set>

#include "thuky/text/lines.hpp"

namespace delegates {

namespace {

const char* const kSalutations[] = {"Ông ", "Bà "};

std::string without_salutation(const std::string& name) {
  for (const char* s : kSalutations) {
    if (name.starts_with(s))
      return name.substr(std::string(s).size());
  }
  return name;
}

// The form prints "Ông"/"Bà" before each name; a team member need not be in the people
// directory, so the file says which.
void check_salutation(const thuky::TomlTable& team, const toml::node* node, const std::string& key,
                      const std::string& name) {
  if (without_salutation(name) == name || without_salutation(name).empty()) {
    team.fail_at(node, key,
                 fmt::format("write 'Ông' or 'Bà' before the name, as the minutes print it "
                             "(e.g. 'Ông {}')",
                             name.empty() ? "Nguyễn Văn Hùng" : name));
  }
}

}  // namespace

std::vector<TeamMember> read_polling_team(const thuky::TomlTable& area) {
  const auto team = area.table("team");
  if (!team)
    return {};
  std::vector<TeamMember> out;
  std::set<std::string> seen;
  const auto add = [&](const toml::node* node, const std::string& key, const std::string& role,
                       const std::string& name) {
    check_salutation(*team, node, key, name);
    if (!seen.insert(without_salutation(name)).second)
      team->fail_at(node, key, fmt::format("{} is in the team twice", without_salutation(name)));
    out.push_back({role, name});
  };
  const std::pair<const char*, const char*> roles[] = {
      {"leader", "Tổ trưởng"}, {"deputy", "Tổ phó"}, {"secretary", "Thư ký"}};
  for (const auto& [key, role] : roles) {
    const auto need =
        std::string(key) == "deputy" ? thuky::Need::kOptional : thuky::Need::kRequired;
    const std::string name = team->text(key, need);
    if (!name.empty())
      add(team->get(key), key, role, name);
  }
  for (const auto& member : team->texts_at("members"))
    add(member.node, "members", "Ủy viên", member.value);
  return out;
}

std::string signer(const std::vector<TeamMember>& team, const std::string& role) {
  for (const auto& m : team) {
    if (m.role == role)
      return without_salutation(m.name);
  }
  return "";
}

std::vector<std::string> team_names(const std::vector<TeamMember>& team) {
  std::vector<std::string> out;
  for (const auto& m : team)
    out.push_back(without_salutation(m.name));
  return out;
}

std::string team_to_text(const std::vector<TeamMember>& team) {
  std::vector<std::string> lines;
  for (const auto& m : team)
    lines.push_back(m.role + "\t" + m.name);
  return thuky::text::join_lines(lines);
}

std::vector<TeamMember> team_from_text(const std::string& text) {
  std::vector<TeamMember> out;
  for (const auto& line : thuky::text::split_lines(text)) {
    const auto tab = line.find('\t');
    if (tab != std::string::npos)
      out.push_back({line.substr(0, tab), line.substr(tab + 1)});
  }
  return out;
}

}  // namespace delegates
