#pragma once
// Vietnamese personal names: parts, matching, searching and the official list order.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "thuky/export.hpp"
#include "thuky/text/date.hpp"
#include "thuky/text/name_order_kind.hpp"

namespace thuky::text {

// họ (family, the first word), đệm (middle, the words between), tên (given, the last word).
// Names that do not follow this pattern (ethnic minority names such as "Y Moan Niê", compound
// family names such as "Tôn Nữ") are given explicitly by the importer instead of split.
struct THUKY_API NameParts {
  std::string family;
  std::string middle;
  std::string given;
};

// Splits a full name by the common pattern; one word is a given name only. Another name in
// parentheses is not part of it: "Nguyễn Văn Thạnh (Lâm)" has the given name "Thạnh".
THUKY_API NameParts split_name(std::string_view full_name);

// split_name without copying: views into `full_name` (as entered, not cleaned). `middle` spans
// the middle words and may hold an alias between them, which sort keys skip.
struct NamePartViews {
  std::string_view family;
  std::string_view middle;
  std::string_view given;
};
THUKY_API NamePartViews split_name_views(std::string_view full_name);

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
// name(s), each in the chosen alphabetical order (docs/name-order.md); then the earlier birth
// date, unknown dates last. Tone-placement variants, NFC/NFD, case and spacing do not matter;
// nor do apostrophes or an alias in parentheses.
class THUKY_API NameOrder {
 public:
  explicit NameOrder(NameOrderKind kind = NameOrderKind::kPublished);
  ~NameOrder();
  NameOrder(const NameOrder&) = delete;
  NameOrder& operator=(const NameOrder&) = delete;

  NameOrderKind kind() const noexcept { return kind_; }

  // A byte string whose memcmp/std::string order (and SQLite BLOB order) equals compare():
  // given, family, middle, then birth date (earlier first, unknown last). Equal keys mean
  // compare() == 0.
  std::string sort_key(const ListedPerson& person) const;
  // The same key, appended to `out`: one buffer can serve a million names.
  void append_sort_key(std::string& out, const NamePartViews& parts,
                       const std::optional<Date>& birth_date) const;

  // <0, 0, >0 as a comes before, with, or after b.
  int compare(const ListedPerson& a, const ListedPerson& b) const;
  bool operator()(const ListedPerson& a, const ListedPerson& b) const { return compare(a, b) < 0; }

  // Sorts in official order; equal entries keep their input order.
  void sort(std::vector<ListedPerson>& people) const;

  // Why one of the two comes first: the part (tên, họ, đệm) and letter that decide, or the
  // birth dates. Lines in English, names as entered; what a committee answers when a list is
  // challenged.
  std::string explain(const ListedPerson& a, const ListedPerson& b) const;

 private:
  NameOrderKind kind_;
};

}  // namespace thuky::text
