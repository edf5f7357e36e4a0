// Excel workbooks (.xlsx) read row by row: libzip opens the container, expat parses each XML
// part as it is inflated. Only the shared strings (one arena) and the date styles stay in
// memory; the sheet itself streams, one row at a time (the parser is suspended at each row).
#include "table/xlsx_source.hpp"

#include <expat.h>
#include <fmt/format.h>
#include <zip.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <charconv>
#include <cmath>
#include <cstdint>
#include <cstring>
#include <exception>
#include <fstream>
#include <limits>
#include <map>
#include <optional>
#include <stdexcept>
#include <string_view>
#include <type_traits>
#include <vector>

#include "table/excel_values.hpp"
#include "table/table_messages.hpp"
#include "thuky/error.hpp"
#include "thuky/text/case.hpp"
#include "thuky/text/date.hpp"
#include "thuky/text/normalize.hpp"

namespace thuky::table {
namespace {

constexpr std::size_t kChunkSize = 64 * 1024;
// Excel holds at most 32767 characters in a cell; other programs may write more, not this.
constexpr std::size_t kMaxCellBytes = std::size_t{1} << 20;
// The shared strings of a million-row sheet fit many times over; a zip bomb does not.
constexpr std::size_t kMaxSharedStringBytes = std::size_t{512} << 20;
constexpr std::size_t kMaxSharedStrings = std::size_t{16} << 20;
// workbook.xml, the relationships and styles.xml, inflated.
constexpr zip_uint64_t kMaxSmallPartBytes = zip_uint64_t{64} << 20;
constexpr int kMaxColumn = 16384;  // XFD
constexpr int kMaxRow = 1 << 30;   // Excel stops at 1048576; LibreOffice can go further
constexpr std::size_t kMaxSheets = 1 << 16;
constexpr std::size_t kMaxStyles = 1 << 20;

// Names without their prefix: "x:row" → "row". Namespaces are not checked: every part has
// one vocabulary, whichever prefix (or none) the program that wrote it chose.
std::string_view local_name(const XML_Char* name) {
  const std::string_view full(name);
  const auto colon = full.find(':');
  return colon == std::string_view::npos ? full : full.substr(colon + 1);
}

bool has_prefix(const XML_Char* name) {
  return std::strchr(name, ':') != nullptr;
}

// The value of the attribute `name` (no prefix), or nullptr.
const char* attribute(const XML_Char** attributes, std::string_view name) {
  for (const XML_Char** a = attributes; a[0] != nullptr; a += 2) {
    if (name == a[0])
      return a[1];
  }
  return nullptr;
}

bool ends_with(std::string_view text, std::string_view tail) {
  return text.size() >= tail.size() && text.substr(text.size() - tail.size()) == tail;
}

std::string quoted_list(const std::vector<std::string>& names) {
  std::string out;
  for (const std::string& name : names)
    out += (out.empty() ? "'" : ", '") + name + "'";
  return out;
}

// --- The zip container ------------------------------------------------------------------

std::string zip_error_text(int code) {
  zip_error_t error;
  zip_error_init_with_code(&error, code);
  std::string text = zip_error_strerror(&error);
  zip_error_fini(&error);
  return text;
}

class Archive {
 public:
  Archive(const std::filesystem::path& file, std::string name) : name_(std::move(name)) {
    refuse_other_formats(file);
    int code = 0;
    zip_ = zip_open(file.c_str(), ZIP_RDONLY, &code);
    if (zip_ == nullptr) {
      if (code == ZIP_ER_NOZIP) {
        throw MessageError(
            Message(msg::kNotXlsx, {{"file", name_}, message_arg("why", Message(msg::kNotZip))}));
      }
      throw UserError(
          fmt::format("'{}' is not an Excel workbook (.xlsx): the zip archive is "
                      "damaged ({})",
                      name_, zip_error_text(code)));
    }
  }
  ~Archive() { zip_discard(zip_); }
  Archive(const Archive&) = delete;
  Archive& operator=(const Archive&) = delete;

  const std::string& name() const { return name_; }

  // Part names are case-insensitive in a package (ECMA-376 part 2).
  std::optional<zip_uint64_t> find(const std::string& part) const {
    const zip_int64_t index = zip_name_locate(zip_, part.c_str(), ZIP_FL_NOCASE);
    if (index < 0)
      return std::nullopt;
    return static_cast<zip_uint64_t>(index);
  }

  zip_uint64_t find_required(const std::string& part) const {
    if (const auto index = find(part))
      return *index;
    throw UserError(fmt::format("'{}' is not an Excel workbook (.xlsx): the part '{}' is missing",
                                name_, part));
  }

  zip_uint64_t size(zip_uint64_t index) const {
    zip_stat_t stat;
    zip_stat_init(&stat);
    if (zip_stat_index(zip_, index, 0, &stat) != 0 || (stat.valid & ZIP_STAT_SIZE) == 0)
      return 0;
    return stat.size;
  }

  zip_file_t* open(zip_uint64_t index, const std::string& part) const {
    zip_file_t* entry = zip_fopen_index(zip_, index, 0);
    if (entry == nullptr)
      damaged(part, zip_strerror(zip_));
    return entry;
  }

  [[noreturn]] void damaged(const std::string& part, const std::string& why) const {
    throw UserError(fmt::format("'{}' is damaged: {}: {}", name_, part, why));
  }

