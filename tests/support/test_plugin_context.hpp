#pragma once
// A PluginContext over a workspace's store, for testing a plugin's functions in process (its
// web handlers) after the real `thuky` has prepared the workspace. Settings are the defaults,
// the clock is fixed, the audit log keeps the rows it is told about.

#include <toml++/toml.h>

#include <chrono>
#include <filesystem>
#include <memory>
#include <string>
#include <vector>

#include "plugin_config_schema.hpp"  // core/src: the host's reading of a manifest's [config]
#include "thuky/context.hpp"

namespace thuky::test {

class TestPluginContext final : public PluginContext {
 public:
  // `workspace` holds thuky.db; `config` is the plugin's [plugins.<id>] table.
  explicit TestPluginContext(const std::filesystem::path& workspace, toml::table config = {})
      : store_(workspace / "thuky.db"),
        config_(std::move(config)),
        clock_(std::chrono::sys_days{std::chrono::year{2026} / 3 / 16} + std::chrono::hours{2}),
        people_(store_),
        areas_(store_),
        organisations_(store_),
        documents_(settings_, progress_) {
    settings_.output_dir = workspace / "out";
  }

  // What the host hands a plugin that writes no [plugins.<id>]: every key its manifest
  // declares, at its default.
  static toml::table declared_defaults(const std::filesystem::path& manifest) {
    const toml::table parsed = toml::parse_file(manifest.string());
    const toml::table* config = parsed["config"].as_table();
    return config ? host::read_config_schema(*config, manifest).defaults : toml::table{};
  }

  Store& store() override { return store_; }
  const Settings& settings() const override { return settings_; }
  const toml::table& plugin_config() const override { return config_; }
  Logger& log() override { return log_; }
  Progress& progress() override { return progress_; }
  bool json_output() const override { return false; }
  InputLocation config_location(std::string_view key) const override {
    InputLocation where;
    where.field = std::string(key);
    return where;
  }
  const Clock& clock() const override { return clock_; }
  PeopleDirectory& people() override { return people_; }
  AreaDirectory& areas() override { return areas_; }
  AuditLog& audit() override { return audit_; }
  OrganisationDirectory& organisations() override { return organisations_; }
  doc::Documents& documents() override { return documents_; }
  void report_error_location(const InputLocation&) override {}
  void keep_documents_on_failure() override {}
  void declare_read_only() override {}  // one connection in process: nothing to choose

  // Moves the fixed clock, for what counts days from today.
  void set_clock(const Clock& clock) { clock_ = clock; }

  // "table action id" for every row the code under test said it touched.
  const std::vector<std::string>& audited() const { return audit_.entries; }
  const std::vector<std::string>& warnings() const { return log_.warnings; }

 private:
  struct QuietLog final : Logger {
    void debug(std::string_view) override {}
    void info(std::string_view) override {}
    void warn(std::string_view m) override { warnings.emplace_back(m); }
    void error(std::string_view m) override { warnings.emplace_back(m); }
    std::vector<std::string> warnings;
  };
  struct NoProgress final : Progress {
    void start(std::string_view, std::size_t) override {}
    void advance(std::size_t) override {}
    void finish() override {}
  };
  struct RecordingAudit final : AuditLog {
    void rows(std::string_view table, std::string_view action, std::int64_t count,
              const std::vector<std::string>& ids) override {
      std::string entry = std::string(table) + " " + std::string(action);
      for (const auto& id : ids)
        entry += " " + id;
      if (ids.empty())
        entry += " " + std::to_string(count);
      entries.push_back(entry);
    }
    void document(const std::filesystem::path& file) override {
      entries.push_back("document " + file.filename().string());
    }
    std::string sha256_of_written(const std::filesystem::path&) const override { return ""; }
    std::vector<std::string> entries;
  };

  Store store_;
  Settings settings_;
  toml::table config_;
  Clock clock_;
  QuietLog log_;
  NoProgress progress_;
  RecordingAudit audit_;
  PeopleDirectory people_;
  AreaDirectory areas_;
  OrganisationDirectory organisations_;
  doc::Documents documents_;
};

}  // namespace thuky::test
