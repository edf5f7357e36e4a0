// The minimal libharu program beside `thuky election render --doc voters`: the same number of
// A4 landscape table pages (the voter list's 12 columns, 10 pt, header row on every page),
// split into the same number of files, written by THREADS threads. Each file has what a voter
// list has besides its table: a heading on the first page, a footer line on every page, and a
// closing with the place and date in italic (Decree 30) over a bold signature title — so the
// same three fonts are embedded. No wrapping, no measuring, no QR code: what libharu alone
// costs per page.
//
//   bench_voter_pages_raw PAGES FILES THREADS DIR
#include <hpdf.h>

#include <algorithm>
#include <atomic>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <string>
#include <thread>
#include <vector>

namespace {

const char* kFonts = "/usr/share/fonts/truetype/liberation2/";

void write_file(int pages, const std::filesystem::path& file, int seed) {
  HPDF_Doc pdf = HPDF_New(nullptr, nullptr);
  HPDF_UseUTFEncodings(pdf);
  HPDF_SetCurrentEncoder(pdf, "UTF-8");
  HPDF_SetCompressionMode(pdf, HPDF_COMP_ALL);
  const auto font = [&](const char* name) {
    return HPDF_GetFont(
        pdf, HPDF_LoadTTFontFromFile(pdf, (std::string(kFonts) + name).c_str(), HPDF_TRUE),
        "UTF-8");
  };
  HPDF_Font regular = font("LiberationSerif-Regular.ttf");
  HPDF_Font bold = font("LiberationSerif-Bold.ttf");
  HPDF_Font italic = font("LiberationSerif-Italic.ttf");
  const auto line = [](HPDF_Page page, HPDF_Font f, double size, double x, double y,
                       const char* text) {
    HPDF_Page_BeginText(page);
    HPDF_Page_SetFontAndSize(page, f, static_cast<HPDF_REAL>(size));
    HPDF_Page_TextOut(page, static_cast<HPDF_REAL>(x), static_cast<HPDF_REAL>(y), text);
    HPDF_Page_EndText(page);
  };
  const double mm = 72.0 / 25.4, width = 842, height = 595, left = 20 * mm, right = width - 15 * mm,
               top = height - 20 * mm, bottom = 20 * mm;
  const double weights[] = {0.5, 2.0, 0.95, 0.6, 0.7, 1.2, 1.9, 1.5, 0.7, 0.7, 0.7, 1.5};
  double total = 0;
  for (double w : weights)
    total += w;
  const char* headers[] = {"STT",      "Họ và tên",     "Ngày sinh",      "Nam/Nữ",
                           "Dân tộc",  "Nghề nghiệp",   "Nơi thường trú", "Nơi tạm trú",
                           "Bầu ĐBQH", "Bầu HĐND tỉnh", "Bầu HĐND xã",    "Ghi chú"};
  static const char* names[] = {"Nguyễn Văn An", "Trần Thị Bình", "Lê Văn Cường",
                                "Phạm Thị Dung", "Hoàng Văn Em",  "Đặng Thị Giang"};
  const double row_h = 10 * 1.2 + 6;
  int number = seed;
  for (int p = 0; p < pages; ++p) {
    HPDF_Page page = HPDF_AddPage(pdf);
    HPDF_Page_SetSize(page, HPDF_PAGE_SIZE_A4, HPDF_PAGE_LANDSCAPE);
    double first = top;
    if (p == 0) {
      line(page, bold, 13, left + 40, top, "ỦY BAN NHÂN DÂN");
      line(page, bold, 13, right - 300, top, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
      line(page, bold, 14, left + 300, top - 40, "DANH SÁCH CỬ TRI");
      first = top - 70;
    }
    char footer[96];
    std::snprintf(footer, sizeof footer, "Mã kiểm tra danh sách: KW1X-R5ZJ-KNWM - Trang %d/%d",
                  p + 1, pages);
    line(page, regular, 9, left, bottom - 20, footer);
    const double last = p + 1 == pages ? bottom + 80 : bottom;
    if (p + 1 == pages) {
      line(page, italic, 13, right - 250, bottom + 60, "Xã 1, ngày …… tháng …… năm 2026");
      line(page, bold, 13, right - 220, bottom + 40, "TM. ỦY BAN NHÂN DÂN");
    }
    bool header = true;
    for (double y = first; y - row_h >= last; y -= row_h, header = false) {
      ++number;
      char stt[16], birth[16];
      std::snprintf(stt, sizeof stt, "%d", number);
      std::snprintf(birth, sizeof birth, "%02d/%02d/%d", 1 + number % 28, 1 + number % 12,
                    1950 + number % 50);
      const std::string cells[] = {stt,
                                   names[number % 6],
                                   birth,
                                   number % 2 ? "Nữ" : "Nam",
                                   "Kinh",
                                   "Làm ruộng",
                                   "Thôn Đông Hà, xã Kỳ Hoa",
                                   "",
                                   "x",
                                   "x",
                                   "x",
                                   ""};
      double x = left;
      for (int c = 0; c < 12; ++c) {
        const double w = (right - left) * weights[c] / total;
        HPDF_Page_BeginText(page);
        HPDF_Page_SetFontAndSize(page, header ? bold : regular, 10);
        HPDF_Page_TextOut(page, static_cast<HPDF_REAL>(x + 3), static_cast<HPDF_REAL>(y - 13),
                          header ? headers[c] : cells[c].c_str());
        HPDF_Page_EndText(page);
        HPDF_Page_Rectangle(page, static_cast<HPDF_REAL>(x), static_cast<HPDF_REAL>(y - row_h),
                            static_cast<HPDF_REAL>(w), static_cast<HPDF_REAL>(row_h));
        HPDF_Page_Stroke(page);
        x += w;
      }
    }
  }
  HPDF_SaveToFile(pdf, file.c_str());
  HPDF_Free(pdf);
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 5) {
    std::fprintf(stderr, "usage: bench_voter_pages_raw PAGES FILES THREADS DIR\n");
    return 2;
  }
  const int pages = std::atoi(argv[1]), files = std::max(1, std::atoi(argv[2]));
  const int threads = std::max(1, std::atoi(argv[3]));
  const std::filesystem::path dir = argv[4];
  std::filesystem::create_directories(dir);
  std::atomic<int> next{0};
  const auto work = [&] {
    for (int f = next++; f < files; f = next++) {
      const int share = pages / files + (f < pages % files ? 1 : 0);
      write_file(share, dir / ("list-" + std::to_string(f) + ".pdf"), f * 100000);
    }
  };
  std::vector<std::thread> pool;
  for (int t = 1; t < threads; ++t)
    pool.emplace_back(work);
  work();
  for (auto& t : pool)
    t.join();
  return 0;
}