 private:
  // Encrypted workbooks and .xls files are OLE2 compound documents, not zips.
  void refuse_other_formats(const std::filesystem::path& file) const {
    std::error_code ec;
    if (std::filesystem::is_directory(file, ec))
      throw UserError(fmt::format("cannot open '{}': it is a folder, not a file", name_));
    std::ifstream in(file, std::ios::binary);
    if (!in) {
      std::error_code ec;
      const bool exists = std::filesystem::exists(file, ec);
      throw UserError(fmt::format("cannot open '{}': {}", name_,
                                  exists ? "permission denied" : "no such file"));
    }
    std::array<char, 8> head{};
    in.read(head.data(), head.size());
    const auto got = static_cast<std::size_t>(in.gcount());
    if (got == 0)
      throw MessageError(
          Message(msg::kNotXlsx, {{"file", name_}, message_arg("why", Message(msg::kEmptyFile))}));
    static constexpr std::array<unsigned char, 4> kOle2{0xD0, 0xCF, 0x11, 0xE0};
    if (got >= 4 && std::memcmp(head.data(), kOle2.data(), kOle2.size()) == 0) {
      throw MessageError(Message(msg::kProtectedOrXls, {{"file", name_}}));
    }
  }

  std::string name_;
  zip_t* zip_ = nullptr;
};

// --- Streaming XML parts ----------------------------------------------------------------

// A problem in one part; XmlPart adds the part name and line.
class PartError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

class XmlHandler {
 public:
  virtual ~XmlHandler() = default;
  // `name` is the local name (prefix dropped); attributes as expat gives them.
  virtual void start(std::string_view name, const XML_Char** attributes) = 0;
  virtual void end(std::string_view name) = 0;
  virtual void text(std::string_view /*data*/) {}
};

// One part of the zip parsed as it is inflated. parse() returns when the handler suspends
// (true) or at the end of the part (false); handlers may throw, parse() rethrows.
class XmlPart {
 public:
  XmlPart(const Archive& archive, zip_uint64_t index, std::string part, XmlHandler& handler,
          zip_uint64_t max_size)
      : archive_(archive), part_(std::move(part)), handler_(handler), max_size_(max_size) {
    size_ = archive_.size(index);
    if (size_ > max_size_)
      too_large();
    parser_.reset(XML_ParserCreate(nullptr));
    if (parser_ == nullptr)
      throw std::bad_alloc();
    XML_SetUserData(parser_.get(), this);
    XML_SetElementHandler(parser_.get(), &XmlPart::on_start, &XmlPart::on_end);
    XML_SetCharacterDataHandler(parser_.get(), &XmlPart::on_text);
    XML_SetStartDoctypeDeclHandler(parser_.get(), &XmlPart::on_doctype);
    entry_.reset(archive_.open(index, part_));
    buffer_.resize(kChunkSize);
  }
  XmlPart(const XmlPart&) = delete;
  XmlPart& operator=(const XmlPart&) = delete;

  // Parses on until the handler calls suspend() (true) or the part ends (false).
  bool parse() {
    while (!finished_) {
      XML_Status status;
      if (suspended_) {
        suspended_ = false;
        status = XML_ResumeParser(parser_.get());
      } else {
        const zip_int64_t got = zip_fread(entry_.get(), buffer_.data(), buffer_.size());
        if (got < 0)
          archive_.damaged(part_, zip_file_strerror(entry_.get()));
        read_ += static_cast<zip_uint64_t>(got);
        if (read_ > max_size_)
          too_large();
        last_ = got == 0;
        status = XML_Parse(parser_.get(), buffer_.data(), static_cast<int>(got), last_ ? 1 : 0);
      }
      if (status == XML_STATUS_ERROR)
        fail();
      if (status == XML_STATUS_SUSPENDED) {
        suspended_ = true;
        return true;
      }
      finished_ = last_;
    }
    return false;
  }

  void parse_to_end() {
    while (parse()) {
    }
  }

  // From a handler: return from parse() after this event.
  void suspend() {
    XML_ParsingStatus status;
    XML_GetParsingStatus(parser_.get(), &status);
    if (status.parsing == XML_PARSING)
      XML_StopParser(parser_.get(), XML_TRUE);
  }

  double fraction() const {
    if (finished_ || size_ == 0)
      return finished_ ? 1.0 : 0.0;
    const XML_Index at = XML_GetCurrentByteIndex(parser_.get());
    const double done = at >= 0 ? static_cast<double>(at) : static_cast<double>(read_);
    return std::min(1.0, done / static_cast<double>(size_));
  }

 private:
  [[noreturn]] void too_large() const {
    archive_.damaged(part_, fmt::format("the part is larger than {} MiB, more than a workbook "
                                        "of this kind ever holds",
                                        max_size_ >> 20));
  }

  [[noreturn]] void fail() {
    if (error_)
      std::rethrow_exception(error_);
    archive_.damaged(part_, fmt::format("line {}: {}", XML_GetCurrentLineNumber(parser_.get()),
                                        XML_ErrorString(XML_GetErrorCode(parser_.get()))));
  }

  // Exceptions must not cross expat's C frames: keep the first, stop the parser.
  template <typename F>
  static void guarded(void* data, F&& call) {
    auto* self = static_cast<XmlPart*>(data);
    if (self->error_)
      return;  // expat may deliver an event or two after a stop
    try {
      call(*self);
    } catch (const PartError& e) {
      self->error_ = std::make_exception_ptr(UserError(
          fmt::format("'{}' is damaged: {}: line {}: {}", self->archive_.name(), self->part_,
                      XML_GetCurrentLineNumber(self->parser_.get()), e.what())));
      XML_StopParser(self->parser_.get(), XML_FALSE);
    } catch (...) {
      self->error_ = std::current_exception();
      XML_StopParser(self->parser_.get(), XML_FALSE);
    }
  }

