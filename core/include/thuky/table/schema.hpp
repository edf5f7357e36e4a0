#pragma once
// What a plugin declares about a table it imports: its fields, their types, the headers each
// accepts. The importer does the rest — header matching, parsing, NFC, errors by row and column.
//
//   table::TableSchema schema{"people", {
//       {.key = "name", .label = "Họ và tên", .required = true, .aliases = {"Họ tên"}},
//       {.key = "birth", .label = "Ngày sinh", .type = table::FieldType::kDate,
//        .partial_date = true},
//   }};

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "thuky/export.hpp"
#include "thuky/text/partial_date.hpp"

namespace thuky::table {

enum class FieldType {
  kText,       // NFC, white space collapsed, legacy encodings and control characters refused
  kInteger,    // "1841", "1.841", an integral Excel number
  kDecimal,    // "45,37", "1.500.050,30", "45.37", an Excel number
  kDate,       // dd/mm/yyyy, d/m/yyyy, yyyy-mm-dd, an Excel date; see Field::partial_date
  kEnum,       // one of Field::choices, matched without case or diacritics
  kPhone,      // 9 to 12 digits, spaces, dots, dashes, a leading +; stored as entered, cleaned
  kCitizenId,  // căn cước (12 digits) or chứng minh nhân dân (9 digits)
  kEmail,      // name@domain.tld
  kYesNo,      // có/không, x/empty, yes/no, 1/0, TRUE/FALSE → "1"/"0"
  // SDK 2.5 (last, so that the values above keep theirs): a person's name or a part of it,
  // text::clean_name'd and checked by text::name_problem (thuky/text/name_check.hpp).
  kPersonName,
};

// One accepted value of an enum field: what is stored, and how users may write it.
struct THUKY_API Choice {
  std::string value;                   // stored and printed: "nữ"
  std::vector<std::string> spellings;  // also accepted: "Nu", "F" (value itself always is)
};

struct Value;

struct THUKY_API Field {
  std::string key{};    // how code refers to the field: "birth_date"
  std::string label{};  // the header as printed, and the field's name in messages: "Ngày sinh"
  FieldType type = FieldType::kText;
  bool required = false;               // the column must exist and no row may leave it empty
  std::vector<std::string> aliases{};  // other headers accepted besides the label
  std::vector<Choice> choices{};       // kEnum
  bool partial_date = false;           // kDate: also "09/1970" and "1970" (PartialDate)
  // A further check on a parsed, non-empty value: the problem in words, or empty when fine.
  std::function<std::string(const Value&)> check{};
};

struct THUKY_API TableSchema {
  std::string what;  // "people": names the table in messages and progress
  std::vector<Field> fields;

  // The field's position, or -1.
  int index_of(std::string_view key) const;
};

// A parsed cell. `text` is the canonical form: cleaned NFC text; a date's stored form
// ("1970-09-15", or "1970-09"/"1970" when partial); an enum's value; "1"/"0"; an integer in
// plain digits; a decimal in C notation ("45.37"); a phone or id as digits (a leading + kept).
struct THUKY_API Value {
  bool present = false;  // false when the cell was empty (text is then empty too)
  std::string text;
  std::int64_t integer = 0;
  double decimal = 0;
  std::optional<text::PartialDate> date;
};

// A valid row, as the importer hands it to the plugin.
class THUKY_API Record {
 public:
  Record(const TableSchema& schema, std::vector<Value> values, int row)
      : schema_(&schema), values_(std::move(values)), row_(row) {}
  const Value& at(std::size_t field_index) const { return values_[field_index]; }
  // By key; throws std::out_of_range for a key the schema does not have (a bug).
  const Value& operator[](std::string_view key) const;
  const std::string& text(std::string_view key) const { return (*this)[key].text; }
  int row() const { return row_; }  // as the user sees it (Excel row, CSV line)

 private:
  const TableSchema* schema_;
  std::vector<Value> values_;
  int row_;
};

}  // namespace thuky::table
