// `thuky names sort` on 1,000,000 realistic Vietnamese names against a plain ICU program that
// sorts the same name parts by Collator::getSortKey (the baseline, in this binary). Prints both
// times, their ratio and the peak RSS of thuky; then the peak RSS for 5,000,000 short lines
// and for one 100 MB line (refused). Figures only, no pass/fail. `names sort` sorts runs of
// --memory (64 MB) and merges them from temporary files, so its peak stays near 125 MB
// whatever the list's length. Last run (2 cores shared by several builds, 2026-11-30):
//   1,000,000 names (20 MB): 3.5 s, ratio 0.75-1.0 to ICU, peak RSS 102 MB
//   5,000,000 short lines (38 MB): 6-8 s, peak RSS 123 MB (40 MB with --memory 16; 381 MB
//   before, when the whole list was sorted in memory)
//   one 100 MB line: refused after reading it, peak RSS a few MB (it was read whole before)
#include <sys/resource.h>
#include <sys/wait.h>
#include <unicode/coll.h>
#include <unicode/normalizer2.h>
#include <unicode/unistr.h>
#include <unistd.h>

#include <algorithm>
#include <cctype>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <memory>
#include <random>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

namespace {

struct Weighted {
  const char* text;
  int weight;
};

// Family names by their approximate share of the population (per mille).
const std::vector<Weighted> kFamilies = {
    {"Nguyễn", 380}, {"Trần", 110}, {"Lê", 95},    {"Phạm", 70}, {"Hoàng", 30}, {"Huỳnh", 21},
    {"Phan", 45},    {"Vũ", 20},    {"Võ", 19},    {"Đặng", 21}, {"Bùi", 20},   {"Đỗ", 14},
    {"Hồ", 13},      {"Ngô", 13},   {"Dương", 10}, {"Lý", 5},    {"Đinh", 5},   {"Trương", 4},
    {"Đào", 4},      {"Đoàn", 4},   {"Lâm", 3},    {"Mai", 3},   {"Trịnh", 3},  {"Cao", 3},
    {"Lương", 3},    {"Tạ", 2},     {"Thái", 2},   {"Chu", 2},   {"Tôn Nữ", 1}, {"Âu", 1}};
const std::vector<Weighted> kMiddles = {
    {"Văn", 250},     {"Thị", 250}, {"Minh", 40},  {"Ngọc", 40},      {"Thanh", 40},
    {"Hồng", 25},     {"Quốc", 25}, {"Đức", 25},   {"Hữu", 25},       {"Thị Mai", 15},
    {"Thị Thu", 20},  {"Xuân", 20}, {"Công", 15},  {"Hoàng", 15},     {"Anh", 10},
    {"Thị Ngọc", 15}, {"Đình", 15}, {"Trọng", 10}, {"Thị Thanh", 15}, {"Kim", 10},
    {"Bảo", 10},      {"Gia", 10},  {"Tuấn", 5},   {"", 20}};
const std::vector<Weighted> kGivens = {
    {"Anh", 60},    {"Linh", 40},  {"Hương", 30}, {"Trang", 30}, {"Hùng", 25},  {"Dũng", 25},
    {"Tuấn", 25},   {"Hà", 25},    {"Hải", 25},   {"Thảo", 25},  {"Hòa", 20},   {"Thủy", 20},
    {"Minh", 25},   {"Nam", 20},   {"Long", 20},  {"Lan", 20},   {"Mai", 20},   {"Ngọc", 20},
    {"Phương", 20}, {"Quang", 15}, {"Sơn", 20},   {"Tâm", 15},   {"Thắng", 15}, {"Thanh", 20},
    {"Thành", 20},  {"Trung", 15}, {"Vân", 15},   {"Việt", 15},  {"Vinh", 15},  {"Yến", 15},
    {"An", 15},     {"Bình", 15},  {"Châu", 10},  {"Cường", 15}, {"Dung", 15},  {"Duy", 15},
    {"Đức", 15},    {"Giang", 15}, {"Hằng", 15},  {"Hiếu", 10},  {"Hoa", 15},   {"Hoàng", 10},
    {"Huy", 15},    {"Khánh", 10}, {"Nga", 10},   {"Nhung", 10}, {"Phong", 10}, {"Quân", 10},
    {"Tú", 10},     {"Khỏe", 2},   {"Thúy", 10},  {"Nghĩa", 10}, {"Nghiệm", 2}, {"Hoan", 5},
    {"Xoan", 2},    {"Khoa", 8},   {"Loan", 8},   {"Toàn", 8},   {"Thụy", 3},   {"Tuyết", 8}};

class Picker {
 public:
  explicit Picker(const std::vector<Weighted>& items) : items_(items) {
    int sum = 0;
    for (const auto& item : items) {
      sum += item.weight;
      cumulative_.push_back(sum);
    }
  }
  const char* pick(std::mt19937& rng) const {
    std::uniform_int_distribution<int> d(0, cumulative_.back() - 1);
    const int x = d(rng);
    const auto it = std::upper_bound(cumulative_.begin(), cumulative_.end(), x);
    return items_[static_cast<std::size_t>(it - cumulative_.begin())].text;
  }

