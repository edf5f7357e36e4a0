// Rendering a long table: pages per second and peak memory, the engine against a minimal
// program that calls libharu directly for the same table, and one file per group rendered on
// one core against two.
//
// bench_table                     runs every case, each in a fresh process, and prints figures
// bench_table engine|raw ROWS DIR one case (used by the driver)
// bench_table split ROWS DIR THREADS  ROWS split into 8 files rendered by THREADS threads
#include <fmt/format.h>
#include <hpdf.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <atomic>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <functional>
#include <string>
#include <vector>

#include "thuky/doc/document.hpp"
#include "thuky/doc/parallel.hpp"

namespace {

const char* kFonts = "/usr/share/fonts/truetype/liberation2/";

std::vector<std::string> row_of(int i) {
  static const char* names[] = {"Nguyễn Văn An", "Trần Thị Bình", "Lê Văn Cường",
                                "Phạm Thị Dung", "Hoàng Văn Em",  "Đặng Thị Giang"};
  return {std::to_string(i), names[i % 6],
          fmt::format("{:02}/{:02}/{}", 1 + i % 28, 1 + i % 12, 1950 + i % 50),
          "Thôn " + std::to_string(i % 40) + ", phường Kỳ Thịnh"};
}

int engine(int rows, const std::filesystem::path& file) {
  thuky::Settings settings;
  thuky::doc::Document d(settings,
                         {.title = "bench", .author = "", .subject = "", .created_epoch = {}});
  auto table = d.table({{"STT", 0.7, thuky::doc::Align::kCenter},
                        {"Họ và tên", 2.5},
                        {"Ngày sinh", 1.3, thuky::doc::Align::kCenter},
                        {"Nơi cư trú", 3}},
                       {.size = 12, .header_size = 12});
  for (int i = 1; i <= rows; ++i) {
    const auto r = row_of(i);
    table.row({r[0], r[1], r[2], r[3]});
  }
  table.finish();
  d.save(file);
  return d.page_count();
}

// The same table with libharu alone: fixed row height, no wrapping, header repeated.
int raw(int rows, const std::filesystem::path& file) {
  HPDF_Doc pdf = HPDF_New(nullptr, nullptr);
  HPDF_UseUTFEncodings(pdf);
  HPDF_SetCurrentEncoder(pdf, "UTF-8");
  HPDF_SetCompressionMode(pdf, HPDF_COMP_ALL);
  HPDF_Font regular = HPDF_GetFont(
      pdf,
      HPDF_LoadTTFontFromFile(pdf, (std::string(kFonts) + "LiberationSerif-Regular.ttf").c_str(),
                              HPDF_TRUE),
      "UTF-8");
  HPDF_Font bold =
      HPDF_GetFont(pdf,
                   HPDF_LoadTTFontFromFile(
                       pdf, (std::string(kFonts) + "LiberationSerif-Bold.ttf").c_str(), HPDF_TRUE),
                   "UTF-8");
  const double mm = 72.0 / 25.4, left = 30 * mm, width = 165 * mm, top = 842 - 20 * mm,
               bottom = 20 * mm;
  const double weights[] = {0.7, 2.5, 1.3, 3};
  const char* headers[] = {"STT", "Họ và tên", "Ngày sinh", "Nơi cư trú"};
  const double row_h = 12 * 1.1 + 6;
  HPDF_Page page = nullptr;
  double y = 0;
  int pages = 0;
  const auto draw_row = [&](const std::vector<std::string>& cells, HPDF_Font font) {
    double x = left;
    for (int c = 0; c < 4; ++c) {
      const double w = width * weights[c] / 7.5;
      HPDF_Page_BeginText(page);
      HPDF_Page_SetFontAndSize(page, font, 12);
      HPDF_Page_TextOut(page, static_cast<HPDF_REAL>(x + 3), static_cast<HPDF_REAL>(y - 14),
                        cells[c].c_str());
      HPDF_Page_EndText(page);
      HPDF_Page_Rectangle(page, static_cast<HPDF_REAL>(x), static_cast<HPDF_REAL>(y - row_h),
                          static_cast<HPDF_REAL>(w), static_cast<HPDF_REAL>(row_h));
      HPDF_Page_Stroke(page);
      x += w;
    }
    y -= row_h;
  };
  for (int i = 1; i <= rows; ++i) {
    if (!page || y - row_h < bottom) {
      page = HPDF_AddPage(pdf);
      ++pages;
      y = top;
      draw_row({headers[0], headers[1], headers[2], headers[3]}, bold);
    }
    draw_row(row_of(i), regular);
  }
  HPDF_SaveToFile(pdf, file.c_str());
  HPDF_Free(pdf);
  return pages;
}

int split(int rows, const std::filesystem::path& dir, int threads) {
  constexpr int kGroups = 8;
  std::atomic<int> pages{0};
  std::vector<std::function<void()>> jobs;
  for (int g = 0; g < kGroups; ++g) {
    jobs.emplace_back(
        [&, g] { pages += engine(rows / kGroups, dir / fmt::format("group-{}.pdf", g)); });
  }
  thuky::doc::render_in_parallel(jobs, static_cast<unsigned>(threads));
  return pages;
}

struct Figures {
  double seconds = 0;
  long peak_kib = 0;
  int pages = 0;
};

Figures measure(const std::string& self, const std::vector<std::string>& args) {
  int fds[2];
  if (pipe(fds) != 0)
    return {};
  const auto start = std::chrono::steady_clock::now();
  const pid_t pid = fork();
  if (pid == 0) {
    dup2(fds[1], STDOUT_FILENO);
    std::vector<char*> argv{const_cast<char*>(self.c_str())};
    for (const auto& a : args)
      argv.push_back(const_cast<char*>(a.c_str()));
    argv.push_back(nullptr);
    execv(self.c_str(), argv.data());
    _exit(127);
  }
  close(fds[1]);
  char buffer[64] = {};
  const ssize_t n = read(fds[0], buffer, sizeof buffer - 1);
  close(fds[0]);
  int status = 0;
  rusage usage{};
  wait4(pid, &status, 0, &usage);
  Figures f;
  f.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  f.peak_kib = usage.ru_maxrss;
  f.pages = n > 0 ? std::atoi(buffer) : 0;
  return f;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc >= 4) {
    const std::string mode = argv[1];
    const int rows = std::atoi(argv[2]);
    const std::filesystem::path dir = argv[3];
    int pages = 0;
    if (mode == "engine")
      pages = engine(rows, dir / "engine.pdf");
    if (mode == "raw")
      pages = raw(rows, dir / "raw.pdf");
    if (mode == "split")
      pages = split(rows, dir, argc > 4 ? std::atoi(argv[4]) : 1);
    std::printf("%d\n", pages);
    return pages > 0 ? 0 : 1;
  }
  const std::string self = std::filesystem::canonical("/proc/self/exe").string();
  const auto dir = std::filesystem::temp_directory_path() / fmt::format("thuky-bench-{}", getpid());
  std::filesystem::create_directories(dir);
  std::printf("%-34s %8s %9s %10s %11s\n", "case", "pages", "seconds", "pages/s", "peak MiB");
  const auto line = [](const std::string& name, const Figures& f) {
    std::printf("%-34s %8d %9.2f %10.1f %11.1f\n", name.c_str(), f.pages, f.seconds,
                f.pages / f.seconds, static_cast<double>(f.peak_kib) / 1024.0);
  };
  for (int rows : {10000, 100000}) {
    const Figures e = measure(self, {"engine", std::to_string(rows), dir.string()});
    const Figures r = measure(self, {"raw", std::to_string(rows), dir.string()});
    line(fmt::format("engine, {} rows", rows), e);
    line(fmt::format("libharu directly, {} rows", rows), r);
    std::printf("%-34s %8s %9.2fx\n", "  engine time / libharu time", "", e.seconds / r.seconds);
  }
  const Figures one = measure(self, {"split", "100000", dir.string(), "1"});
  const Figures two = measure(self, {"split", "100000", dir.string(), "2"});
  line("8 files of 12.500 rows, 1 thread", one);
  line("8 files of 12.500 rows, 2 threads", two);
  std::printf("%-34s %8s %9.2fx\n", "  speed-up on two cores", "", one.seconds / two.seconds);
  std::filesystem::remove_all(dir);
  return 0;
}
