#include "thuky/table/list_output.hpp"

#include <fmt/format.h>

#include <ostream>

#include "list_capture.hpp"
#include "thuky/text/partial_date.hpp"
#include "thuky/text/terminal.hpp"

namespace thuky::table {
namespace {

std::string printed_date(const std::string& stored) {
  const auto date = text::PartialDate::parse_stored(stored);
  return date ? date->dmy() : stored;
}

}  // namespace

// Written here rather than with a JSON library: the list streams row by row, and a string
// literal is all it needs.
namespace {

// Numbers as JSON numbers and a missing number or date as null, so scripts need not parse text.
std::string json_value(ColumnType type, const std::string& text) {
  if (type == ColumnType::kText)
    return json_string(text);
  if (text.empty())
    return "null";
  if (type == ColumnType::kDate)
    return json_string(text);
  const bool numeric =
      text.find_first_not_of("-0123456789.") == std::string::npos && text != "-" && text != ".";
  return numeric ? text : json_string(text);
}

}  // namespace

std::string json_string(std::string_view text) {
  std::string out = "\"";
  for (char c : text) {
    switch (c) {
      case '"':
        out += "\\\"";
        break;
      case '\\':
        out += "\\\\";
        break;
      case '\n':
        out += "\\n";
        break;
      case '\t':
        out += "\\t";
        break;
      case '\r':
        out += "\\r";
        break;
      default:
        if (static_cast<unsigned char>(c) < 0x20)
          out += fmt::format("\\u{:04x}", static_cast<unsigned char>(c));
        else
          out += c;
    }
  }
  return out + "\"";
}

ListOutput::ListOutput(std::string what, std::vector<ListColumn> columns, ListOptions options,
                       std::ostream& terminal)
    : what_(std::move(what)),
      columns_(std::move(columns)),
      options_(std::move(options)),
      terminal_(terminal) {
  if (ListSink* sink = ListCapture::claim(this)) {
    sink->begin(what_, columns_);  // the host shows it: nothing printed, no file written
  } else if (!options_.out.empty()) {
    std::vector<OutputColumn> header;
    for (const auto& c : columns_)
      header.push_back({c.header, c.type});
    const bool xlsx = options_.out.extension() == ".xlsx" || options_.out.extension() == ".XLSX";
    file_ = create_table_file(options_.out, std::move(header), xlsx ? what_ : std::string());
  } else if (options_.json) {
    terminal_ << "{" << json_string(what_) << ": [";
  }
}

ListOutput::~ListOutput() {
  ListCapture::release(this);
}

void ListOutput::add(const std::vector<std::string>& values) {
  const auto value = [&](std::size_t i) -> const std::string& {
    static const std::string empty;
    return i < values.size() ? values[i] : empty;
  };
  if (ListSink* sink = ListCapture::sink_of(this)) {
    sink->row(values);
  } else if (file_) {
    std::vector<std::string> row;
    for (std::size_t i = 0; i < columns_.size(); ++i) {
      const bool partial_date = columns_[i].type == ColumnType::kDate && value(i).size() != 10;
      // A partial date ("09/1970") cannot be an Excel date: it goes as the text people write.
      row.push_back(partial_date ? printed_date(value(i)) : value(i));
    }
    file_->add_row(row);
  } else if (options_.json) {
    std::string line = rows_ == 0 ? "\n  {" : ",\n  {";
    for (std::size_t i = 0; i < columns_.size(); ++i) {
      line += fmt::format("{}{}: {}", i ? ", " : "", json_string(columns_[i].key),
                          json_value(columns_[i].type, value(i)));
    }
    terminal_ << line << '}';
  } else {
    std::string line;
    bool first = true;
    for (std::size_t i = 0; i < columns_.size(); ++i) {
      if (!columns_[i].on_terminal)
        continue;
      if (!first)
        line += '\t';
      first = false;
      // Names from files may hold ESC and other controls: never sent raw to a terminal.
      line += columns_[i].type == ColumnType::kDate ? printed_date(value(i))
                                                    : text::escape_controls(value(i));
    }
    terminal_ << line << '\n';
  }
  ++rows_;
}

std::size_t ListOutput::finish() {
  if (ListCapture::sink_of(this))
    return rows_;
  if (file_)
    file_->finish();
  else if (options_.json)
    terminal_ << (rows_ ? "\n]}\n" : "]}\n");
  return rows_;
}

}  // namespace thuky::table
