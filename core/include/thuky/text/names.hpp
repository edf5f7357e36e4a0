#pragma once
// Vietnamese personal names: parts, matching, searching and the official list order.

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "thuky/export.hpp"
#include "thuky/text/date.hpp"

namespace thuky::text {

// họ (family, the first word), đệm (middle, the words between), tên (given, the last word).
// Names that do not follow this pattern (ethnic minority names such as "Y Moan Niê", compound
// family names such as "Tôn Nữ") are given explicitly by the importer instead of split.
struct THUKY_API NameParts {
  std::string family;
  std::string middle;
  std::string given;
};

// Splits a full name by the common pattern; one word is a given name only.
THUKY_API NameParts split_name(std::string_view full_name);

// Equal for names that differ only by tone-mark placement ("Thuỷ"/"Thủy", "Hoà"/"Hòa"),
// normalisation (NFC/NFD), case or spacing. For matching and de-duplication, never printing.
THUKY_API std::string match_key(std::string_view text);

// Folds case, every diacritic and đ→d: "Giải phóng mặt bằng" → "giai phong mat bang".
THUKY_API std::string search_key(std::string_view text);

// A person on an official list: the name as printed, its parts, and the birth date if known.
struct THUKY_API ListedPerson {
  std::string full_name;
  NameParts parts;
  std::optional<Date> birth_date;
};

// Official list order ("theo vần chữ cái A, B, C"): given name, then family name, then middle
// name(s), each by Vietnamese collation (letters first, then tones ngang < huyền < hỏi < ngã <
// sắc < nặng, wherever the tone mark sits); then the earlier birth date; unknown dates last.
class THUKY_API NameOrder {
 public:
  NameOrder();
  ~NameOrder();
  NameOrder(const NameOrder&) = delete;
  NameOrder& operator=(const NameOrder&) = delete;

  // <0, 0, >0 as a comes before, with, or after b.
  int compare(const ListedPerson& a, const ListedPerson& b) const;
  bool operator()(const ListedPerson& a, const ListedPerson& b) const { return compare(a, b) < 0; }

  // Sorts in official order; equal entries keep their input order.
  void sort(std::vector<ListedPerson>& people) const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace thuky::text