  static void XMLCALL on_start(void* data, const XML_Char* name, const XML_Char** attributes) {
    guarded(data, [&](XmlPart& self) { self.handler_.start(local_name(name), attributes); });
  }
  static void XMLCALL on_end(void* data, const XML_Char* name) {
    guarded(data, [&](XmlPart& self) { self.handler_.end(local_name(name)); });
  }
  static void XMLCALL on_text(void* data, const XML_Char* text, int length) {
    guarded(data, [&](XmlPart& self) {
      self.handler_.text(std::string_view(text, static_cast<std::size_t>(length)));
    });
  }
  static void XMLCALL on_doctype(void* data, const XML_Char*, const XML_Char*, const XML_Char*,
                                 int) {
    guarded(data, [](XmlPart&) {
      throw PartError(
          "it has a DOCTYPE declaration, which no workbook has (refused: it could define "
          "entities)");
    });
  }

  const Archive& archive_;
  std::string part_;
  XmlHandler& handler_;
  zip_uint64_t max_size_;
  zip_uint64_t size_ = 0;
  zip_uint64_t read_ = 0;
  struct FreeParser {
    void operator()(XML_Parser parser) const { XML_ParserFree(parser); }
  };
  struct CloseEntry {
    void operator()(zip_file_t* entry) const { zip_fclose(entry); }
  };
  std::unique_ptr<std::remove_pointer_t<XML_Parser>, FreeParser> parser_;
  std::unique_ptr<zip_file_t, CloseEntry> entry_;
  std::vector<char> buffer_;
  bool suspended_ = false;
  bool last_ = false;
  bool finished_ = false;
  std::exception_ptr error_;
};

void parse_part(const Archive& archive, zip_uint64_t index, const std::string& part,
                XmlHandler& handler, zip_uint64_t max_size = kMaxSmallPartBytes) {
  XmlPart(archive, index, part, handler, max_size).parse_to_end();
}

// --- Text escapes -------------------------------------------------------------------------

// OOXML writes characters that XML cannot hold (control characters) as "_xHHHH_" (UTF-16,
// so a pair for an emoji), and a literal "_x0041_" as "_x005F_x0041_". Decodes text[from..]
// in place: the decoded form is never longer.
void decode_escapes(std::string& text, std::size_t from = 0) {
  std::size_t i = text.find("_x", from);
  if (i == std::string::npos)
    return;
  const auto unit = [&](std::size_t at, char32_t& value) {
    if (at + 7 > text.size() || text[at] != '_' || text[at + 1] != 'x' || text[at + 6] != '_')
      return false;
    unsigned parsed = 0;
    const auto result = std::from_chars(text.data() + at + 2, text.data() + at + 6, parsed, 16);
    value = parsed;
    return result.ptr == text.data() + at + 6;
  };
  std::size_t out = i;
  while (i < text.size()) {
    char32_t cp = 0;
    if (text[i] != '_' || !unit(i, cp)) {
      text[out++] = text[i++];
      continue;
    }
    i += 7;
    char32_t low = 0;
    if (cp >= 0xD800 && cp <= 0xDBFF && unit(i, low) && low >= 0xDC00 && low <= 0xDFFF) {
      cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
      i += 7;
    } else if (cp >= 0xD800 && cp <= 0xDFFF) {
      cp = 0xFFFD;
    }
    if (cp == 0)
      continue;  // no NUL in text
    if (cp < 0x80) {
      text[out++] = static_cast<char>(cp);
    } else if (cp < 0x800) {
      text[out++] = static_cast<char>(0xC0 | (cp >> 6));
      text[out++] = static_cast<char>(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
      text[out++] = static_cast<char>(0xE0 | (cp >> 12));
      text[out++] = static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
      text[out++] = static_cast<char>(0x80 | (cp & 0x3F));
    } else {
      text[out++] = static_cast<char>(0xF0 | (cp >> 18));
      text[out++] = static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
      text[out++] = static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
      text[out++] = static_cast<char>(0x80 | (cp & 0x3F));
    }
  }
  text.resize(out);
}

// --- Package structure: relationships, workbook -----------------------------------------

struct Relationship {
  std::string type;    // the URI; compare its ending ("/worksheet")
  std::string target;  // a part name, resolved
};

// "xl/workbook.xml" → "xl/"
std::string directory_of(const std::string& part) {
  const auto slash = part.rfind('/');
  return slash == std::string::npos ? std::string() : part.substr(0, slash + 1);
}

std::string percent_decoded(std::string_view text) {
  std::string out;
  for (std::size_t i = 0; i < text.size(); ++i) {
    int value = 0;
    if (text[i] == '%' && i + 2 < text.size() &&
        std::from_chars(text.data() + i + 1, text.data() + i + 3, value, 16).ptr ==
            text.data() + i + 3) {
      out += static_cast<char>(value);
      i += 2;
    } else {
      out += text[i];
    }
  }
  return out;
}

// A relationship target as a zip entry name: "/xl/worksheets/sheet1.xml" is absolute,
// "worksheets/sheet1.xml" and "../xl/x.xml" are relative to the source part's folder.
std::string resolve_target(const std::string& base_dir, std::string_view target) {
  std::string path = !target.empty() && target[0] == '/' ? std::string(target.substr(1))
                                                         : base_dir + std::string(target);
  path = percent_decoded(path);
  std::vector<std::string> parts;
  std::size_t start = 0;
  while (start <= path.size()) {
    std::size_t slash = path.find('/', start);
    if (slash == std::string::npos)
      slash = path.size();
    const std::string piece = path.substr(start, slash - start);
    if (piece == "..") {
      if (!parts.empty())
        parts.pop_back();
    } else if (!piece.empty() && piece != ".") {
      parts.push_back(piece);
    }
    start = slash + 1;
  }
  std::string out;
  for (const std::string& piece : parts)
    out += (out.empty() ? "" : "/") + piece;
  return out;
}

// "xl/workbook.xml" → "xl/_rels/workbook.xml.rels"
std::string rels_part_of(const std::string& part) {
  const std::string dir = directory_of(part);
  return dir + "_rels/" + part.substr(dir.size()) + ".rels";
}

class RelsHandler final : public XmlHandler {
 public:
  explicit RelsHandler(std::string base_dir) : base_dir_(std::move(base_dir)) {}
  void start(std::string_view name, const XML_Char** attributes) override {
    if (name != "Relationship")
      return;
    const char* id = attribute(attributes, "Id");
    const char* type = attribute(attributes, "Type");
    const char* target = attribute(attributes, "Target");
    const char* mode = attribute(attributes, "TargetMode");
    if (id == nullptr || type == nullptr || target == nullptr ||
        (mode != nullptr && std::string_view(mode) == "External"))
      return;
    if (rels.size() >= kMaxSheets * 4)
      throw PartError("too many relationships");
    rels[id] = Relationship{type, resolve_target(base_dir_, target)};
  }
  void end(std::string_view) override {}

  std::map<std::string, Relationship> rels;

 private:
  std::string base_dir_;
};

std::map<std::string, Relationship> read_rels(const Archive& archive, const std::string& part,
                                              const std::string& base_dir) {
  RelsHandler handler(base_dir);
  if (const auto index = archive.find(part))
    parse_part(archive, *index, part, handler);
  return std::move(handler.rels);
}

const Relationship* find_by_type(const std::map<std::string, Relationship>& rels,
                                 std::string_view type_tail) {
  for (const auto& [id, rel] : rels) {
    if (ends_with(rel.type, type_tail))
      return &rel;
  }
  return nullptr;
}

struct SheetEntry {
  std::string name;
  std::string rel_id;
  bool hidden = false;
};

class WorkbookHandler final : public XmlHandler {
 public:
  void start(std::string_view name, const XML_Char** attributes) override {
    if (name == "workbookPr") {
      if (const char* v = attribute(attributes, "date1904"))
        date1904 = std::string_view(v) == "1" || std::string_view(v) == "true";
    } else if (name == "sheet") {
      SheetEntry sheet;
      for (const XML_Char** a = attributes; a[0] != nullptr; a += 2) {
        const std::string_view key = local_name(a[0]);
        if (key == "name" && !has_prefix(a[0]))
          sheet.name = a[1];
        else if (key == "state")
          sheet.hidden = std::string_view(a[1]) != "visible";
        else if (key == "id" && has_prefix(a[0]))  // r:id
          sheet.rel_id = a[1];
      }
      if (sheets.size() >= kMaxSheets)
        throw PartError("too many sheets");
      sheets.push_back(std::move(sheet));
    }
  }
  void end(std::string_view) override {}

  bool date1904 = false;
  std::vector<SheetEntry> sheets;
};

// --- Shared strings -----------------------------------------------------------------------

// Every string once in one arena: ~1M unique strings cost their bytes plus 4 bytes each.
class SharedStrings {
 public:
  std::size_t size() const { return ends_.size(); }
  std::string_view at(std::size_t i) const {
    const std::size_t begin = i == 0 ? 0 : ends_[i - 1];
    return std::string_view(arena_).substr(begin, ends_[i] - begin);
  }
  void append(std::string_view text) { arena_.append(text); }
  std::size_t pending() const { return arena_.size() - (ends_.empty() ? 0 : ends_.back()); }
  std::size_t bytes() const { return arena_.size(); }
  void close_item() {
    decode_escapes(arena_, ends_.empty() ? 0 : ends_.back());
    ends_.push_back(static_cast<std::uint32_t>(arena_.size()));
  }
  void reserve(std::size_t count) { ends_.reserve(count); }
  void shrink() {
    arena_.shrink_to_fit();
    ends_.shrink_to_fit();
  }

 private:
  std::string arena_;
  std::vector<std::uint32_t> ends_;
};

static_assert(kMaxSharedStringBytes < (std::uint64_t{1} << 32), "offsets are 32-bit");

// Text of <si>: <t>, or the <r><t> runs of rich text, without the phonetic <rPh> guide.
class SharedStringsHandler final : public XmlHandler {
 public:
  SharedStringsHandler(SharedStrings& strings, const std::string& file)
      : strings_(strings), file_(file) {}
  void start(std::string_view name, const XML_Char** attributes) override {
    if (name == "sst") {
      if (const char* count = attribute(attributes, "uniqueCount")) {
        std::size_t n = 0;
        std::from_chars(count, count + std::strlen(count), n);
        strings_.reserve(std::min<std::size_t>(n, std::size_t{1} << 20));
      }
    } else if (name == "si") {
      in_item_ = true;
    } else if (name == "rPh") {
      ++phonetic_;
    } else if (name == "t" && in_item_ && phonetic_ == 0) {
      in_text_ = true;
    }
  }
  void end(std::string_view name) override {
    if (name == "si" && in_item_) {
      if (strings_.size() >= kMaxSharedStrings) {
        throw UserError(
            fmt::format("'{}' has more than {} different texts; a table this large cannot be read "
                        "(split it into several workbooks)",
                        file_, kMaxSharedStrings));
      }
      strings_.close_item();
      in_item_ = false;
    } else if (name == "rPh") {
      phonetic_ = std::max(0, phonetic_ - 1);
    } else if (name == "t") {
      in_text_ = false;
    }
  }
  void text(std::string_view data) override {
    if (!in_text_)
      return;
    if (strings_.pending() + data.size() > kMaxCellBytes)
      throw PartError(
          fmt::format("text {} is longer than {} MiB", strings_.size() + 1, kMaxCellBytes >> 20));
    if (strings_.bytes() + data.size() > kMaxSharedStringBytes) {
      throw UserError(fmt::format(
          "'{}' holds more than {} MiB of text; a table this large cannot be read (split it "
          "into several workbooks)",
          file_, kMaxSharedStringBytes >> 20));
    }
    strings_.append(data);
  }

 private:
  SharedStrings& strings_;
  const std::string& file_;
  bool in_item_ = false;
  bool in_text_ = false;
  int phonetic_ = 0;
};

// --- Styles: which cell formats show dates ------------------------------------------------

// Built-in formats that show a date or time (ECMA-376 18.8.30; 27–36 and 50–58 are the
// East Asian date formats).
bool builtin_date_format(int id) {
  return (id >= 14 && id <= 22) || (id >= 27 && id <= 36) || (id >= 45 && id <= 47) ||
         (id >= 50 && id <= 58);
}

// A format code shows a date when it has d, m, y, h or s outside quotes, brackets ([Red],
// [$-42A]) and escapes. Only the first section (positive numbers) counts. Elapsed time
// ("[h]:mm:ss") is a duration, not a date.
bool date_format_code(std::string_view code) {
  for (std::size_t i = 0; i < code.size(); ++i) {
    const char c = code[i];
    if (c == '"') {
      const auto close = code.find('"', i + 1);
      if (close == std::string_view::npos)
        return false;
      i = close;
    } else if (c == '[') {
      const auto close = code.find(']', i + 1);
      if (close == std::string_view::npos)
        return false;
      const std::string_view inside = code.substr(i + 1, close - i - 1);
      if (!inside.empty() && inside.find_first_not_of("hHmMsS") == std::string_view::npos)
        return false;
      i = close;
    } else if (c == '\\' || c == '_' || c == '*') {
      ++i;  // the next character is literal (or padding / fill)
    } else if (c == ';') {
      return false;
    } else {
      switch (c) {
        case 'd':
        case 'D':
        case 'm':
        case 'M':
        case 'y':
        case 'Y':
        case 'h':
        case 'H':
        case 's':
        case 'S':
          return true;
        default:
          break;
      }
    }
  }
  return false;
}

class StylesHandler final : public XmlHandler {
 public:
  void start(std::string_view name, const XML_Char** attributes) override {
    if (name == "numFmt") {
      const char* id = attribute(attributes, "numFmtId");
      const char* code = attribute(attributes, "formatCode");
      int value = 0;
      if (id != nullptr && code != nullptr &&
          std::from_chars(id, id + std::strlen(id), value).ec == std::errc() &&
          custom_.size() < kMaxStyles)
        custom_[value] = date_format_code(code);
    } else if (name == "cellXfs") {
      in_cell_xfs_ = true;
    } else if (name == "xf" && in_cell_xfs_) {
      if (formats_.size() >= kMaxStyles)
        throw PartError("too many cell formats");
      int value = 0;
      if (const char* id = attribute(attributes, "numFmtId"))
        std::from_chars(id, id + std::strlen(id), value);
      formats_.push_back(value);
    }
  }
  void end(std::string_view name) override {
    if (name == "cellXfs")
      in_cell_xfs_ = false;
  }

  // For each cell style index (the `s` of a cell): does it show a date?
  std::vector<bool> date_styles() const {
    std::vector<bool> dates;
    dates.reserve(formats_.size());
    for (const int id : formats_) {
      const auto custom = custom_.find(id);
      dates.push_back(custom != custom_.end() ? custom->second : builtin_date_format(id));
    }
    return dates;
  }

 private:
  bool in_cell_xfs_ = false;
  std::map<int, bool> custom_;  // numFmtId → shows a date
  std::vector<int> formats_;    // cellXfs index → numFmtId
};

// --- Values -------------------------------------------------------------------------------

// Numbers as a person reads them: at most 15 significant digits (what Excel shows, so
// 45.370000000000005 reads "45.37"), shortest form, integers without ".0" or an exponent.
std::string format_number(double value) {
  std::array<char, 64> buffer{};
  if (std::isfinite(value) && std::fabs(value) < 1e15 && value == std::trunc(value)) {
    const auto end =
        std::to_chars(buffer.data(), buffer.data() + buffer.size(), static_cast<long long>(value));
    return std::string(buffer.data(), end.ptr);
  }
  auto result = std::to_chars(buffer.data(), buffer.data() + buffer.size(), value);
  std::string_view shortest(buffer.data(), static_cast<std::size_t>(result.ptr - buffer.data()));
  const auto mantissa = shortest.substr(0, shortest.find('e'));
  const auto digits =
      std::count_if(mantissa.begin(), mantissa.end(), [](char c) { return c >= '0' && c <= '9'; });
  if (digits <= 15)  // already what Excel shows
    return std::string(shortest);
  const std::string rounded = fmt::format("{:.15g}", value);
  double shown = value;
  std::from_chars(rounded.data(), rounded.data() + rounded.size(), shown);
  result = std::to_chars(buffer.data(), buffer.data() + buffer.size(), shown);
  return std::string(buffer.data(), result.ptr);
}

std::string time_text(long long seconds) {
  return fmt::format("{:02}:{:02}:{:02}", seconds / 3600, seconds / 60 % 60, seconds % 60);
}

// An Excel serial as a date cell, in the workbook's date system. False when Excel would not
// show it as a date (negative, past year 9999): then it stays a number. Serials below 1 are a
// time of day alone ("08:30:00").
bool date_from_serial(double serial, bool date1904, Cell& cell) {
  if (!(serial >= 0) || serial >= static_cast<double>(excel::kEndOfDates))
    return false;
  const long long total = std::llround(serial * 86400.0);
  const long long whole = total / 86400;  // Excel's day number
  const long long seconds = total % 86400;
  if (whole == 0) {
    cell.kind = CellKind::kDate;
    cell.number = serial;
    cell.text = time_text(seconds);
    return true;
  }
  // Days since 1899-12-30 (see excel_date.hpp: before 1 March 1900 the 1900 system's serials
  // are one less; the 1904 system starts 1462 days later).
  const long long days = date1904 ? whole + excel::k1904Offset : whole < 60 ? whole + 1 : whole;
  if (days >= excel::kEndOfDates)
    return false;
  cell.kind = CellKind::kDate;
  cell.number = static_cast<double>(days) + static_cast<double>(seconds) / 86400.0;
  // Serial 60 is the 29 February 1900 Excel shows and no calendar has.
  const std::string date =
      date1904 || whole != 60 ? excel::date_from_days(days).iso() : "1900-02-29";
  cell.text = seconds == 0 ? date : date + "T" + time_text(seconds);
  return true;
}

// t="d": an ISO 8601 date, date-time or time. False when it is none of them.
bool date_from_iso(std::string_view text, Cell& cell) {
  const auto parsed = excel::parse_iso_date_time(text);
  if (!parsed)
    return false;
  cell.kind = CellKind::kDate;
  const double day_part = static_cast<double>(parsed->seconds) / 86400.0;
  if (!parsed->date) {
    cell.number = day_part;
    cell.text = time_text(parsed->seconds);
    return true;
  }
  cell.number = static_cast<double>(excel::days_since_epoch(*parsed->date)) + day_part;
  cell.text = parsed->date->iso();
  if (parsed->seconds != 0)
    cell.text += "T" + time_text(parsed->seconds);
  return true;
}

// "B3" → column 2, row 3 (0 when absent). False when it is no cell reference.
bool parse_reference(std::string_view ref, int& column, int& row) {
  std::size_t i = 0;
  long long col = 0;
  for (; i < ref.size() && std::isalpha(static_cast<unsigned char>(ref[i])); ++i) {
    col = col * 26 + (std::toupper(static_cast<unsigned char>(ref[i])) - 'A' + 1);
    if (col > kMaxColumn)
      return false;
  }
  if (i == 0)
    return false;
  long long number = 0;
  for (std::size_t j = i; j < ref.size(); ++j) {
    if (ref[j] < '0' || ref[j] > '9')
      return false;
    number = number * 10 + (ref[j] - '0');
    if (number > kMaxRow)
      return false;
  }
  column = static_cast<int>(col);
  row = static_cast<int>(number);
  return true;
}

// --- The sheet ----------------------------------------------------------------------------

enum class ValueType { kNumber, kShared, kInline, kFormulaText, kBoolean, kError, kIsoDate };

ValueType value_type(const char* t) {
  if (t == nullptr)
    return ValueType::kNumber;
  const std::string_view type(t);
  if (type == "s")
    return ValueType::kShared;
  if (type == "inlineStr")
    return ValueType::kInline;
  if (type == "str")
    return ValueType::kFormulaText;
  if (type == "b")
    return ValueType::kBoolean;
  if (type == "e")
    return ValueType::kError;
  if (type == "d")
    return ValueType::kIsoDate;
  return ValueType::kNumber;  // "n", and anything unknown
}

struct SheetContext {
  const std::string& file;
  const std::string& sheet;
  const SharedStrings& strings;
  const std::vector<bool>& date_styles;
  bool date1904;
};

class SheetHandler final : public XmlHandler {
 public:
  explicit SheetHandler(SheetContext context) : ctx_(context) {}

  void attach(XmlPart& part) { part_ = &part; }

  // The last complete row that is not blank; valid after XmlPart::parse() returned true.
  Row& row() { return row_; }

  void start(std::string_view name, const XML_Char** attributes) override {
    if (!in_data_) {
      in_data_ = name == "sheetData";
      return;
    }
    if (name == "row") {
      start_row(attribute(attributes, "r"));
    } else if (name == "c") {
      start_cell(attributes);
    } else if (!in_cell_) {
      return;
    } else if (name == "v") {
      in_value_ = true;
    } else if (name == "is") {
      in_inline_ = true;
      has_inline_ = true;
    } else if (name == "rPh") {
      ++phonetic_;
    } else if (name == "t" && in_inline_ && phonetic_ == 0) {
      in_inline_text_ = true;
    }
  }

  void end(std::string_view name) override {
    if (!in_data_)
      return;
    if (name == "sheetData") {
      in_data_ = false;
    } else if (name == "row") {
      end_row();
    } else if (name == "c") {
      if (in_cell_)
        end_cell();
      in_cell_ = false;
    } else if (name == "v") {
      in_value_ = false;
    } else if (name == "is") {
      in_inline_ = false;
    } else if (name == "rPh") {
      phonetic_ = std::max(0, phonetic_ - 1);
    } else if (name == "t") {
      in_inline_text_ = false;
    }
  }

  void text(std::string_view data) override {
    std::string* target = in_value_ ? &value_ : in_inline_text_ ? &inline_ : nullptr;
    if (target == nullptr)
      return;
    if (target->size() + data.size() > kMaxCellBytes)
      cell_error(fmt::format("the cell holds more than {} MiB of text", kMaxCellBytes >> 20));
    target->append(data);
  }

 private:
  void start_row(const char* r) {
    int number = row_number_ + 1;
    if (r != nullptr) {
      int parsed = 0;
      const auto result = std::from_chars(r, r + std::strlen(r), parsed);
      if (result.ec != std::errc() || parsed < 1 || parsed > kMaxRow)
        throw PartError(fmt::format("'{}' is no row number", r));
      number = parsed;
    }
    if (number > kMaxRow)
      throw PartError("too many rows");
    row_number_ = number;
    row_.number = number;
    row_.cells.clear();
    column_ = 0;
    in_row_ = true;
  }

  void start_cell(const XML_Char** attributes) {
    if (!in_row_)
      start_row(nullptr);  // a cell outside <row>: tolerated as its own row
    in_cell_ = true;
    in_value_ = in_inline_ = in_inline_text_ = has_inline_ = false;
    phonetic_ = 0;
    value_.clear();
    inline_.clear();
    type_ = ValueType::kNumber;
    style_ = 0;
    int column = column_ + 1;
    for (const XML_Char** a = attributes; a[0] != nullptr; a += 2) {
      const std::string_view key(a[0]);
      if (key == "r") {
        int row = 0;
        if (!parse_reference(a[1], column, row)) {
          throw PartError(fmt::format(
              "'{}' is no cell reference (Excel's columns end at XFD, its rows at 1048576)", a[1]));
        }
      } else if (key == "t") {
        type_ = value_type(a[1]);
      } else if (key == "s") {
        std::from_chars(a[1], a[1] + std::strlen(a[1]), style_);
      }
    }
    if (column > kMaxColumn)
      throw PartError("a cell beyond column XFD, Excel's last");
    column_ = column;
  }

  void end_cell() {
    Cell cell;
    cell.column = column_;
    switch (type_) {
      case ValueType::kShared: {
        if (value_.empty())
          break;
        const auto index = excel::parse_number(value_);
        if (!index || *index < 0 || *index >= static_cast<double>(ctx_.strings.size()) ||
            *index != std::trunc(*index)) {
          cell_error(fmt::format("refers to text number '{}' of {} in the shared strings", value_,
                                 ctx_.strings.size()));
        }
        cell.text = ctx_.strings.at(static_cast<std::size_t>(*index));
        cell.kind = CellKind::kText;
        break;
      }
      case ValueType::kInline:
      case ValueType::kFormulaText:
        cell.text = has_inline_ ? std::move(inline_) : std::move(value_);
        decode_escapes(cell.text);
        cell.kind = CellKind::kText;
        break;
      case ValueType::kError:
        cell.text = std::move(value_);
        cell.kind = CellKind::kText;
        break;
      case ValueType::kBoolean: {
        if (value_.empty())
          break;
        const auto number = excel::parse_number(value_);
        if (!number)
          cell_error(fmt::format("'{}' is no boolean", value_));
        cell.kind = CellKind::kBoolean;
        cell.number = *number != 0 ? 1 : 0;
        cell.text = *number != 0 ? "TRUE" : "FALSE";
        break;
      }
      case ValueType::kIsoDate:
        if (value_.empty())
          break;
        if (!date_from_iso(value_, cell)) {
          cell.kind = CellKind::kText;
          cell.text = std::move(value_);
        }
        break;
      case ValueType::kNumber: {
        if (value_.empty())
          break;
        const auto number = excel::parse_number(value_);
        if (!number)
          cell_error(fmt::format("'{}' is no number", value_));
        const bool date_style = style_ >= 0 &&
                                static_cast<std::size_t>(style_) < ctx_.date_styles.size() &&
                                ctx_.date_styles[static_cast<std::size_t>(style_)];
        if (!date_style || !date_from_serial(*number, ctx_.date1904, cell)) {
          cell.kind = CellKind::kNumber;
          cell.number = *number;
          cell.text = format_number(*number);
        }
        break;
      }
    }
    if (cell.kind == CellKind::kText && cell.text.empty())
      cell.kind = CellKind::kEmpty;
    if (cell.kind == CellKind::kEmpty)
      return;  // a styled empty cell; gaps are filled when a later cell comes
    auto& cells = row_.cells;
    const auto index = static_cast<std::size_t>(column_ - 1);
    if (index >= cells.size()) {
      const std::size_t old = cells.size();
      cells.resize(index + 1);
      for (std::size_t i = old; i < index; ++i)
        cells[i].column = static_cast<int>(i + 1);
    }
    cells[index] = std::move(cell);
  }

  void end_row() {
    in_row_ = false;
    if (!row_.blank())
      part_->suspend();
  }

  [[noreturn]] void cell_error(const std::string& what) const {
    throw UserError(fmt::format("'{}', sheet '{}', cell {}{}: {}", ctx_.file, ctx_.sheet,
                                column_letter(column_), row_number_, what));
  }

  SheetContext ctx_;
  XmlPart* part_ = nullptr;
  Row row_;
  bool in_data_ = false;
  bool in_row_ = false;
  bool in_cell_ = false;
  bool in_value_ = false;
  bool in_inline_ = false;
  bool in_inline_text_ = false;
  bool has_inline_ = false;
  int phonetic_ = 0;
  int row_number_ = 0;
  int column_ = 0;
  int style_ = 0;
  ValueType type_ = ValueType::kNumber;
  std::string value_;
  std::string inline_;
};

// --- The source ---------------------------------------------------------------------------

bool same_sheet_name(const std::string& a, const std::string& b) {
  return a == b || text::to_upper(text::to_nfc(a)) == text::to_upper(text::to_nfc(b));
}

class XlsxSource final : public RowSource {
 public:
  XlsxSource(const std::filesystem::path& file, const std::string& sheet)
      : name_(file.string()), archive_(file, name_) {
    // The main part through the package relationships, as Excel finds it.
    std::string workbook = "xl/workbook.xml";
    const auto package_rels = read_rels(archive_, "_rels/.rels", "");
    if (const Relationship* office = find_by_type(package_rels, "/officeDocument"))
      workbook = office->target;
    refuse_lookalikes(workbook);
    const zip_uint64_t workbook_index = archive_.find_required(workbook);
    WorkbookHandler book;
    parse_part(archive_, workbook_index, workbook, book);
    const auto rels = read_rels(archive_, rels_part_of(workbook), directory_of(workbook));

    const std::string sheet_part = choose_sheet(book.sheets, rels, sheet);

    if (const Relationship* strings = find_by_type(rels, "/sharedStrings")) {
      if (const auto index = archive_.find(strings->target)) {
        SharedStringsHandler handler(strings_, name_);
        parse_part(archive_, *index, strings->target, handler,
                   std::numeric_limits<zip_uint64_t>::max());
        strings_.shrink();
      }
    }
    if (const Relationship* styles = find_by_type(rels, "/styles")) {
      if (const auto index = archive_.find(styles->target)) {
        StylesHandler handler;
        parse_part(archive_, *index, styles->target, handler);
        date_styles_ = handler.date_styles();
      }
    }

    handler_ = std::make_unique<SheetHandler>(
        SheetContext{name_, sheet_name_, strings_, date_styles_, book.date1904});
    part_ = std::make_unique<XmlPart>(archive_, archive_.find_required(sheet_part), sheet_part,
                                      *handler_, std::numeric_limits<zip_uint64_t>::max());
    handler_->attach(*part_);
  }

  bool next(Row& row) override {
    if (!part_->parse())
      return false;
    std::swap(row, handler_->row());
    return true;
  }

  double fraction_read() const override { return part_->fraction(); }
  const std::string& name() const override { return name_; }

 private:
  // Zips that are spreadsheets too, but not .xlsx: say which and how to save them.
  void refuse_lookalikes(const std::string& workbook) const {
    if (ends_with(workbook, ".bin")) {
      throw MessageError(Message(msg::kBinaryWorkbook, {{"file", name_}}));
    }
    if (archive_.find("content.xml") && archive_.find("mimetype")) {
      throw MessageError(Message(msg::kOdsAsXlsx, {{"file", name_}}));
    }
  }

  std::string choose_sheet(const std::vector<SheetEntry>& sheets,
                           const std::map<std::string, Relationship>& rels,
                           const std::string& wanted) {
    const auto rel_of = [&](const SheetEntry& entry) -> const Relationship* {
      const auto found = rels.find(entry.rel_id);
      return found == rels.end() ? nullptr : &found->second;
    };
    const auto is_worksheet = [&](const SheetEntry& entry) {
      const Relationship* rel = rel_of(entry);
      return rel != nullptr && ends_with(rel->type, "/worksheet");
    };
    const SheetEntry* chosen = nullptr;
    if (wanted.empty()) {
      for (const SheetEntry& entry : sheets) {
        if (is_worksheet(entry) && (!entry.hidden || chosen == nullptr)) {
          chosen = &entry;
          if (!entry.hidden)
            break;
        }
      }
      if (chosen == nullptr)
        throw MessageError(Message(msg::kNoWorksheet, {{"file", name_}}));
    } else {
      for (const SheetEntry& entry : sheets) {
        if (entry.name == wanted)
          chosen = &entry;
      }
      for (const SheetEntry& entry : sheets) {
        if (chosen == nullptr && same_sheet_name(entry.name, wanted))
          chosen = &entry;
      }
      if (chosen == nullptr) {
        std::vector<std::string> names;
        for (const SheetEntry& entry : sheets)
          names.push_back(entry.name);
        throw MessageError(
            Message(msg::kNoSuchSheet,
                    {{"file", name_}, {"sheet", wanted}, {"sheets", quoted_list(names)}}));
      }
      if (rel_of(*chosen) == nullptr) {
        throw UserError(fmt::format(
            "'{}' is not an Excel workbook (.xlsx): sheet '{}' has no part in the package", name_,
            chosen->name));
      }
      if (!is_worksheet(*chosen)) {
        throw MessageError(Message(msg::kChartSheet, {{"sheet", chosen->name}, {"file", name_}}));
      }
    }
    sheet_name_ = chosen->name;
    return rel_of(*chosen)->target;
  }

  std::string name_;
  Archive archive_;
  std::string sheet_name_;
  SharedStrings strings_;
  std::vector<bool> date_styles_;
  std::unique_ptr<SheetHandler> handler_;
  std::unique_ptr<XmlPart> part_;
};

}  // namespace

std::unique_ptr<RowSource> open_xlsx(const std::filesystem::path& file, const std::string& sheet) {
  return std::make_unique<XlsxSource>(file, sheet);
}

}  // namespace thuky::table
