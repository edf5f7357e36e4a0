#include "table/field_parser.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <charconv>
#include <cmath>

#include "doc/unprintable.hpp"
#include "table/csv_writer.hpp"
#include "table/table_messages.hpp"
#include "thuky/text/case.hpp"
#include "thuky/text/name_check.hpp"
#include "thuky/text/names.hpp"
#include "thuky/text/normalize.hpp"
#include "thuky/text/utf8.hpp"

namespace thuky::table {
namespace {

constexpr std::size_t kMaxText = 4000;  // characters a cell of a list may sensibly hold

// The value as a message shows it: cut short, control characters escaped.
std::string shown(std::string_view value) {
  constexpr std::size_t kShown = 60;
  std::string shown(value.substr(0, kShown));
  // Never echo control characters to a terminal (escape sequences could drive it).
  std::string safe;
  for (char c : shown) {
    if (static_cast<unsigned char>(c) < 0x20 || c == 0x7F)
      safe += fmt::format("\\x{:02X}", static_cast<unsigned char>(c));
    else
      safe += c;
  }
  return safe + (value.size() > kShown ? "…" : "");
}

// What Excel shows in a cell whose formula failed; exported to CSV or read from .xlsx, it is
// never data.
bool is_excel_error(std::string_view text) {
  for (const char* error :
       {"#N/A", "#REF!", "#VALUE!", "#DIV/0!", "#NAME?", "#NUM!", "#NULL!", "#SPILL!", "#CALC!"}) {
    if (text == error)
      return true;
  }
  return false;
}

using Problem = std::optional<Message>;

Message problem(const MessageText& text, std::string_view value) {
  return Message(text, {{"value", shown(value)}});
}

Problem parse_text(const Cell& cell, Value& out) {
  if (is_excel_error(cell.text))
    return problem(msg::kExcelError, cell.text);
  bool ascii = true;
  for (char c : cell.text) {
    const auto b = static_cast<unsigned char>(c);
    if ((b < 0x20 && c != '\t' && c != '\n' && c != '\r') || b == 0x7F) {
      return Message(msg::kControlCharacter,
                     {{"value", shown(cell.text)}, {"code", std::to_string(static_cast<int>(b))}});
    }
    ascii = ascii && b < 0x80;
  }
  // Legacy encodings show only in characters above ASCII; ASCII counts one byte a character.
  if (!ascii && text::looks_like_legacy_encoding(cell.text))
    return problem(msg::kLegacyEncoding, cell.text);
  out.text = text::clean_text(cell.text);
  // The apostrophe our CSV export puts before a cell Excel would run as a formula.
  if (out.text.size() > 1 && out.text.front() == '\'' && runs_as_formula(out.text.substr(1)))
    out.text.erase(0, 1);
  const auto characters =
      ascii ? out.text.size() : static_cast<std::size_t>(text::count_characters(out.text));
  if (characters > kMaxText)
    return Message(msg::kTooLong, {{"value", shown(out.text)}, count_arg("max", kMaxText)});
  return {};
}

// Invisible formatting removed, what no name holds refused (thuky/text/name_check.hpp); then
// what any text must be, printable.
Problem parse_person_name(const std::string& value, Value& out) {
  std::string name = text::clean_name(value);
  if (name.empty()) {  // only invisible characters: an empty cell
    out.present = false;
    return {};
  }
  if (auto wrong = text::name_problem(name))
    return wrong;
  if (auto unprintable = doc::unprintable(name))
    return Message(msg::kAsGiven, {{"text", *unprintable}});
  out.text = std::move(name);
  return {};
}

// Digits with "." (or a space) grouping thousands in threes: "1.841", "1 500 050".
bool grouped_thousands(std::string_view s, char group) {
  const auto first = s.find(group);
  if (first == std::string_view::npos || first == 0 || first > 3)
    return false;
  for (std::size_t i = first; i < s.size(); i += 4) {
    if (s[i] != group || i + 4 > s.size())
      return false;
    for (std::size_t j = i + 1; j < i + 4; ++j) {
      if (s[j] < '0' || s[j] > '9')
        return false;
    }
    if (i + 4 == s.size())
      return true;
  }
  return false;
}

std::string strip(std::string_view s, char c) {
  std::string out;
  for (char x : s) {
    if (x != c)
      out += x;
  }
  return out;
}

// A number written the Vietnamese way ("1.500.050,30", "45,37", "1.841") or the C way ("45.37").
std::optional<double> read_number(std::string_view s, bool& integral) {
  std::string digits(s);
  std::string sign;
  if (!digits.empty() && (digits[0] == '-' || digits[0] == '+')) {
    sign = digits[0] == '-' ? "-" : "";
    digits.erase(0, 1);
  }
  const auto comma = digits.find(',');
  std::string whole = digits.substr(0, comma), fraction;
  if (comma != std::string::npos)
    fraction = digits.substr(comma + 1);
  if (grouped_thousands(whole, '.'))
    whole = strip(whole, '.');
  else if (grouped_thousands(whole, ' '))
    whole = strip(whole, ' ');
  else if (comma == std::string::npos && whole.find('.') != std::string::npos) {
    const auto dot = whole.find('.');  // "45.37": a decimal point
    fraction = whole.substr(dot + 1);
    whole = whole.substr(0, dot);
  }
  if (whole.empty() || whole.find_first_not_of("0123456789") != std::string::npos ||
      fraction.find_first_not_of("0123456789") != std::string::npos ||
      (comma != std::string::npos && fraction.empty())) {
    return std::nullopt;
  }
  integral = fraction.empty() || fraction.find_first_not_of('0') == std::string::npos;
  const std::string c = sign + whole + (fraction.empty() ? "" : "." + fraction);
  double value = 0;
  const auto [end, error] = std::from_chars(c.data(), c.data() + c.size(), value);
  if (error != std::errc() || end != c.data() + c.size())
    return std::nullopt;
  return value;
}

Problem parse_integer(const Cell& cell, const std::string& value, Value& out) {
  bool integral = false;
  const std::optional<double> number =
      cell.kind == CellKind::kNumber ? std::optional(cell.number) : read_number(value, integral);
  if (cell.kind == CellKind::kNumber)
    integral = std::floor(cell.number) == cell.number;
  if (!number || !integral)
    return problem(msg::kNotWholeNumber, value);
  // Beyond what a double holds exactly: a whole number, but not one a count or an id can be.
  constexpr long long kLargest = 9'000'000'000'000'000;
  if (std::fabs(*number) > static_cast<double>(kLargest))
    return Message(msg::kNumberTooLarge, {{"value", shown(value)}, count_arg("max", kLargest)});
  out.integer = static_cast<std::int64_t>(*number);
  out.decimal = *number;
  out.text = std::to_string(out.integer);
  return {};
}

Problem parse_decimal(const Cell& cell, const std::string& value, Value& out) {
  bool integral = false;
  const std::optional<double> number =
      cell.kind == CellKind::kNumber ? std::optional(cell.number) : read_number(value, integral);
  if (!number || !std::isfinite(*number))
    return problem(msg::kNotNumber, value);
  out.decimal = *number;
  out.text = fmt::format("{}", *number);
  return {};
}

Problem parse_date(const Field& field, const Cell& cell, const std::string& value, Value& out) {
  std::optional<text::PartialDate> date;
  if (cell.kind == CellKind::kDate) {
    date = text::PartialDate::parse(std::string_view(cell.text).substr(0, 10), false);
  } else if (cell.kind == CellKind::kNumber) {
    // Only a cell with a date format is a date (the reader makes it kDate). A plain number is
    // not read as a day count: 25569 typed into a General cell is no birth date, and reading
    // it as 01/01/1970 would store a date nobody entered. A year alone is a partial date.
    const bool year = field.partial_date && cell.number >= 1800 && cell.number <= 2200;
    if (year)
      date = text::PartialDate::parse(value, true);
  } else {
    date = text::PartialDate::parse(value, field.partial_date);
  }
  if (!date)
    return problem(field.partial_date ? msg::kNotPartialDate : msg::kNotDate, value);
  out.date = date;
  out.text = date->stored();
  return {};
}

// A choice's own spelling, as the lists mostly have it: no keys to make (ICU) for it. A schema
// whose choices have distinct keys (any usable one) gives the same answer as the key search.
const Choice* written_as_listed(const Field& field, const std::string& value) {
  for (const Choice& choice : field.choices) {
    if (choice.value == value)
      return &choice;
    for (const std::string& spelling : choice.spellings) {
      if (spelling == value)
        return &choice;
    }
  }
  return nullptr;
}

Problem parse_enum(const Field& field, const std::string& value, Value& out) {
  if (const Choice* choice = written_as_listed(field, value)) {
    out.text = choice->value;
    return {};
  }
  const std::string key = text::search_key(value);
  std::string listed;
  for (const Choice& choice : field.choices) {
    if (text::search_key(choice.value) == key) {
      out.text = choice.value;
      return {};
    }
    for (const std::string& spelling : choice.spellings) {
      if (text::search_key(spelling) == key) {
        out.text = choice.value;
        return {};
      }
    }
    listed += (listed.empty() ? "" : ", ") + text::upper_first(choice.value);
  }
  return Message(msg::kNotOneOf, {{"value", shown(value)}, {"choices", listed}});
}

// Digits of a phone or id number, with the separators people type removed.
std::string digits_of(std::string_view value, std::string_view separators, bool& clean) {
  std::string digits;
  clean = true;
  for (char c : value) {
    if (c >= '0' && c <= '9')
      digits += c;
    else if (separators.find(c) == std::string_view::npos)
      clean = false;
  }
  return digits;
}

Problem parse_phone(const Cell& cell, const std::string& value, Value& out) {
  bool clean = true;
  const bool plus = !value.empty() && value[0] == '+';
  std::string digits = digits_of(plus ? value.substr(1) : value, " .-()", clean);
  // Excel drops the leading 0 of a phone typed into a number cell: 0912… becomes 912….
  if (cell.kind == CellKind::kNumber && !plus && digits.size() == 9 && digits[0] != '0')
    digits.insert(digits.begin(), '0');
  if (!clean || digits.size() < 9 || digits.size() > 12)
    return problem(msg::kNotPhone, value);
  out.text = (plus ? "+" : "") + digits;
  return {};
}

Problem parse_citizen_id(const Cell& cell, const std::string& value, Value& out) {
  bool clean = true;
  std::string digits = digits_of(value, " .-", clean);
  // A 12-digit căn cước starts with the province code 0xx; a number cell loses that 0.
  if (cell.kind == CellKind::kNumber && digits.size() == 11)
    digits.insert(digits.begin(), '0');
  if (!clean || (digits.size() != 12 && digits.size() != 9))
    return problem(msg::kNotCitizenId, value);
  out.text = digits;
  return {};
}

Problem parse_email(const std::string& value, Value& out) {
  const auto at = value.find('@');
  const bool ok = at != std::string::npos && at > 0 &&
                  value.find('@', at + 1) == std::string::npos &&
                  value.find(' ') == std::string::npos &&
                  value.find('.', at + 2) != std::string::npos && value.back() != '.';
  if (!ok)
    return problem(msg::kNotEmail, value);
  out.text = value;
  return {};
}

Problem parse_yes_no(const Cell& cell, const std::string& value, Value& out) {
  if (cell.kind == CellKind::kBoolean || cell.kind == CellKind::kNumber) {
    if (cell.number == 0 || cell.number == 1) {
      out.text = cell.number == 1 ? "1" : "0";
      return {};
    }
  }
  // The words below are their own keys: written so, they need no key (ICU).
  const bool plain = std::all_of(value.begin(), value.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-';
  });
  const std::string key = plain ? value : text::search_key(value);
  for (const char* yes : {"co", "x", "yes", "y", "1", "true", "dung", "v"}) {
    if (key == yes) {
      out.text = "1";
      return {};
    }
  }
  for (const char* no : {"khong", "no", "n", "0", "false", "sai", "-"}) {
    if (key == no) {
      out.text = "0";
      return {};
    }
  }
  return problem(msg::kNotYesNo, value);
}

}  // namespace