 private:
  const std::vector<Weighted>& items_;
  std::vector<int> cumulative_;
};

std::string nfd(const std::string& s) {
  UErrorCode status = U_ZERO_ERROR;
  std::string out;
  icu::Normalizer2::getNFDInstance(status)
      ->normalize(icu::UnicodeString::fromUTF8(s), status)
      .toUTF8String(out);
  return out;
}

// The other tone placement, as older texts write it.
std::string old_placement(std::string s) {
  const std::pair<const char*, const char*> swaps[] = {
      {"Hòa", "Hoà"}, {"Thủy", "Thuỷ"}, {"Khỏe", "Khoẻ"}, {"Thúy", "Thuý"}, {"Thụy", "Thuỵ"}};
  for (const auto& [from, to] : swaps) {
    const auto at = s.find(from);
    if (at != std::string::npos)
      s.replace(at, std::string_view(from).size(), to);
  }
  return s;
}

std::string generate(std::size_t count) {
  std::mt19937 rng(20210523);
  const Picker families(kFamilies), middles(kMiddles), givens(kGivens);
  std::uniform_int_distribution<int> percent(0, 99);
  std::string out;
  for (std::size_t i = 0; i < count; ++i) {
    std::string name = families.pick(rng);
    const std::string middle = middles.pick(rng);
    if (!middle.empty())
      name += " " + middle;
    name += " ";
    name += givens.pick(rng);
    const int p = percent(rng);
    if (p < 5)
      name = nfd(name);
    else if (p < 10)
      name = old_placement(name);
    out += name;
    if (percent(rng) < 10) {
      char date[16];
      std::snprintf(date, sizeof date, "\t%02d/%02d/%d", 1 + percent(rng) % 28,
                    1 + percent(rng) % 12, 1950 + percent(rng) % 50);
      out += date;
    }
    out += '\n';
  }
  return out;
}

double seconds_since(std::chrono::steady_clock::time_point start) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

// The baseline: what a plain ICU program does to sort the same people. Reads the file, splits
// each line into given / family / middle, builds one key from three getSortKey calls, sorts
// the keys, writes the lines to /dev/null.
double icu_baseline(const std::string& file) {
  const auto start = std::chrono::steady_clock::now();
  std::ifstream in(file, std::ios::binary);
  std::ostringstream buffer;
  buffer << in.rdbuf();
  const std::string input = buffer.str();
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<icu::Collator> collator(icu::Collator::createInstance(icu::Locale("vi"), status));
  std::vector<std::pair<std::string, std::string_view>> rows;
  std::vector<uint8_t> key(256);
  const auto append_key = [&](std::string& out, std::string_view part) {
    const icu::UnicodeString s = icu::UnicodeString::fromUTF8(
        icu::StringPiece(part.data(), static_cast<int32_t>(part.size())));
    int32_t n = collator->getSortKey(s, key.data(), static_cast<int32_t>(key.size()));
    if (n > static_cast<int32_t>(key.size())) {
      key.resize(static_cast<std::size_t>(n));
      n = collator->getSortKey(s, key.data(), n);
    }
    out.append(reinterpret_cast<const char*>(key.data()), static_cast<std::size_t>(n));
  };
  std::string_view all(input);
  for (std::size_t pos = 0; pos < all.size();) {
    std::size_t end = all.find('\n', pos);
    if (end == std::string_view::npos)
      end = all.size();
    const std::string_view line = all.substr(pos, end - pos);
    const std::string_view name = line.substr(0, line.find('\t'));
    const std::size_t first_space = name.find(' ');
    const std::size_t last_space = name.rfind(' ');
    std::string k;
    append_key(k, name.substr(last_space + 1));
    append_key(k, name.substr(0, first_space));
    append_key(k, first_space < last_space
                      ? name.substr(first_space + 1, last_space - first_space - 1)
                      : std::string_view());
    rows.emplace_back(std::move(k), line);
    pos = end + 1;
  }
  std::stable_sort(rows.begin(), rows.end(),
                   [](const auto& a, const auto& b) { return a.first < b.first; });
  FILE* out = std::fopen("/dev/null", "w");
  for (const auto& row : rows) {
    std::fwrite(row.second.data(), 1, row.second.size(), out);
    std::fputc('\n', out);
  }
  std::fclose(out);
  return seconds_since(start);
}

struct Run {
  double seconds;
  long peak_rss_kb;
  int exit_code;
};

// Peak RSS by /usr/bin/time: a forked child's own ru_maxrss starts from this process's
// resident memory (the generated lists), which is not thuky's.
Run run_thuky(const std::string& file) {
  std::fflush(stdout);  // or the child prints what this process has not yet written
  const std::string rss_file = file + ".rss";
  const auto start = std::chrono::steady_clock::now();
  const pid_t pid = fork();
  if (pid == 0) {
    if (!std::freopen("/dev/null", "w", stdout) || !std::freopen("/dev/null", "w", stderr))
      _exit(127);
    execl("/usr/bin/time", "time", "-f", "%M", "-o", rss_file.c_str(), THUKY_BENCH_BINARY, "names",
          "sort", file.c_str(), static_cast<char*>(nullptr));
    _exit(127);
  }
  int status = 0;
  waitpid(pid, &status, 0);
  const double seconds = seconds_since(start);
  long peak_kb = -1;  // the last line ("Command exited with non-zero status 1" may come first)
  std::ifstream rss(rss_file);
  for (std::string line; std::getline(rss, line);) {
    if (!line.empty() && std::isdigit(static_cast<unsigned char>(line[0])))
      peak_kb = std::stol(line);
  }
  return {seconds, peak_kb, WIFEXITED(status) ? WEXITSTATUS(status) : -1};
}

double median(std::vector<double> v) {
  std::sort(v.begin(), v.end());
  return v[v.size() / 2];
}

void write(const std::filesystem::path& file, const std::string& text) {
  std::ofstream(file, std::ios::binary) << text;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc == 3 && std::string_view(argv[1]) == "--write") {  // the names only, for profiling
    write(argv[2], generate(1'000'000));
    return 0;
  }
  constexpr int kRuns = 3;
  const auto dir =
      std::filesystem::temp_directory_path() / ("thuky-names-bench-" + std::to_string(getpid()));
  std::filesystem::create_directories(dir);
  const auto names = dir / "names.txt";
  write(names, generate(1'000'000));
  std::printf("1,000,000 names, %.1f MB\n",
              static_cast<double>(std::filesystem::file_size(names)) / 1e6);

