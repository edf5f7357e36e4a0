#include "thuky/toml_input.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <tuple>

#include "doc/unprintable.hpp"
#include "messages/input_messages.hpp"
#include "thuky/io.hpp"
#include "thuky/logger.hpp"
#include "thuky/text/normalize.hpp"
#include "thuky/text/utf8.hpp"

namespace thuky {
namespace {

InputLocation at(const std::string& source, const toml::source_region& src, std::string key) {
  return {source, static_cast<int>(src.begin.line), static_cast<int>(src.begin.column),
          std::move(key)};
}

toml::table parse_or_throw(std::string_view content, const std::string& source) {
  text::require_utf8(content, InputLocation{source, 0, 0, ""});
  try {
    return toml::parse(content, source);
  } catch (const toml::parse_error& e) {
    throw MessageError(at(source, e.source(), ""),
                       Message(msg::kTomlSyntax, {{"detail", std::string(e.description())}}));
  }
}

}  // namespace

// --- TomlInput -----------------------------------------------------------------------------

TomlInput::TomlInput(const std::filesystem::path& file)
    : TomlInput(read_input_file(file), file.string(), 0) {}

TomlInput::TomlInput(std::string_view content, std::string source, int)
    : source_(std::move(source)), root_(parse_or_throw(content, source_)) {}

TomlInput TomlInput::from_text(std::string_view content, std::string source) {
  return TomlInput(content, std::move(source), 0);
}

void TomlInput::mark(const toml::table& table, std::string_view key) const {
  read_.insert({&table, std::string(key)});
}

std::vector<std::string> TomlInput::unknown_keys() const {
  std::vector<std::tuple<int, int, std::string>> found;
  // Tables and arrays of tables under a key that was read are walked; a key not read is
  // reported whole, without its contents.
  const std::function<void(const toml::table&, const std::string&)> walk =
      [&](const toml::table& t, const std::string& prefix) {
        for (const auto& [key, node] : t) {
          const std::string path = prefix + std::string(key.str());
          if (!read_.count({&t, std::string(key.str())})) {
            found.emplace_back(static_cast<int>(key.source().begin.line),
                               static_cast<int>(key.source().begin.column), path);
            continue;
          }
          if (const toml::table* inner = node.as_table()) {
            walk(*inner, path + ".");
          } else if (const toml::array* array = node.as_array()) {
            for (std::size_t i = 0; i < array->size(); ++i) {
              if (const toml::table* item = (*array)[i].as_table())
                walk(*item, fmt::format("{}[{}].", path, i));
            }
          }
        }
      };
  walk(root_, "");
  std::sort(found.begin(), found.end());
  std::vector<std::string> warnings;
  for (const auto& [line, column, key] : found)
    warnings.push_back(
        fmt::format("{}:{}:{}: unknown key '{}' is ignored", source_, line, column, key));
  return warnings;
}

void TomlInput::warn_unknown_keys(Logger& log) const {
  for (const auto& warning : unknown_keys())
    log.warn(warning);
}

// --- TomlTable -----------------------------------------------------------------------------

std::string TomlTable::key(std::string_view name) const {
  return path_.empty() ? std::string(name) : fmt::format("{}.{}", path_, name);
}

const toml::node* TomlTable::get(std::string_view name) const {
  input_->mark(*table_, name);
  return table_->get(name);
}

InputLocation TomlTable::location(const toml::node* node, std::string_view name) const {
  const auto src = node ? node->source() : table_->source();
  return at(input_->source_, src, key(name));
}

void TomlTable::fail(std::string_view name, const std::string& message) const {
  const toml::node* node = table_->get(name);
  throw UserError(location(node ? node : table_, name), message);
}

void TomlTable::fail_at(const toml::node* node, std::string_view name,
                        const std::string& message) const {
  throw UserError(location(node, name), message);
}

void TomlTable::fail(std::string_view name, Message message) const {
  const toml::node* node = table_->get(name);
  throw MessageError(location(node ? node : table_, name), std::move(message));
}

void TomlTable::fail_at(const toml::node* node, std::string_view name, Message message) const {
  throw MessageError(location(node, name), std::move(message));
}

const toml::node* TomlTable::required(std::string_view name) const {
  const toml::node* node = get(name);
  if (!node)
    fail(name, Message(msg::kRequiredKey, {{"key", key(name)}}));
  return node;
}

std::string TomlTable::text_of(const toml::node& node, std::string_view name) const {
  const std::string raw = *node.value<std::string>();
  // A "\u0000" would be stored whole and printed cut short (C strings end at NUL).
  if (raw.find('\0') != std::string::npos)
    fail_at(&node, name, Message(msg::kNulCharacter));
  const std::string value = text::to_nfc(raw);
  text::require_unicode_text(value, location(&node, name));
  // Refused here, with its place, rather than printed as empty boxes.
  if (auto problem = doc::unprintable(value))
    fail_at(&node, name, *problem);
  return text::clean_text(value);
}

std::string TomlTable::text(std::string_view name, Need need) const {
  const toml::node* node = need == Need::kRequired ? required(name) : get(name);
  if (!node)
    return {};
  if (!node->is_string())
    fail_at(node, name, Message(msg::kExpectedString));
  std::string value = text_of(*node, name);
  if (need == Need::kRequired && value.empty())
    fail_at(node, name, Message(msg::kMustNotBeEmpty));
  return value;
}

std::vector<TomlText> TomlTable::texts_at(std::string_view name, Need need) const {
  std::vector<TomlText> out;
  const toml::node* node = need == Need::kRequired ? required(name) : get(name);
  if (!node)
    return out;
  const toml::array* array = node->as_array();
  if (!array)
    fail_at(node, name, Message(msg::kExpectedStrings));
  for (const toml::node& item : *array) {
    if (!item.is_string())
      fail_at(&item, name, Message(msg::kExpectedStrings));
    out.push_back({text_of(item, name), &item});
  }
  if (need == Need::kRequired && out.empty())
    fail_at(node, name, Message(msg::kMustNotBeEmpty));
  return out;
}

std::vector<std::string> TomlTable::texts(std::string_view name, Need need) const {
  std::vector<std::string> out;
  for (auto& item : texts_at(name, need))
    out.push_back(std::move(item.value));
  return out;
}

std::string TomlTable::identifier(std::string_view name, std::string_view example) const {
  std::string value = text(name, Need::kRequired);
  for (char c : value) {
    if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-'))
      fail(name, Message(msg::kIdentifier, {{"example", std::string(example)}}));
  }
  return value;
}

std::optional<std::int64_t> TomlTable::integer(std::string_view name, std::int64_t min,
                                               std::int64_t max, Need need) const {
  const toml::node* node = need == Need::kRequired ? required(name) : get(name);
  if (!node)
    return std::nullopt;
  const auto value = node->value_exact<std::int64_t>();
  if (!value || *value < min || *value > max) {
    fail_at(node, name,
            max == std::numeric_limits<std::int32_t>::max()
                ? Message(msg::kWholeNumberFrom, {{"min", std::to_string(min)}})
                : Message(msg::kWholeNumberRange,
                          {{"min", std::to_string(min)}, {"max", std::to_string(max)}}));
  }
  return value;
}

std::optional<bool> TomlTable::boolean(std::string_view name, Need need) const {
  const toml::node* node = need == Need::kRequired ? required(name) : get(name);
  if (!node)
    return std::nullopt;
  if (!node->is_boolean())
    fail_at(node, name, Message(msg::kBoolean));
  return node->value_exact<bool>();
}

text::Date TomlTable::real_date(const toml::node& node, std::string_view name,
                                const toml::date& d) const {
  const text::Date date{d.year, d.month, d.day};
  if (!date.valid())
    fail_at(&node, name, Message(msg::kNotRealDate));
  return date;
}

std::optional<text::Date> TomlTable::date(std::string_view name, Need need) const {
  const toml::node* node = need == Need::kRequired ? required(name) : get(name);
  if (!node)
    return std::nullopt;
  const auto* value = node->as_date();
  if (!value)
    fail_at(node, name, Message(msg::kExpectedDate));
  return real_date(*node, name, value->get());
}

std::vector<text::Date> TomlTable::dates(std::string_view name) const {
  std::vector<text::Date> out;
  const toml::node* node = get(name);
  if (!node)
    return out;
  const toml::array* array = node->as_array();
  if (!array)
    fail_at(node, name, Message(msg::kExpectedDates));
  for (const toml::node& item : *array) {
    const auto* value = item.as_date();
    if (!value)
      fail_at(&item, name, Message(msg::kExpectedDatesLike));
    out.push_back(real_date(item, name, value->get()));
  }
  std::sort(out.begin(), out.end());
  return out;
}

std::optional<toml::date_time> TomlTable::date_time(std::string_view name, Need need) const {
  const toml::node* node = need == Need::kRequired ? required(name) : get(name);
  if (!node)
    return std::nullopt;
  const auto* value = node->as_date_time();
  if (!value)
    fail_at(node, name, Message(msg::kExpectedDateTime));
  real_date(*node, name, value->get().date);
  return value->get();
}

std::optional<TomlTable> TomlTable::table(std::string_view name, Need need) const {
  const toml::node* node = get(name);
  if (!node) {
    if (need == Need::kRequired)
      fail(name, Message(msg::kRequiredTable, {{"key", key(name)}}));
    return std::nullopt;
  }
  if (!node->is_table())
    fail_at(node, name, Message(msg::kExpectedTable));
  return TomlTable(*input_, *node->as_table(), key(name));
}

TomlTable TomlTable::nested(const toml::table& t, std::string_view name) const {
  return TomlTable(*input_, t, key(name));
}

void TomlTable::each(std::string_view name, const std::function<void(const TomlTable&)>& visit,
                     Need need) const {
  const toml::node* node = get(name);
  if (!node) {
    if (need == Need::kRequired)
      fail(name, Message(msg::kRequiredTables, {{"key", key(name)}}));
    return;
  }
  const toml::array* array = node->as_array();
  if (!array)
    fail_at(node, name, Message(msg::kExpectedTables, {{"key", key(name)}}));
  for (std::size_t i = 0; i < array->size(); ++i) {
    const toml::table* t = (*array)[i].as_table();
    if (!t)
      fail_at(&(*array)[i], name, Message(msg::kExpectedTables, {{"key", key(name)}}));
    visit(TomlTable(*input_, *t, fmt::format("{}[{}]", key(name), i)));
  }
}

void TomlTable::each_entry(
    const std::function<void(std::string_view key, const toml::node&)>& visit) const {
  for (const auto& [k, node] : *table_) {
    input_->mark(*table_, k.str());
    visit(k.str(), node);
  }
}

}  // namespace thuky
