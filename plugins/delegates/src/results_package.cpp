#include "results_package.hpp"

#include <fmt/format.h>

#include <fstream>
#include <map>
#include <memory>
#include <nlohmann/json.hpp>
#include <set>

#include "candidates.hpp"
#include "delegates_config.hpp"
#include "election_store.hpp"
#include "nouns.hpp"
#include "results.hpp"
#include "results_documents.hpp"
#include "tally.hpp"
#include "thuky/output.hpp"
#include "thuky/sha256.hpp"

namespace delegates {
namespace {

constexpr const char* kManifest = "SHA256SUMS";
constexpr const char* kData = "results.json";
constexpr const char* kFormat = "thuky-election-results";

nlohmann::json package_json(thuky::Store& store, const ElectionDay& day,
                            const std::string& election_id) {
  nlohmann::json out = {{"format", kFormat},
                        {"version", 1},
                        {"day", day.id},
                        {"date", day.date.iso()},
                        {"elections", nlohmann::json::array()},
                        {"tallies", nlohmann::json::array()}};
  for (const auto& e : day.elections) {
    if (election_id.empty() || e.id == election_id)
      out["elections"].push_back(e.id);
  }
  for (const auto& t : load_tallies(store, day, election_id)) {
    int unit = 0;
    for (const auto& p : day.polling_areas) {
      if (p.code == t.area)
        unit = p.units.at(t.election_id);
    }
    nlohmann::json votes = nlohmann::json::array();
    const auto ballot = load_candidates(store, t.election_id, unit);
    for (std::size_t i = 0; i < ballot.size() && i < t.votes.size(); ++i) {
      votes.push_back({{"number", i + 1},
                       {"name", ballot[i].full_name},
                       {"birth_date", ballot[i].birth_date},
                       {"votes", t.votes[i]}});
    }
    out["tallies"].push_back({{"area", t.area},
                              {"election", t.election_id},
                              {"unit", unit},
                              {"listed", t.counts.listed},
                              {"voted", t.counts.voted},
                              {"issued", t.counts.issued},
                              {"returned", t.counts.returned},
                              {"valid", t.counts.valid},
                              {"invalid", t.counts.invalid},
                              {"votes", votes}});
  }
  return out;
}

// Every file of the package checked against SHA256SUMS; UserError naming the first that fails.
void verify_manifest(const std::filesystem::path& dir) {
  const auto manifest = dir / kManifest;
  std::ifstream in(manifest);
  if (!in) {
    throw thuky::UserError(
        fmt::format("{}: no {}: not a results package of 'thuky election results export'",
                    dir.string(), kManifest));
  }
  std::set<std::string> listed;
  std::string line;
  int number = 0;
  while (std::getline(in, line)) {
    ++number;
    if (line.size() < 67 || line.substr(64, 2) != "  ") {
      throw thuky::UserError(
          fmt::format("{}:{}: expected \"SHA-256  FILE\"", manifest.string(), number));
    }
    const std::string name = line.substr(66);
    const auto file = dir / name;
    if (name.find('/') != std::string::npos || !std::filesystem::is_regular_file(file)) {
      throw thuky::UserError(
          fmt::format("{}: listed in {} but missing from the package", file.string(), kManifest));
    }
    if (thuky::sha256_hex_of_file(file) != line.substr(0, 64)) {
      throw thuky::UserError(fmt::format(
          "{}: its SHA-256 does not match {}: the package was changed after it was exported; "
          "nothing was imported",
          file.string(), kManifest));
    }
    listed.insert(name);
  }
  for (const auto& entry : std::filesystem::directory_iterator(dir)) {
    const std::string name = entry.path().filename().string();
    if (name != kManifest && !listed.contains(name)) {
      throw thuky::UserError(fmt::format(
          "{}: not in {}: the package was changed after it was exported; nothing was imported",
          entry.path().string(), kManifest));
    }
  }
  if (!listed.contains(kData)) {
    throw thuky::UserError(
        fmt::format("{}: {} does not list {}", manifest.string(), kManifest, kData));
  }
}

}  // namespace

std::vector<std::filesystem::path> export_results(thuky::PluginContext& ctx, const ElectionDay& day,
                                                  const std::string& election_id,
                                                  const std::filesystem::path& dir) {
  for (const auto& r : compute_results(ctx.store(), day, election_id)) {
    if (r.status == UnitStatus::kIncomplete) {
      throw thuky::UserError(
          fmt::format("{} ({}), unit {}: {} of {} {} counted; export the results when every "
                      "polling area has counted",
                      r.election->level, r.election->id, r.unit.number, r.tallied, r.areas,
                      noun(r.areas, "polling area", "polling areas")));
    }
  }
  if (std::filesystem::exists(dir) && !std::filesystem::is_empty(dir)) {
    throw thuky::UserError(
        fmt::format("{}: not empty; a package goes into a new or empty directory", dir.string()));
  }
  thuky::make_output_dir(dir);
  std::vector<std::filesystem::path> files = {dir / kData};
  {
    std::ofstream out(files.front());
    out << package_json(ctx.store(), day, election_id).dump(2) << '\n';
    if (!out)
      throw thuky::UserError(fmt::format("{}: cannot be written", files.front().string()));
  }
  ctx.audit().document(files.front());
  MinutesFilter filter;
  filter.election_id = election_id;
  for (auto& f : write_count_minutes(ctx.store(), day, read_config(ctx).form_numbers,
                                     ctx.settings(), filter, dir))
    files.push_back(std::move(f));
  std::ofstream manifest(dir / kManifest);
  for (const auto& f : files) {
    // The minutes are placed under their names only when the command succeeds: their
    // checksums come from what the engine wrote.
    std::string sha256 = ctx.audit().sha256_of_written(f);
    manifest << (sha256.empty() ? thuky::sha256_hex_of_file(f) : sha256) << "  "
             << f.filename().string() << '\n';
  }
  manifest.close();
  if (!manifest)
    throw thuky::UserError(fmt::format("{}: cannot be written", (dir / kManifest).string()));
  files.push_back(dir / kManifest);
  ctx.audit().document(files.back());
  return files;
}

PackageImport import_results(thuky::PluginContext& ctx, const ElectionDay& day,
                             const std::filesystem::path& dir) {
  verify_manifest(dir);
  const auto data = dir / kData;
  nlohmann::json json;
  try {
    std::ifstream in(data);
    json = nlohmann::json::parse(in);
  } catch (const nlohmann::json::exception& e) {
    throw thuky::UserError(fmt::format("{}: not valid JSON ({})", data.string(), e.what()));
  }
  PackageImport result;
  try {
    if (json.value("format", "") != kFormat || json.value("version", 0) != 1)
      throw thuky::UserError(fmt::format("not a {} version 1 file", kFormat));
    if (json.at("day").get<std::string>() != day.id) {
      throw thuky::UserError(fmt::format("the package is of election day '{}', not '{}'",
                                         json.at("day").get<std::string>(), day.id));
    }
    for (const auto& e : json.at("elections"))
      result.elections.push_back(election_named(day, e.get<std::string>()).id);
    for (const auto& j : json.at("tallies")) {
      Tally t;
      t.area = j.at("area").get<std::string>();
      t.election_id = j.at("election").get<std::string>();
      t.counts = {j.at("listed").get<std::int64_t>(), j.at("voted").get<std::int64_t>(),
                  j.at("issued").get<std::int64_t>(), j.at("returned").get<std::int64_t>(),
                  j.at("valid").get<std::int64_t>(),  j.at("invalid").get<std::int64_t>()};
      const Election& e = election_named(day, t.election_id);
      const auto ballot = load_candidates(ctx.store(), e.id, j.at("unit").get<int>());
      for (const auto& v : j.at("votes")) {
        const auto n = v.at("number").get<std::size_t>();
        const auto name = v.at("name").get<std::string>();
        if (n != t.votes.size() + 1 || n > ballot.size() || ballot[n - 1].full_name != name ||
            ballot[n - 1].birth_date != v.at("birth_date").get<std::string>()) {
          throw thuky::UserError(fmt::format(
              "{}, {}: candidate {} of the package, {}, is not number {} of this store's ballot",
              t.area, e.level, n, name, n));
        }
        t.votes.push_back(v.at("votes").get<std::int64_t>());
      }
      set_tally(ctx, day, t);
      ++result.counts;
    }
  } catch (const nlohmann::json::exception& e) {
    throw thuky::UserError(fmt::format("{}: {}", data.string(), e.what()));
  } catch (const thuky::UserError& e) {
    throw thuky::UserError(fmt::format("{}: {}", data.string(), e.what()));
  }
  return result;
}

}  // namespace delegates
