#pragma once
// SDK 2.5: words a user reads, in two languages. The command line speaks English; the web
// pages a secretary uses speak Vietnamese. A message is an entry of a catalogue (a stable id
// and the words in both languages, with {name} placeholders) and the values for it:
//
//   inline constexpr thuky::MessageText kNotADate{
//       "table.not_a_date", "{value} is not a date like 15/09/1970",
//       "{value} không phải là ngày tháng, hãy viết như 15/09/1970"};
//   throw thuky::MessageError(where, thuky::Message(kNotADate, {{"value", "'31/02/1970'"}}));
//
// Each catalogue lists its entries in one array, so that a test checks them all: ids unique,
// the same placeholders in both languages (see tests/message_catalogue_test.cpp).

#include <string>
#include <vector>

#include "thuky/error.hpp"
#include "thuky/export.hpp"

namespace thuky {

struct MessageText {
  const char* id;          // "table.not_a_date": stable, for scripts and translators
  const char* english;     // the command line's words
  const char* vietnamese;  // the pages' words (NFC)
};

class Message;

// A value for a placeholder; `vietnamese` when that language writes it differently (a count
// "1.841", a nested message's words).
struct THUKY_API MessageArg {
  MessageArg(std::string name, std::string value, std::string vietnamese = {})
      : name(std::move(name)), value(std::move(value)), vietnamese(std::move(vietnamese)) {}
  std::string name;
  std::string value;
  std::string vietnamese;  // empty: the same as `value`
};

// A count: "1841" for the command line, "1.841" for a page.
THUKY_API MessageArg count_arg(std::string name, long long count);
// A message inside another (a row's problem inside the file's refusal).
THUKY_API MessageArg message_arg(std::string name, const Message& message);

class THUKY_API Message {
 public:
  Message(const MessageText& text, std::vector<MessageArg> args = {});

  const std::string& id() const noexcept { return id_; }
  const std::vector<MessageArg>& args() const noexcept { return args_; }
  // The words with the values put in. A placeholder without a value is a bug of the caller
  // (std::logic_error); the catalogue test catches it before a user could.
  std::string english() const;
  std::string vietnamese() const;

 private:
  std::string id_;
  std::string english_;
  std::string vietnamese_;
  std::vector<MessageArg> args_;
};

// Fills `pattern`'s {name} placeholders from `args` ("{{" and "}}" are literal braces), with
// the Vietnamese values when `vietnamese`.
THUKY_API std::string fill_message(std::string_view pattern, const std::vector<MessageArg>& args,
                                   bool vietnamese = false);

// The {name}s of `pattern`, in order of appearance (for the catalogue tests).
THUKY_API std::vector<std::string> message_placeholders(std::string_view pattern);

// "people.csv, dòng 12, cột 3, mục “Ngày sinh”": a place in an input file, as a page says it
// (InputLocation::describe() is the command line's "people.csv:12:3: field 'Ngày sinh'").
THUKY_API std::string describe_in_vietnamese(const InputLocation& where);

// A UserError whose words a catalogue has in both languages: what() is the English one (with
// its place, as any UserError), vietnamese() the same in Vietnamese.
class THUKY_API MessageError : public UserError {
 public:
  explicit MessageError(Message message);
  MessageError(const InputLocation& where, Message message);
  ~MessageError() override;  // out of line: one vtable, in libthuky (see UserError)

  const Message& message() const noexcept { return message_; }
  std::string vietnamese() const;

 private:
  Message message_;
};

// The words of any user error as a Vietnamese page shows them: a MessageError's (or an import
// refusal's) Vietnamese; the English what() of an error no catalogue has yet.
THUKY_API std::string vietnamese_text(const UserError& error);

// A user error's words at `where` as a page shows them beside the form field its answer names
// apart: without the "field 'x': " (or "mục “x”: ") in front when the field is the whole place;
// a place in a file is kept. For the English what() and for the Vietnamese words alike.
THUKY_API std::string beside_field(std::string words, const InputLocation& where);

// vietnamese_text(error) beside its field: how WebRouter and the host answer a web handler's
// UserError (400 {"error": these, "error_en": the English beside the field, "field"}).
THUKY_API std::string vietnamese_beside_field(const UserError& error);

// The entries of the host's catalogues (tables, TOML input, files, the web pages), for tests
// and for `thuky messages`.
THUKY_API std::vector<MessageText> core_messages();

}  // namespace thuky