std::optional<Message> parse_field(const Field& field, const Cell& cell, Value& out) {
  out = Value{};
  if (cell.kind == CellKind::kEmpty)
    return {};
  Value cleaned;
  if (Problem wrong = parse_text(cell, cleaned))
    return wrong;
  if (cleaned.text.empty())
    return {};
  out.present = true;
  const std::string& value = cleaned.text;
  Problem problem;
  switch (field.type) {
    case FieldType::kText:
      // Refused here, with its row and column, rather than printed as empty boxes.
      if (auto unprintable = doc::unprintable(value))
        problem = Message(msg::kAsGiven, {{"text", *unprintable}});
      else
        out.text = value;
      break;
    case FieldType::kPersonName:
      problem = parse_person_name(value, out);
      break;
    case FieldType::kInteger:
      problem = parse_integer(cell, value, out);
      break;
    case FieldType::kDecimal:
      problem = parse_decimal(cell, value, out);
      break;
    case FieldType::kDate:
      problem = parse_date(field, cell, value, out);
      break;
    case FieldType::kEnum:
      problem = parse_enum(field, value, out);
      break;
    case FieldType::kPhone:
      problem = parse_phone(cell, value, out);
      break;
    case FieldType::kCitizenId:
      problem = parse_citizen_id(cell, value, out);
      break;
    case FieldType::kEmail:
      problem = parse_email(value, out);
      break;
    case FieldType::kYesNo:
      problem = parse_yes_no(cell, value, out);
      break;
  }
  if (!problem && field.check) {
    // The plugin's own words: English on both sides until its catalogue has them.
    if (std::string wrong = field.check(out); !wrong.empty())
      problem = Message(msg::kAsGiven, {{"text", std::move(wrong)}});
  }
  return problem;
}

}  // namespace thuky::table
