#include "commands/name_runs.hpp"

#include <fmt/format.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <memory>
#include <queue>

#include "thuky/error.hpp"

namespace thuky::host {
namespace {

constexpr std::size_t kRunBufferBytes = 256 * 1024;
constexpr std::size_t kOutputFlushBytes = 1 << 20;

struct FileCloser {
  void operator()(std::FILE* f) const { std::fclose(f); }
};
using File = std::unique_ptr<std::FILE, FileCloser>;

[[noreturn]] void temp_failure(const std::string& what) {
  throw UserError(fmt::format("cannot {} a temporary file for sorting in '{}': {}", what,
                              std::filesystem::temp_directory_path().string(),
                              std::strerror(errno)));
}

// A file no one else sees and that goes when closed (unlinked at once).
File temporary_file() {
  std::string name = (std::filesystem::temp_directory_path() / "thuky-names-XXXXXX").string();
  const int fd = ::mkstemp(name.data());
  if (fd < 0)
    temp_failure("make");
  ::unlink(name.c_str());
  File file(::fdopen(fd, "w+b"));
  if (!file) {
    ::close(fd);
    temp_failure("open");
  }
  std::setvbuf(file.get(), nullptr, _IOFBF, kRunBufferBytes);  // before any I/O, as it must be
  return file;
}

void write_field(std::FILE* f, std::string_view bytes) {
  const auto length = static_cast<std::uint32_t>(bytes.size());
  if (std::fwrite(&length, sizeof length, 1, f) != 1 ||
      std::fwrite(bytes.data(), 1, bytes.size(), f) != bytes.size())
    temp_failure("write");
}

bool read_field(std::FILE* f, std::string& out) {
  std::uint32_t length = 0;
  if (std::fread(&length, sizeof length, 1, f) != 1)
    return false;
  out.resize(length);
  if (std::fread(out.data(), 1, length, f) != length)
    temp_failure("read");
  return true;
}

// Output in large writes: a million lines are a million small writes otherwise.
class Output {
 public:
  explicit Output(std::FILE* out) : out_(out) { buffer_.reserve(kOutputFlushBytes * 2); }
  ~Output() { flush(); }
  void line(std::string_view text) {
    buffer_ += text;
    buffer_ += '\n';
    if (buffer_.size() >= kOutputFlushBytes)
      flush();
  }
  void flush() {
    std::fwrite(buffer_.data(), 1, buffer_.size(), out_);
    std::fflush(out_);
    buffer_.clear();
  }

 private:
  std::FILE* out_;
  std::string buffer_;
};

// One sorted run on disk, read one record at a time.
struct Run {
  File file;
  std::string key, text;
  bool next() { return read_field(file.get(), key) && read_field(file.get(), text); }
};

File write_run(const NameList& list) {
  File file = temporary_file();
  for (const std::uint32_t i : list.sorted()) {
    write_field(file.get(), list.key(i));
    write_field(file.get(), list.line_text(i));
  }
  if (std::fflush(file.get()) != 0)
    temp_failure("write");
  std::rewind(file.get());
  return file;
}

void merge(std::vector<Run>& runs, Output& out) {
  // The smallest key first; between equal keys the earlier run (earlier input) first.
  const auto later = [&runs](std::size_t a, std::size_t b) {
    const int c = runs[a].key.compare(runs[b].key);
    return c != 0 ? c > 0 : a > b;
  };
  std::priority_queue<std::size_t, std::vector<std::size_t>, decltype(later)> heads(later);
  for (std::size_t r = 0; r < runs.size(); ++r) {
    if (runs[r].next())
      heads.push(r);
  }
  while (!heads.empty()) {
    const std::size_t r = heads.top();
    heads.pop();
    out.line(runs[r].text);
    if (runs[r].next())
      heads.push(r);
  }
}

}  // namespace

void sort_names(LineReader& in, const text::NameOrder& order, std::size_t budget_bytes,
                std::FILE* out) {
  NameList list(in.source());
  std::vector<Run> runs;
  std::string_view line;
  while (in.next(line)) {
    list.add(line, in.line_number(), order);
    if (list.bytes() >= budget_bytes) {
      runs.push_back(Run{write_run(list), {}, {}});
      list.clear();
    }
  }
  std::fflush(out);
  Output output(out);
  if (runs.empty()) {  // it fitted: no file written
    for (const std::uint32_t i : list.sorted())
      output.line(list.line_text(i));
    return;
  }
  if (list.size() > 0)
    runs.push_back(Run{write_run(list), {}, {}});
  list = NameList(in.source());  // its memory goes before the merge
  merge(runs, output);
}

}  // namespace thuky::host