  std::vector<double> baseline, thuky;
  long rss = 0;
  for (int i = 0; i < kRuns; ++i) {
    baseline.push_back(icu_baseline(names));
    const Run r = run_thuky(names);
    thuky.push_back(r.seconds);
    rss = std::max(rss, r.peak_rss_kb);
    if (r.exit_code != 0)
      std::printf("thuky exited with %d\n", r.exit_code);
  }
  const double b = median(baseline), t = median(thuky);
  std::printf("ICU getSortKey program          median %6.2f s  (%d runs)\n", b, kRuns);
  std::printf("thuky names sort FILE           median %6.2f s  peak RSS %ld MB\n", t, rss / 1024);
  std::printf("ratio thuky / ICU               %6.2f  (target <= 1.2)\n", t / b);

  const auto short_lines = dir / "short.txt";
  {
    std::string text;
    for (int i = 0; i < 5'000'000; ++i)
      text += (i % 3 == 0) ? "Lê An\n" : (i % 3 == 1) ? "Hà Vy\n" : "Ngô Tú\n";
    write(short_lines, text);
  }
  const Run many = run_thuky(short_lines);
  std::printf("5,000,000 short lines (%.0f MB)  %6.2f s  peak RSS %ld MB  exit %d\n",
              static_cast<double>(std::filesystem::file_size(short_lines)) / 1e6, many.seconds,
              many.peak_rss_kb / 1024, many.exit_code);

  const auto long_line = dir / "long.txt";
  write(long_line, std::string(100'000'000, 'a') + "\n");
  const Run refused = run_thuky(long_line);
  std::printf("one 100 MB line (refused)       %6.2f s  peak RSS %ld MB  exit %d\n",
              refused.seconds, refused.peak_rss_kb / 1024, refused.exit_code);
  std::filesystem::remove_all(dir);
  return 0;
}
