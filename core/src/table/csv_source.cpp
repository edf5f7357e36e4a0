#include "table/csv_source.hpp"

#include <fcntl.h>
#include <fmt/format.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <string>

#include "table/table_messages.hpp"
#include "thuky/error.hpp"
#include "thuky/text/utf8.hpp"

namespace thuky::table {
namespace {

constexpr std::size_t kChunk = 1 << 20;
constexpr std::size_t kMaxField = 1 << 20;  // a cell longer than 1 MiB is not a list

// Sees whether the start of the file is text this reader can take, and names what it is if not.
void check_text_kind(std::string_view head, const std::string& name) {
  if (head.starts_with("\xFF\xFE") || head.starts_with("\xFE\xFF")) {
    throw MessageError(Message(msg::kUtf16, {{"file", name}}));
  }
  std::size_t nuls = 0;
  for (char c : head.substr(0, 4096))
    nuls += c == '\0';
  if (nuls > 0) {
    // UTF-16 without a BOM has a NUL in every other byte of ASCII text.
    const bool utf16 = nuls * 3 >= std::min<std::size_t>(head.size(), 4096);
    throw MessageError(Message(utf16 ? msg::kLooksUtf16 : msg::kBinaryFile, {{"file", name}}));
  }
}

// The delimiter that splits the header line best, outside quotes: ',' ';' or tab.
char sniff_delimiter(std::string_view text) {
  std::size_t commas = 0, semicolons = 0, tabs = 0;
  bool quoted = false;
  for (char c : text) {
    if (c == '"')
      quoted = !quoted;
    else if (quoted)
      continue;
    else if (c == '\n')
      break;
    else if (c == ',')
      ++commas;
    else if (c == ';')
      ++semicolons;
    else if (c == '\t')
      ++tabs;
  }
  if (semicolons > commas && semicolons >= tabs)
    return ';';
  if (tabs > commas && tabs > semicolons)
    return '\t';
  return ',';
}

class CsvSource final : public RowSource {
 public:
  explicit CsvSource(const std::filesystem::path& file) : name_(file.string()) {
    fd_ = ::open(file.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd_ < 0) {
      throw UserError(fmt::format("cannot read '{}': {}", name_, std::strerror(errno)));
    }
    struct stat st {};
    if (::fstat(fd_, &st) == 0) {
      if (S_ISDIR(st.st_mode)) {
        ::close(fd_);
        throw UserError(fmt::format("cannot read '{}': it is a directory", name_));
      }
      size_ = static_cast<std::size_t>(st.st_size);
    }
    fill();
    if (buffer_.starts_with("\xEF\xBB\xBF"))
      pos_ = 3;  // Excel's BOM
    check_text_kind(std::string_view(buffer_).substr(pos_), name_);
    // Excel accepts a first line "sep=;" naming the delimiter; it is not part of the table.
    const std::string_view rest = std::string_view(buffer_).substr(pos_);
    if (rest.size() >= 5 && rest.starts_with("sep=") &&
        (rest.size() == 5 || rest[5] == '\n' || rest[5] == '\r')) {
      delimiter_ = rest[4];
      pos_ += 5;
      if (pos_ < buffer_.size() && buffer_[pos_] == '\r')
        ++pos_;
      if (pos_ < buffer_.size() && buffer_[pos_] == '\n')
        ++pos_;
      line_ = 2;
    } else {
      delimiter_ = sniff_delimiter(rest);
    }
  }
  ~CsvSource() override {
    if (fd_ >= 0)
      ::close(fd_);
  }

  bool next(Row& row) override {
    while (true) {
      if (!read_row(row))
        return false;
      if (!row.blank())
        return true;
    }
  }

  double fraction_read() const override {
    return size_ == 0 ? 1.0 : static_cast<double>(consumed_ + pos_) / static_cast<double>(size_);
  }
  const std::string& name() const override { return name_; }

