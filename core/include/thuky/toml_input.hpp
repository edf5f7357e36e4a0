#pragma once
// A TOML file a user wrote (a meeting, an election, a plan), read the way every plugin should:
// - every error names the file, line, column and the dotted key ("tasks[2].deadline");
// - text comes out NFC, checked for NUL and control characters, with spaces tidied;
// - every key read is remembered, so the keys nobody read are reported as typos
//   ("m.toml:9:33: unknown key 'chair.titel' is ignored") instead of passing silently.
//
//   thuky::TomlInput in(path);
//   const thuky::TomlTable root = in.root();
//   meeting.title = root.text("title", thuky::Need::kRequired);
//   root.each("tasks", [&](const thuky::TomlTable& t) { ... t.date("deadline") ... });
//   in.warn_unknown_keys(ctx.log());

#include <toml++/toml.h>

#include <cstdint>
#include <filesystem>
#include <functional>
#include <limits>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "thuky/error.hpp"
#include "thuky/export.hpp"
#include "thuky/message.hpp"
#include "thuky/text/date.hpp"

namespace thuky {

class Logger;
class TomlInput;

enum class Need { kOptional, kRequired };

// A string of an array, with the node it came from (to point an error at that element).
struct TomlText {
  std::string value;
  const toml::node* node = nullptr;
};

// One table of the input and its dotted path. Cheap to copy; valid while its TomlInput lives.
class THUKY_API TomlTable {
 public:
  const std::string& path() const { return path_; }
  // "organiser.name": the key `name` of this table as messages name it.
  std::string key(std::string_view name) const;
  const toml::table& raw() const { return *table_; }

  // The node of `name`, or null; marks the key as read.
  const toml::node* get(std::string_view name) const;
  bool has(std::string_view name) const { return get(name) != nullptr; }

  // A string, cleaned (NFC, no NUL or control characters, spaces tidied); "" when absent.
  // Required: missing or empty is an error.
  std::string text(std::string_view name, Need need = Need::kOptional) const;
  // An array of strings, each cleaned.
  std::vector<std::string> texts(std::string_view name, Need need = Need::kOptional) const;
  std::vector<TomlText> texts_at(std::string_view name, Need need = Need::kOptional) const;
  // A key of the store: lower-case letters, digits and '-'; always required.
  // `example` completes the message: "use lower-case letters, digits and '-' (e.g. xa-ky-hoa)".
  std::string identifier(std::string_view name, std::string_view example) const;
  std::optional<std::int64_t> integer(std::string_view name, std::int64_t min = 0,
                                      std::int64_t max = std::numeric_limits<std::int32_t>::max(),
                                      Need need = Need::kOptional) const;
  std::optional<bool> boolean(std::string_view name, Need need = Need::kOptional) const;
  // A TOML date (2026-03-15) that exists on the calendar.
  std::optional<text::Date> date(std::string_view name, Need need = Need::kOptional) const;
  std::vector<text::Date> dates(std::string_view name) const;  // sorted
  // A TOML local date-time (2020-09-15T08:00:00) whose date exists.
  std::optional<toml::date_time> date_time(std::string_view name,
                                           Need need = Need::kOptional) const;

  std::optional<TomlTable> table(std::string_view name, Need need = Need::kOptional) const;
  // For values reached by hand (an element of a mixed array): the table `t` as the key `name`
  // of this table ("members[2]"), and the cleaned text of a string node.
  TomlTable nested(const toml::table& t, std::string_view name) const;
  std::string text_of(const toml::node& node, std::string_view name) const;
  // Visits each table of an array of tables ([[name]]), with paths "name[0]", "name[1]"…
  void each(std::string_view name, const std::function<void(const TomlTable&)>& visit,
            Need need = Need::kOptional) const;
  // Visits every key of a free-form table (keys chosen by the user, e.g. units = { a = 1 }),
  // marking them read.
  void each_entry(const std::function<void(std::string_view key, const toml::node&)>& visit) const;

  // Errors at the value of `name` when present, else at this table.
  [[noreturn]] void fail(std::string_view name, const std::string& message) const;
  // Errors at `node` (an element of an array, say), naming the key `name` of this table.
  [[noreturn]] void fail_at(const toml::node* node, std::string_view name,
                            const std::string& message) const;
  // SDK 2.5: the same with a catalogue's message (thuky/message.hpp), which a page shows in
  // Vietnamese.
  [[noreturn]] void fail(std::string_view name, Message message) const;
  [[noreturn]] void fail_at(const toml::node* node, std::string_view name, Message message) const;
  InputLocation location(const toml::node* node, std::string_view name) const;

 private:
  friend class TomlInput;
  TomlTable(const TomlInput& input, const toml::table& table, std::string path)
      : input_(&input), table_(&table), path_(std::move(path)) {}
  const toml::node* required(std::string_view name) const;
  text::Date real_date(const toml::node& node, std::string_view name, const toml::date& d) const;

  const TomlInput* input_;
  const toml::table* table_;
  std::string path_;
};

class THUKY_API TomlInput {
 public:
  // Reads and parses `file` (UTF-8 checked); a syntax error is a UserError at its position.
  explicit TomlInput(const std::filesystem::path& file);
  // Text already in memory (an upload, a test); `source` names it in messages.
  static TomlInput from_text(std::string_view content, std::string source);

  TomlInput(const TomlInput&) = delete;
  TomlInput& operator=(const TomlInput&) = delete;

  const std::string& source() const { return source_; }
  TomlTable root() const { return TomlTable(*this, root_, ""); }

  // "file:line:column: unknown key 'x.y' is ignored" for each key no accessor read, in file
  // order. Call after reading everything.
  std::vector<std::string> unknown_keys() const;
  void warn_unknown_keys(Logger& log) const;

 private:
  friend class TomlTable;
  TomlInput(std::string_view content, std::string source, int);
  void mark(const toml::table& table, std::string_view key) const;

  std::string source_;
  toml::table root_;
  mutable std::set<std::pair<const toml::table*, std::string>> read_;
};

}  // namespace thuky
