#pragma once
// What the host hands a plugin: the services it may use, and nothing more.

#include <toml++/toml.h>

#include <filesystem>
#include <string>
#include <string_view>

#include "thuky/areas.hpp"
#include "thuky/audit.hpp"
#include "thuky/clock.hpp"
#include "thuky/doc/documents.hpp"
#include "thuky/error.hpp"
#include "thuky/export.hpp"
#include "thuky/logger.hpp"
#include "thuky/organisations.hpp"
#include "thuky/people.hpp"
#include "thuky/progress.hpp"
#include "thuky/settings.hpp"
#include "thuky/store.hpp"

namespace thuky {

class THUKY_API PluginContext {
 public:
  virtual ~PluginContext() = default;

  // The workspace store. Opened on first use; throws UserError when there is no workspace.
  virtual Store& store() = 0;
  // The host configuration (organisation header, page, fonts, output directory, ...).
  virtual const Settings& settings() const = 0;
  // This plugin's settings, `[plugins.<id>]` in thuky.toml. When the manifest declares them
  // (`[config.<key>]` with type, default and help), the host has checked every value and set
  // every declared key; otherwise it is the table as written (empty when absent).
  virtual const toml::table& plugin_config() const = 0;
  virtual Logger& log() = 0;
  virtual Progress& progress() = 0;
  // True when the user asked for --json output from commands that print data.
  virtual bool json_output() const = 0;

  // --- SDK 2.1 ---------------------------------------------------------------------------
  // Where `[plugins.<id>].<key>` is written (file, line, column, key), for a plugin's own
  // checks of a value: `throw UserError(ctx.config_location("min_voters"), "...")`.
  virtual InputLocation config_location(std::string_view key) const = 0;
  // Today and now for this command (fixed by THUKY_NOW or SOURCE_DATE_EPOCH in tests).
  virtual const Clock& clock() const = 0;
  // The people directory in the store, in the configured name order. Plugins keep foreign
  // keys to `people(id)` but read and write people only through it.
  virtual PeopleDirectory& people() = 0;
  // The administrative areas (tỉnh, xã, ...) with their codes and validity dates.
  virtual AreaDirectory& areas() = 0;
  // The command's entry in the store's audit log: say which rows it touched.
  virtual AuditLog& audit() = 0;

  // --- SDK 2.2 ---------------------------------------------------------------------------
  // The bodies that issue documents (header, symbol, seat, signer), by code.
  virtual OrganisationDirectory& organisations() = 0;
  // Documents with the host's settings, rendered on every core with a progress line.
  virtual doc::Documents& documents() = 0;
  // Called by the THUKY_PLUGIN bridge when a command fails with a UserError, so that the host
  // can report where (file, line, column, field) as data under --json. Plugins need not call it.
  virtual void report_error_location(const InputLocation& where) = 0;
  // A failed command places none of the documents it saved (all or nothing). A command whose
  // failure is its finding (a check that exits 1 and prints the report of what failed) calls
  // this first: its documents are then placed and logged whatever its exit code.
  virtual void keep_documents_on_failure() = 0;

  // --- SDK 2.3 ---------------------------------------------------------------------------
  // Declares the running command a reader (a list, a search, an export): call it before the
  // first store() or directory. The command then reads one consistent snapshot of the store
  // and never takes the write lock, so it does not wait behind a long import in another
  // process. A write it attempts is refused, and the command fails as a bug (exit 3) naming it.
  virtual void declare_read_only() = 0;

  // --- SDK 2.5 ---------------------------------------------------------------------------
  // Called by the THUKY_PLUGIN bridge beside report_error_location when a command or a web
  // handler fails with a UserError: its words in Vietnamese (vietnamese_text(), message.hpp),
  // which the host cannot read from the English message that crosses the library boundary.
  // A web page shows them, the command line keeps the English. Plugins need not call it.
  virtual void report_error_vietnamese(const std::string& /*words*/) {}
  // True under --quiet ("print errors only"): a command leaves out what only says it went
  // well ("Imported 'x.csv': …"); data it was asked for (a list) and what was left out (the
  // rows a --skip-invalid import rejected) are still printed.
  virtual bool quiet() const { return false; }
};

}  // namespace thuky
