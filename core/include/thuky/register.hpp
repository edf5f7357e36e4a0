#pragma once
// The document register (sổ đăng ký văn bản đi): the numbers an issuing body has given its
// documents, per type symbol ("GM", "BB", "TB") and year. Numbers rise with the date within a
// year; a number once given (and so seen) is kept for the document it was given to.

#include <optional>
#include <string>
#include <vector>

#include "thuky/export.hpp"
#include "thuky/store.hpp"
#include "thuky/text/date.hpp"

namespace thuky {

struct THUKY_API RegisterEntry {
  std::string issuer;     // the issuing body's symbol: "MTTQ-BTT"
  std::string type;       // "GM", "BB", "TB", ...
  text::Date date;        // the document's date; its year chooses the register
  std::string reference;  // what the number was given to, e.g. "minutes:ky-anh-2020-09-15:GM";
                          // empty for a number taken by hand ('thuky register next')
};

class THUKY_API DocumentRegister {
 public:
  explicit DocumentRegister(Store& store) : store_(store) {}

  // The number of `entry.reference` if it has one, else the next number of the register,
  // recorded for it. Call inside a WriteTransaction.
  int take(const RegisterEntry& entry);

  // Records a number given in an input file; returns what runs against the register's dates
  // (an earlier-dated document with a higher number, or the reverse), empty when nothing
  // does. Throws UserError when the number belongs to another document.
  std::vector<std::string> record(const RegisterEntry& entry, int number);

  // The number `reference` was given, if any.
  std::optional<int> number_of(const RegisterEntry& entry) const;

 private:
  Store& store_;
};

}  // namespace thuky
