#pragma once
// CSV as spreadsheets save it, read as a stream: RFC 4180 quoting (doubled quotes, quoted
// newlines), a UTF-8 BOM, CRLF, and the delimiter Excel uses in the user's locale — ',' or, where
// the decimal mark is a comma (Vietnamese, most of Europe), ';' — or a tab; Excel's "sep=;" first
// line is honoured. Written here rather than taken from a library: the format is small, and the
// messages need each field's line and character column, which Debian's C CSV libraries do not
// report.

#include <filesystem>
#include <memory>

#include "thuky/table/source.hpp"

namespace thuky::table {

std::unique_ptr<RowSource> open_csv(const std::filesystem::path& file);

}  // namespace thuky::table