 private:
  // Keeps unread bytes and appends the next chunk; false at end of file.
  bool fill() {
    if (eof_)
      return false;
    if (pos_ > 0) {
      consumed_ += pos_;
      buffer_.erase(0, pos_);
      pos_ = 0;
    }
    const std::size_t old = buffer_.size();
    buffer_.resize(old + kChunk);
    ssize_t n;
    do {
      n = ::read(fd_, buffer_.data() + old, kChunk);
    } while (n < 0 && errno == EINTR);
    if (n < 0) {
      throw UserError(fmt::format("cannot read '{}': {}", name_, std::strerror(errno)));
    }
    buffer_.resize(old + static_cast<std::size_t>(n));
    if (n == 0)
      eof_ = true;
    return n > 0;
  }

  // The byte at pos_, reading more when needed; -1 at end of file.
  int peek() {
    if (pos_ >= buffer_.size() && !fill())
      return -1;
    return static_cast<unsigned char>(buffer_[pos_]);
  }

  void finish_field(Row& row, Cell& cell, int line, int column_chars) {
    if (cell.text.size() > 0) {
      text::require_utf8(cell.text, InputLocation{name_, line, column_chars, ""});
      cell.kind = CellKind::kText;
    }
    cell.column = static_cast<int>(cells_) + 1;
    // A row read again keeps its cells' strings: their memory serves the next row's.
    if (cells_ < row.cells.size())
      std::swap(row.cells[cells_], cell);
    else
      row.cells.push_back(std::move(cell));
    ++cells_;
    std::string spare = std::move(cell.text);
    spare.clear();
    cell = Cell{};
    cell.text = std::move(spare);
  }

  bool read_row(Row& row) {
    cells_ = 0;
    if (peek() < 0) {
      row.cells.clear();
      return false;
    }
    row.number = line_;
    Cell cell;
    cell.offset = column_;
    int field_line = line_;
    bool quoted = false, was_quoted = false;
    int quote_line = 0, quote_column = 0;
    while (true) {
      const int b = peek();
      if (b < 0) {
        if (quoted) {
          throw MessageError(InputLocation{name_, quote_line, quote_column, ""},
                             Message(msg::kUnclosedQuote));
        }
        finish_field(row, cell, field_line, cell.offset);
        row.cells.resize(cells_);
        return true;
      }
      const char c = static_cast<char>(b);
      ++pos_;
      if ((b & 0xC0) != 0x80)
        ++column_;
      if (quoted) {
        if (c == '"') {
          if (peek() == '"') {
            ++pos_;
            ++column_;
            cell.text += '"';
          } else {
            quoted = false;
          }
        } else {
          if (c == '\n') {
            ++line_;
            column_ = 1;
          }
          cell.text += c;
        }
      } else if (c == '"' && cell.text.empty() && !was_quoted) {
        quoted = was_quoted = true;
        quote_line = line_;
        quote_column = column_ - 1;
      } else if (c == delimiter_) {
        finish_field(row, cell, field_line, cell.offset);
        cell.offset = column_;
        field_line = line_;
        was_quoted = false;
      } else if (c == '\n' || (c == '\r' && peek() != '\n')) {
        finish_field(row, cell, field_line, cell.offset);
        ++line_;
        column_ = 1;
        row.cells.resize(cells_);
        return true;
      } else if (c == '\r') {
        continue;  // CR of CRLF
      } else {
        cell.text += c;
      }
      if (cell.text.size() > kMaxField) {
        throw MessageError(InputLocation{name_, field_line, cell.offset, ""},
                           Message(msg::kHugeField));
      }
    }
  }

  std::string name_;
  int fd_ = -1;
  std::size_t size_ = 0;
  std::string buffer_;
  std::size_t pos_ = 0;
  std::size_t consumed_ = 0;
  bool eof_ = false;
  char delimiter_ = ',';
  int line_ = 1;
  int column_ = 1;
  std::size_t cells_ = 0;  // of the row being read
};

}  // namespace

std::unique_ptr<RowSource> open_csv(const std::filesystem::path& file) {
  return std::make_unique<CsvSource>(file);
}

}  // namespace thuky::table
