#pragma once
// CSV as spreadsheets save it (RFC 4180: quoted fields, doubled quotes, CRLF, a UTF-8 BOM).
// Written here rather than taken from a library: the format is small, and we need each field's
// line and column for error messages, which the C libraries in Debian do not report.

#include <string>
#include <string_view>
#include <vector>

namespace thuky::host {

struct CsvField {
  std::string text;
  int line = 0;
  int column = 0;  // in characters, 1-based
};

using CsvRow = std::vector<CsvField>;

// Splits `text` into rows; throws UserError (naming `source`) on an unterminated quote.
// Rows whose fields are all empty are dropped.
std::vector<CsvRow> read_csv(std::string_view text, const std::string& source);

}  // namespace thuky::host
