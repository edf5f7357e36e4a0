#include "thuky/message.hpp"

#include <fmt/args.h>
#include <fmt/format.h>

#include <stdexcept>

#include "messages/core_catalogue.hpp"
#include "thuky/table/import.hpp"
#include "thuky/text/format.hpp"

namespace thuky {

Message::Message(const MessageText& text, std::vector<MessageArg> args)
    : id_(text.id), english_(text.english), vietnamese_(text.vietnamese), args_(std::move(args)) {}

std::string Message::english() const {
  return fill_message(english_, args_);
}
std::string Message::vietnamese() const {
  return fill_message(vietnamese_, args_, true);
}

MessageArg count_arg(std::string name, long long count) {
  return {std::move(name), std::to_string(count), text::format_integer(count)};
}

MessageArg message_arg(std::string name, const Message& message) {
  return {std::move(name), message.english(), message.vietnamese()};
}

std::string fill_message(std::string_view pattern, const std::vector<MessageArg>& args,
                         bool vietnamese) {
  // fmt's named arguments: "{name}" and "{{" as the catalogue writes them; the values are
  // never read as patterns.
  fmt::dynamic_format_arg_store<fmt::format_context> store;
  for (const MessageArg& arg : args) {
    const std::string& value = vietnamese && !arg.vietnamese.empty() ? arg.vietnamese : arg.value;
    store.push_back(fmt::arg(arg.name.c_str(), value));
  }
  try {
    return fmt::vformat(pattern, store);
  } catch (const fmt::format_error& e) {
    throw std::logic_error(fmt::format("message '{}': {}", pattern, e.what()));
  }
}

std::vector<std::string> message_placeholders(std::string_view pattern) {
  std::vector<std::string> names;
  for (std::size_t at = 0; at < pattern.size(); ++at) {
    if (pattern[at] != '{')
      continue;
    if (at + 1 < pattern.size() && pattern[at + 1] == '{') {
      ++at;  // "{{": a literal brace
      continue;
    }
    const std::size_t end = pattern.find('}', at);
    if (end == std::string_view::npos)
      break;
    names.emplace_back(pattern.substr(at + 1, end - at - 1));
    at = end;
  }
  return names;
}

std::string describe_in_vietnamese(const InputLocation& where) {
  std::string out = where.file;
  const auto add = [&out](const std::string& part) { out += (out.empty() ? "" : ", ") + part; };
  if (where.line > 0)
    add(fmt::format("dòng {}", where.line));
  if (where.line > 0 && where.column > 0)
    add(fmt::format("cột {}", where.column));
  if (!where.field.empty())
    add(fmt::format("mục “{}”", where.field));
  return out;
}

MessageError::MessageError(Message message)
    : UserError(message.english()), message_(std::move(message)) {}

MessageError::MessageError(const InputLocation& where, Message message)
    : UserError(where, message.english()), message_(std::move(message)) {}

MessageError::~MessageError() = default;

std::string MessageError::vietnamese() const {
  const std::string place = describe_in_vietnamese(location());
  return place.empty() ? message_.vietnamese() : place + ": " + message_.vietnamese();
}

std::string vietnamese_text(const UserError& error) {
  if (const auto* said = dynamic_cast<const MessageError*>(&error))
    return said->vietnamese();
  if (const auto* refused = dynamic_cast<const table::ImportErrors*>(&error)) {
    if (!refused->vietnamese().empty())
      return refused->vietnamese();
  }
  return error.what();
}

std::string beside_field(std::string words, const InputLocation& where) {
  if (!where.file.empty() || where.line != 0 || where.field.empty())
    return words;
  for (const std::string& place : {where.describe(), describe_in_vietnamese(where)}) {
    if (words.starts_with(place + ": "))
      return words.erase(0, place.size() + 2);
  }
  return words;
}

std::string vietnamese_beside_field(const UserError& error) {
  return beside_field(vietnamese_text(error), error.location());
}

std::vector<MessageText> core_messages() {
  return messages::core_catalogue();
}

}  // namespace thuky
