#pragma once
// The PluginContext a plugin's command runs with. Its first use of the store applies the
// plugin's pending migrations and takes the store's write lock for the command (a
// WriteTransaction: the host cannot know whether the command will write), unless the command
// declared itself read-only (a ReadOnlyTransaction: a snapshot, no lock); `finish()` commits
// when the command succeeded and rolls back otherwise, with the command's audit entry in the
// same transaction.

#include <cstdint>
#include <exception>
#include <memory>
#include <optional>
#include <vector>

#include "host_session.hpp"
#include "read_only_transaction.hpp"
#include "thuky/context.hpp"
#include "thuky/export.hpp"

namespace thuky::host {

// One plugin's migrations, under its id as the store records them.
struct ComponentMigrations {
  std::string component;
  std::vector<Migration> migrations;
};

class THUKY_API HostPluginContext final : public PluginContext {
 public:
  // `schema`: the migrations the store needs before the command runs, in order: the plugins
  // this one requires (providers first), then its own.
  HostPluginContext(HostSession& session, const Manifest& manifest,
                    std::vector<ComponentMigrations> schema);

  Store& store() override;
  const Settings& settings() const override { return session_.settings(); }
  const toml::table& plugin_config() const override { return session_.plugin_config(manifest_); }
  Logger& log() override { return session_.log(); }
  Progress& progress() override { return session_.progress(); }
  bool json_output() const override { return session_.options().json; }
  bool quiet() const override { return session_.options().quiet; }
  InputLocation config_location(std::string_view key) const override {
    return session_.plugin_config_location(plugin_id_, key);
  }
  const Clock& clock() const override { return session_.clock(); }
  PeopleDirectory& people() override;
  AreaDirectory& areas() override;
  AuditLog& audit() override { return session_.audit(); }
  OrganisationDirectory& organisations() override;
  doc::Documents& documents() override;
  void report_error_location(const InputLocation& where) override { error_location_ = where; }
  const InputLocation& error_location() const { return error_location_; }
  void keep_documents_on_failure() override { keep_documents_ = true; }
  void declare_read_only() override;
  void report_error_vietnamese(const std::string& words) override { error_vietnamese_ = words; }
  // The failed command's words in Vietnamese; empty from a plugin built before SDK 2.5.
  const std::string& error_vietnamese() const { return error_vietnamese_; }

  // The command as the user typed its words ("meeting list"), for messages about it.
  void set_command(std::string words) { command_ = std::move(words); }
  // Set when a command that declared itself read-only tried to write: the bug, described.
  const std::string& refused_write() const noexcept { return refused_write_; }
  // The write itself ("insert into table 'x'"), for a caller that words the bug its own way.
  const std::string& refused_action() const noexcept { return refused_action_; }
  // The StoreBusy the host threw when the plugin first used the store (the lock not had within
  // the busy timeout), or null: a web handler may have answered it as a refusal of its own.
  const std::exception_ptr& store_busy() const noexcept { return store_busy_; }

  // Ends the command's transaction: commit when `success` (with the audit entry, if the command
  // changed rows or wrote documents), roll back otherwise. Documents written by a command that
  // then failed are still logged, in an entry of their own.
  void finish(bool success);

 private:
  HostSession& session_;
  const Manifest& manifest_;
  std::string plugin_id_;
  std::vector<ComponentMigrations> schema_;
  std::optional<WriteTransaction> transaction_;
  std::optional<ReadOnlyTransaction> reading_;  // instead of transaction_ for a reader
  bool read_only_ = false;
  std::string command_;
  std::string refused_write_;
  std::string refused_action_;
  std::exception_ptr store_busy_;
  std::unique_ptr<PeopleDirectory> people_;
  std::unique_ptr<AreaDirectory> areas_;
  std::unique_ptr<OrganisationDirectory> organisations_;
  std::unique_ptr<doc::Documents> documents_;
  InputLocation error_location_;
  std::string error_vietnamese_;
  bool keep_documents_ = false;
  std::int64_t changes_before_ = 0;  // SQLite's count of changed rows when the command began
};

}  // namespace thuky::host
